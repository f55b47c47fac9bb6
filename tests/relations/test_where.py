"""Where an act happened (#29 item 3, first step): a locative phrase on the trigger, its object or
its clause places the act, apart from whom it was done to (stored parses: see conftest.py)."""
import pytest


def placed(graph_of, text):
    G = graph_of(text)
    return {(G.nodes[s]["label"], d["relation"], G.nodes[t]["label"]):
            G.nodes[d["evidence"][0]["place"]]["label"] if d["evidence"][0].get("place") else None
            for s, t, d in G.edges(data=True) if d["relation"] != "member_of"}


@pytest.mark.parametrize("text, edge, place", [
    ("The United States held talks with the Taliban in Doha on Monday.", ("United States", "negotiates", "Taliban"), "Doha"),
    ("Turkish drones struck Kurdish fighters near Qamishli.", ("Turkey", "attacks", "Kurds"), "Qamishli"),
    ("Russia attacked Ukraine in Kharkiv.", ("Russia", "attacks", "Ukraine"), "Kharkiv"),
    ("Russia attacked Ukraine on Monday.", ("Russia", "attacks", "Ukraine"), None),
    ("Khalilzad visited Kabul.", ("Khalilzad", "visits", "Kabul"), None),          # the target, not a place of its own
])
def test_the_place_of_an_act(graph_of, text, edge, place):
    assert placed(graph_of, text)[edge] == place
