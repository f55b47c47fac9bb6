"""Relations a reader would not draw (#23, items 5-7), on sentences written for the tests: outlets
are where something was said, modality a reader hears, agents and remits. (Stored parses: see
conftest.py.)"""
import pytest


@pytest.mark.parametrize("text", [
    "Senator Lindsey Graham told Politico that Turkey would face sanctions.",
    "Mike Pompeo told CBS News on Sunday that the talks with the Taliban would resume.",
    "Ruto told the BBC in an interview that Kenya would support Somalia.",
    "The envoy said in an interview with Bloomberg News that Iran had rejected the offer.",
])
def test_an_outlet_named_as_where_something_was_said_is_no_listener(triples_of, text):
    assert not any(r == "informs" for _, r, _ in triples_of(text))


def test_an_outlet_is_not_the_person_who_shares_its_name(graph_of, triples_of):
    text = "Representative Anna Hill criticized Mexico. Later, Senator John Doe told The Hill that Canada was an ally."
    assert not any(r == "informs" for _, r, _ in triples_of(text))
    hill = [d for _, d in graph_of(text).nodes(data=True) if d["label"] == "Anna Hill"]
    assert hill and "The Hill" not in hill[0]["aliases"]


@pytest.mark.parametrize("text, edge, mood", [
    ("A meeting between Putin and Erdogan that was canceled had been planned for May.",
     ("Putin", "consults", "Erdogan"), "negated"),
    ("The summit between Kenya and Uganda was called off on Monday.", ("Kenya", "consults", "Uganda"), "negated"),
    ("Israel would have protested against Iran if it had known.", ("Israel", "criticizes", "Iran"), "hypothetical"),
    ("Trump has long sought an agreement with the Taliban.", ("Trump", "agrees", "Taliban"), "hypothetical"),
    ("The summit between Kenya and Uganda took place on Monday.", ("Kenya", "consults", "Uganda"), "asserted"),
])
def test_what_was_called_off_or_only_wished_for_did_not_happen(triples_of, text, edge, mood):
    assert edge + (mood,) in triples_of(text, modality=True)


def test_a_claim_about_reports_asserts_nothing_about_them(triples_of):
    assert triples_of("The ministry called reports that Iran was arming the Houthis ridiculous.") == set()


@pytest.mark.parametrize("text, wrong", [
    ("A Texas man was charged with threatening a senator.", "Texas"),
    ("Police said the assault happened at a flat in Paris owned by Prince Andrew.", "Paris"),
    ("The minister briefed visiting delegates from Ghana on the plan.", "Ghana"),
    ("Kenya and Uganda falsified the trade logs.", "Uganda"),
])
def test_a_place_of_origin_or_a_place_where_is_no_party(triples_of, text, wrong):
    assert not any(wrong in (s, t) and r != "member_of" for s, r, t in triples_of(text))


@pytest.mark.parametrize("text, person, region", [
    ("Fiona Hill, a former Asia adviser, testified on Tuesday.", "Fiona Hill", "Asia"),
    ("Former Middle East envoy Dennis Ross praised Egypt.", "Dennis Ross", "Middle East"),
    ("John Smith, the Europe director at the National Security Council, criticized Russia.", "John Smith", "Europe"),
])
def test_a_region_in_a_title_is_a_remit_not_a_membership(triples_of, text, person, region):
    found = triples_of(text)
    assert (person, "member_of", region) not in found
    assert any(s == person and r != "member_of" for s, r, _ in found) or "testified" in text


def test_the_mayor_of_a_city_still_belongs_to_it(triples_of):
    assert ("Jane Roe", "member_of", "South Bend") in triples_of(
        "Jane Roe, the former mayor of South Bend, Indiana, criticized Chicago.")


@pytest.mark.parametrize("text, junk", [
    ("Asian leaders criticized China over the dispute.", "Asian"),
    ("Arab ministers met Israel in Cairo.", "Arab"),
    ("The Liberal Democrat leader criticized Russia.", "Liberal"),
])
def test_adjectives_and_fragments_of_a_party_name_are_no_actors(graph_of, text, junk):
    assert junk not in {d["label"] for _, d in graph_of(text).nodes(data=True)}


def test_a_party_named_in_the_singular_is_the_party(triples_of):
    assert ("Liberal Democrats", "criticizes", "Russia") in triples_of("The Liberal Democrat leader criticized Russia.")


@pytest.mark.parametrize("text, label, type_", [
    ("The Bidens visited Ireland last week.", "Bidens", "PERSON"),             # a family, not a state
    ("Evin Prison held Iranian activist Narges Mohammadi.", "Evin Prison", "FAC"),   # a building
])
def test_a_family_is_people_and_a_prison_a_building(graph_of, text, label, type_):
    types = {d["label"]: d["type"] for _, d in graph_of(text).nodes(data=True)}
    assert types.get(label) == type_


INTERVIEW = ("Q: Junior, we are so excited to have you as our new President. How do you feel?\n"
             "A: Inspired and humbled! Kenya has been good to me.\nQ: What have you learned?\n"
             "A: I think listening matters. Uganda taught me that.\nQ: How do you plan your day?\nA: I use lists.")


def test_an_interviews_answer_marker_is_no_person(graph_of):
    assert "A" not in {d["label"] for _, d in graph_of(INTERVIEW).nodes(data=True)}



def test_a_person_the_ner_ran_on_past_a_possessive_is_the_person_and_what_they_own(graph_of, triples_of):
    text = ("It is for that reason that NASA on Monday enlisted the muscle of what are arguably the industry’s "
            "upstarts - Amazon founder Jeff Bezos’s Blue Origin and Elon Musk’s SpaceX among them - to prepare.")
    labels = {d["label"]: d["type"] for _, d in graph_of(text).nodes(data=True)}
    assert labels.get("Jeff Bezos") == "PERSON" and labels.get("Blue Origin") == "ORG"
    assert ("Jeff Bezos", "member_of", "Amazon") in triples_of(text)
