"""Entity resolution across documents: one node per actor, and different people kept apart.

Each test builds a graph from per-document extractions (what the cache holds), so the
rules are tested without parsing: a document is a list of (name, type) actors, and a
relation between its first two actors gives the actors something to do."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from graphx.graph import GraphBuilder
from graphx.names import slugify
from graphx.model import Actor, Document, Evidence, Extraction, Relation


def extraction(doc_id: str, *actors: tuple[str, str], roles: dict | None = None) -> Extraction:
    found = {}
    for label, type_ in actors:
        key = slugify(label)
        found[key] = Actor(key, label, type_, None, {label}, set((roles or {}).get(label, ())), 1)
    keys = list(found)
    relations = []
    if len(keys) >= 2:
        sentence = f"{actors[0][0]} met {actors[1][0]}."
        relations.append(Relation(keys[0], keys[1], "consults", "met",
                                  Evidence(doc_id, sentence, 0, len(sentence), 0, 3, "verbal.object")))
    return Extraction(Document(doc_id, f"text of {doc_id}"), found, relations)


def graph_of(*extractions: Extraction, curation=None):
    builder = GraphBuilder()
    for ex in extractions:
        builder.add(ex)
    return builder.finish(curation=curation)


def each_with_partner(*actors: tuple[str, str]):
    """The graph of one document per actor, in which that actor meets PARTNER."""
    return graph_of(*[extraction(f"d{i}", actor, PARTNER) for i, actor in enumerate(actors, start=1)])


def labels(G) -> set[str]:
    return {data["label"] for _, data in G.nodes(data=True)}


def node_of(G, label: str) -> str:
    (node,) = [n for n, d in G.nodes(data=True) if d["label"] == label]
    return node


PARTNER = ("Ruritania", "GPE")


@pytest.mark.parametrize("forms, label", [
    (["Joseph R. Biden", "Joe Biden", "Biden"], "Joseph R. Biden"),               # nickname, lone surname
    (["Tony Blinken", "Antony Blinken", "Blinken"], "Antony Blinken"),            # nickname of a near spelling
    (["Jen Klein", "Jennifer Klein"], "Jennifer Klein"),
    (["Rich Trumka", "Richard L. Trumka"], "Richard L. Trumka"),
    (["Julie Rodriguez", "Julie Chavez Rodriguez"], "Julie Chavez Rodriguez"),    # middle name dropped
    (["S. Jaishankar", "Subrahmanyam Jaishankar"], "Subrahmanyam Jaishankar"),    # initial
    (["Recep Tayyip Erdoğan", "Recep Tayyıp Erdoğan", "Recep Tayyip Erdogan"], None),  # diacritics
    (["Eduardo M. Año", "Eduardo Ano"], "Eduardo M. Año"),
    (["Mohammed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", "Mohammed bin Zayed",
      "Mohamed bin Zayed"], "Mohammed bin Zayed Al Nahyan"),                     # particles, spellings
    (["Kishida Fumio", "Fumio Kishida"], None),                                   # family name first
    (["Xi Jinping", "Xi"], "Xi Jinping"),                                         # lone family name first
    (["Ursula von der Leyen", "von der Leyen"], "Ursula von der Leyen"),
    (["Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskyy"], None),           # transliterations
    (["Karoline Leavitt", "LEAVITT"], "Karoline Leavitt"),                        # a transcript's speaker label
])
def test_forms_of_one_person_across_documents_are_one_node(forms, label):
    G = each_with_partner(*[(form, "PERSON") for form in forms])
    people = [d for _, d in G.nodes(data=True) if d["type"] == "PERSON"]
    assert len(people) == 1, [d["label"] for d in people]
    assert set(forms) <= set(people[0]["aliases"]) | {people[0]["label"]}
    if label:
        assert people[0]["label"] == label
    assert G.number_of_edges() == len(forms) or G.edges[next(iter(G.edges))]["count"] == len(forms)


def test_a_name_that_ends_another_is_its_short_form():
    G = each_with_partner(("Andrés Manuel López Obrador", "PERSON"),
                          ("Manuel López Obrador", "PERSON"),
                          ("Robert Hunter Biden", "PERSON"),
                          ("Hunter Biden", "PERSON"))
    assert labels(G) == {"Ruritania", "Andrés Manuel López Obrador", "Robert Hunter Biden"}


def test_markup_quotes_and_the_rest_of_the_sentence_are_not_part_of_a_name():
    G = each_with_partner(("Scott Franklin**:“For", "PERSON"),
                          ("Scott Franklin", "PERSON"),
                          (">Federal Reserve", "ORG"),
                          ("Federal Reserve announced", "ORG"),
                          ("Doctors without Borders", "ORG"))
    assert labels(G) == {"Ruritania", "Scott Franklin", "Federal Reserve", "Doctors without Borders"}


@pytest.mark.parametrize("a, b", [
    ("Jill Biden", "Joe Biden"), ("Kamala Harris", "Simon Harris"), ("Simon Harris", "Timothy Harris"),
    ("Rajnath Singh", "Daleep Singh"), ("Mohammed bin Salman", "Khalid bin Salman"),
    ("Boris Johnson", "Carole Johnson"), ("Jake Sullivan", "Dan Sullivan"),
])
def test_different_people_with_one_family_name_stay_apart(a, b):
    G = each_with_partner((a, "PERSON"), (b, "PERSON"))
    assert {a, b} <= labels(G)


def test_a_lone_surname_of_two_people_joins_the_one_whose_role_it_carries_else_none():
    G = graph_of(extraction("d1", ("Joe Biden", "PERSON"), PARTNER, roles={"Joe Biden": ["President"]}),
                 extraction("d2", ("Jill Biden", "PERSON"), PARTNER, roles={"Jill Biden": ["First Lady"]}),
                 extraction("d3", ("Biden", "PERSON"), PARTNER, roles={"Biden": ["President"]}))
    assert "Biden" not in labels(G) and "Biden" in G.nodes[node_of(G, "Joe Biden")]["aliases"]
    builder = GraphBuilder()
    for ex in (extraction("d1", ("Joe Biden", "PERSON"), PARTNER),
               extraction("d2", ("Jill Biden", "PERSON"), PARTNER),
               extraction("d3", ("Biden", "PERSON"), PARTNER)):
        builder.add(ex)
    G = builder.finish()
    assert {"Joe Biden", "Jill Biden", "Biden"} <= labels(G)       # ambiguous: left alone
    assert "Biden" in builder.resolution.ambiguous


def test_an_initial_that_fits_two_people_joins_neither():
    G = each_with_partner(("John Smith", "PERSON"),
                          ("Jane Smith", "PERSON"),
                          ("J. Smith", "PERSON"))
    assert {"John Smith", "Jane Smith", "J. Smith"} <= labels(G)


def test_a_generational_suffix_is_never_a_node_and_titles_never_in_a_label():
    G = each_with_partner(("Joseph R. Biden, Jr.", "PERSON"),
                          ("Honorable Antony Blinken", "PERSON"),
                          ("Defense Lloyd Austin", "PERSON"),
                          ("Chancellor Olaf Scholz of Germany", "PERSON"),
                          ("Taoiseach Simon Harris", "PERSON"),
                          ("NSA Sullivan", "PERSON"))
    assert {"Joseph R. Biden", "Antony Blinken", "Lloyd Austin", "Olaf Scholz", "Simon Harris",
            "Sullivan"} <= labels(G)
    assert not any(label in ("Jr", "Jr.") for label in labels(G))


def test_state_variants_are_one_state():
    G = graph_of(*[extraction(f"d{i}", ("Germany", "GPE"), (form, "GPE"))
                   for i, form in enumerate(["U.S", "U.S.", "US", "USA", "United States of America", "America"])])
    assert labels(G) == {"Germany", "United States"}


def test_organisation_forms_and_acronyms_join():
    G = each_with_partner(("Department of the Treasury", "ORG"),
                          ("Treasury Department", "ORG"),
                          ("Treasury", "ORG"),
                          ("Homeland Security", "ORG"),
                          ("Department of Homeland Security", "ORG"),
                          ("Federal Emergency Management Agency", "ORG"),
                          ("FEMA", "ORG"))
    assert labels(G) == {"Ruritania", "Department of the Treasury", "Federal Emergency Management Agency",
                         "Department of Homeland Security"}
    G = each_with_partner(("White House Gender Policy Council", "ORG"),
                          ("Gender Policy Council", "ORG"),
                          ("Russian Army", "ORG"),
                          ("Ukrainian Army", "ORG"),
                          ("Army", "ORG"))
    assert labels(G) == {"Ruritania", "White House Gender Policy Council", "Russian Army", "Ukrainian Army", "Army"}


@pytest.mark.parametrize("name, type_", [
    ("God", "PERSON"), ("Inflation Reduction Act", "ORG"), ("Temporary Protected Status", "ORG"),
    ("Justice40 Initiative", "ORG"), ("Majesty King", "PERSON"), ("International Women's Day", "ORG"),
])
def test_things_that_cannot_act_are_left_out(name, type_):
    G = graph_of(extraction("d1", (name, type_), PARTNER))
    assert name not in labels(G)


def test_bodies_named_like_documents_still_act():
    G = each_with_partner(("Office of Management and Budget", "ORG"),
                          ("Bureau of Labor Statistics", "ORG"))
    assert {"Office of Management and Budget", "Bureau of Labor Statistics"} <= labels(G)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("AaBbJj.,-' ıöñ") + ["Jr.", " von ", " bin ", " al-", "III",
                                                           "President", "Honorable ", " of Germany"]),
                max_size=12).map("".join))
def test_any_label_resolves_without_error(label):
    """Resolution runs once, after the whole corpus is extracted: no label may crash it."""
    G = graph_of(extraction("d1", (label or "x", "PERSON"), PARTNER),
                 extraction("d2", ("Joe " + label, "PERSON"), (label + " Smith", "ORG")))
    assert G.number_of_nodes() >= 1


def test_a_leaders_administration_is_the_government_of_their_state():
    leader = extraction("d1", ("Joe Biden", "PERSON"), ("United States", "GPE"))
    leader.relations[0].relation = "member_of"
    G = graph_of(leader, extraction("d2", ("Biden-Harris Administration", "ORG"), ("Russia", "GPE")),
                 extraction("d3", ("Biden Administration", "ORG"), ("Iran", "GPE")),
                 extraction("d4", ("Federal Aviation Administration", "ORG"), ("Iran", "GPE")))
    assert {"Biden-Harris Administration", "Biden Administration"}.isdisjoint(labels(G))
    assert {("United States", "Russia"), ("United States", "Iran")} <= \
        {(G.nodes[s]["label"], G.nodes[t]["label"]) for s, t in G.edges()}
    assert "Federal Aviation Administration" in labels(G)


def test_a_lone_nickname_joins_the_person_of_its_document():
    G = graph_of(extraction("d1", ("Elizabeth Sherwood-Randall", "PERSON"), PARTNER),
                 extraction("d1", ("Liz", "PERSON"), ("Kenya", "GPE")),
                 extraction("d2", ("Liz", "PERSON"), ("Kenya", "GPE")))
    people = {d["label"]: d for _, d in G.nodes(data=True) if d["type"] == "PERSON"}
    assert "Liz" not in people and "Liz" in people["Elizabeth Sherwood-Randall"]["aliases"]


def test_a_titled_person_of_a_state_tagged_as_an_organisation_is_a_person():
    G = each_with_partner(("Chancellor Olaf Scholz of Germany", "ORG"),
                          ("Olaf Scholz", "PERSON"))
    assert labels(G) == {"Ruritania", "Olaf Scholz"}


def test_aliases_are_names_and_a_known_actor_keeps_its_gazetteer_label():
    doc = extraction("d1", ("@NATO", "ORG"), PARTNER)
    doc.actors["nato"] = doc.actors.pop("nato")      # the handle resolved to the gazetteer's NATO
    doc.actors["nato"].aliases |= {"Americans</u", "Department of State revoked"}
    G = graph_of(doc)
    data = G.nodes["nato"]
    assert data["label"] == "NATO"
    assert not any(a.startswith("@") or "<" in a or a.endswith("revoked") for a in data["aliases"])


def test_a_degree_is_no_actor_and_no_family_name():
    G = graph_of(extraction("d1", ("J.D", "PERSON"), PARTNER), extraction("d2", ("B.A", "PERSON"), PARTNER),
                 extraction("d3", ("Jessica Davis Ba", "PERSON"), PARTNER))
    assert labels(G) == {"Jessica Davis Ba", "Ruritania"}
