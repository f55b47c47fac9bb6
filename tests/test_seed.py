"""End to end on the seed article in seeds/: the graph a reader of that article expects."""
import json


def labels(result):
    G = result.graph
    return {(G.nodes[s]["label"], d["relation"], G.nodes[t]["label"])
            for s, t, d in G.edges(data=True) if d["modality"] != "negated"}


def test_seed_build_writes_both_outputs(seed_build):
    assert seed_build.json_path.exists() and seed_build.html_path.exists()
    data = json.loads(seed_build.json_path.read_text())
    assert data["graph"]["documents"][0]["id"] == "000_77a878ba40cf21e4.txt"
    assert all(e["evidence"] for e in data["edges"])


def test_seed_actors_are_one_node_each(seed_build):
    G = seed_build.graph
    names = sorted(d["label"] for _, d in G.nodes(data=True))
    for person in ("Ashraf Ghani", "Mike Pompeo", "Abdullah Abdullah", "Zalmay Khalilzad",
                   "Donald Trump", "John Hyten"):
        assert names.count(person) == 1
    assert not any(n in names for n in ("Pompeo", "Ghani", "Trump", "Khalilzad"))
    assert "ISIS-K" in names and "Taliban" in names


def test_seed_key_relations(seed_build):
    t = labels(seed_build)
    expected = {
        ("Mike Pompeo", "informs", "Ashraf Ghani"),
        ("United States", "negotiates", "Taliban"),
        ("Zalmay Khalilzad", "negotiates", "Taliban"),
        ("Zalmay Khalilzad", "visits", "Kabul"),
        ("ISIS-K", "attacks", "United States"),
        ("Taliban", "attacks", "Bagram"),
        ("Donald Trump", "suspends", "Taliban"),
        ("Mike Pompeo", "member_of", "United States"),
        ("John Hyten", "member_of", "Joint Chiefs of Staff"),
    }
    assert expected <= t


def test_seed_credits_are_not_actors(seed_build):
    names = {d["label"] for _, d in seed_build.graph.nodes(data=True)}
    assert "Ryan Browne" not in names and "Jennifer Hansler" not in names


# -- asking the seed graph from the command line -------------------------------------------------
from click.testing import CliRunner  # noqa: E402

from graphx.cli import cli  # noqa: E402


def ask(seed_build, *args):
    return CliRunner().invoke(cli, [*args, "--graph", str(seed_build.json_path)])


def test_seed_path_pompeo_taliban_quotes_the_article(seed_build):
    result = ask(seed_build, "path", "Pompeo", "Taliban")
    assert result.exit_code == 0
    assert "Mike Pompeo" in result.output and "Taliban" in result.output
    assert "\u201c" in result.output and "000_77a878ba40cf21e4.txt" in result.output
    loose = ask(seed_build, "path", "mike pompeo", "the taliban")
    assert loose.output == result.output


def test_seed_path_json_and_profiles(seed_build):
    import json
    hops = json.loads(ask(seed_build, "path", "Pompeo", "Taliban", "--json").output)["paths"][0]
    assert all(h["relation"] and h["evidence"][0]["sentence"] for h in hops)
    assert "Ashraf Ghani" in ask(seed_build, "show", "Pompeo").output
    neighbours = ask(seed_build, "neighbors", "Taliban").output
    assert "Zalmay Khalilzad" in neighbours and "Bagram" in neighbours
