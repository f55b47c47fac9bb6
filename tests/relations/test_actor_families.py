"""Actors an analyst can trust (issue #26), told inside one document: a demonym inside a
longer name is a community of its own, a person's family name is no state, and a body named
by a bare common noun is an actor of its own document only. (Stored parses: see conftest.py.)"""
import pytest


def labels_of(G) -> set[str]:
    return {d["label"] for _, d in G.nodes(data=True)}


@pytest.mark.parametrize("text, community, state", [
    ("African Americans and Irish Americans marched in Chicago.", "African Americans", "United States"),
    ("Many Sikh Americans criticized the ban.", "Sikh Americans", "United States"),
    ("The museum honored Cherokee Indians on Monday.", "Cherokee Indians", "India"),
    ("Greek Cypriots protested against Turkey.", "Greek Cypriots", "Cyprus"),
    ("Irish-Americans marched in Boston.", "Irish-Americans", "United States"),
    ("Many Black Americans criticized the decision.", "Black Americans", "United States"),
])
def test_a_demonym_after_a_capitalised_word_is_a_community_not_the_state(graph_of, text, community, state):
    G = graph_of(text)
    assert community in labels_of(G)
    assert not any(community in d["aliases"] for _, d in G.nodes(data=True) if d["label"] == state)


def test_a_demonym_alone_still_stands_for_its_state(triples_of):
    assert ("Iran", "attacks", "Kurds") in triples_of("Iranian forces attacked Kurdish fighters.")


def test_a_family_name_that_is_a_demonym_is_the_person(graph_of):
    G = graph_of("Energy Secretary Dave Turk spoke in Denver. Turk said the grid was ready.")
    assert "Turkey" not in labels_of(G) and "Dave Turk" in labels_of(G)


def test_a_body_named_by_a_common_noun_is_an_actor_of_its_document_only(graph_of):
    G = graph_of("The Administration criticized Russia.", "The Administration criticized China.")
    admins = [n for n, d in G.nodes(data=True) if d["label"] == "Administration"]
    assert len(admins) == 2 and all(G.nodes[n]["type"] == "ORG" for n in admins)


def test_a_body_the_gazetteer_knows_is_still_one_node(graph_of):
    G = graph_of("NATO condemned Russia.", "NATO welcomed Finland.")
    assert [d["label"] for _, d in G.nodes(data=True)].count("NATO") == 1


def test_an_acronym_after_a_cut_name_is_not_the_states(graph_of):
    G = graph_of("The Committee on Foreign Investment in the United States (CFIUS) blocked the deal.")
    us = [d for _, d in G.nodes(data=True) if d["label"] == "United States"]
    assert us and "CFIUS" not in us[0]["aliases"]


@pytest.mark.parametrize("text, state", [
    ("Radical French farmers blockaded Paris.", "France"),      # a capitalised adjective opening a sentence
    ("The Franco-German proposal was welcomed by Italy.", "Germany"),
])
def test_not_every_capitalised_word_before_a_demonym_makes_a_community(graph_of, text, state):
    assert not any("French" in l or "Franco" in l for l in labels_of(graph_of(text)) if l != state)


def test_a_community_is_member_of_the_state_of_its_demonym(patterns_of):
    edges = patterns_of("Many Irish-Americans marched in Boston.")
    assert edges.get(("Irish-Americans", "member_of", "United States")) == "roles.community"


def test_a_people_named_like_another_state_is_no_member_of_it(triples_of):
    assert not any(t == "India" for _, _, t in triples_of("The museum honored Cherokee Indians on Monday."))


def test_a_region_named_with_a_demonym_is_no_community_of_the_state(triples_of):
    t = triples_of("Abortion is a crime in the Latin American country since 1921.")
    assert not any(r == "member_of" and o == "United States" for _, r, o in t)


def test_two_demonyms_joined_are_two_states_not_a_people(triples_of):
    t = triples_of("Greece criticized the Turkish-Libyan maritime deal.")
    assert not any(r == "member_of" for _, r, _ in t)
