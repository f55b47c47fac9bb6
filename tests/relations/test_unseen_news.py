"""Families of wire and conflict reporting (issue #25), on sentences written for the tests; each
edge is pinned with the pattern that finds it. (Stored parses: see conftest.py.)"""
import pytest


@pytest.mark.parametrize("text, edge, pattern", [
    # a group named by what it is acts: an actor of its document only
    ("Police detained opposition leader Kizza Besigye on Monday.",
     ("police", "sanctions", "Kizza Besigye"), "verbal.object"),
    # the group whose positions were struck, not the place they are in
    ("Syrian forces shelled rebel positions near Idlib.", ("Syria", "attacks", "rebels"), "verbal.object"),
    ("Troops opened fire on protesters in Khartoum.", ("troops", "attacks", "protesters"), "verbal.object"),
    # reciprocal events
    ("Fighting broke out between Ethiopian troops and the TPLF on Sunday.",
     ("TPLF", "attacks", "Ethiopia"), "nominal.between"),
    ("Clashes between Armenia and Azerbaijan killed ten soldiers.",
     ("Armenia", "attacks", "Azerbaijan"), "nominal.between"),
    # claims and blame, in the sentence or of an attack told before
    ("A car bomb exploded at a military base, killing dozens of Afghan soldiers. The Taliban claimed responsibility.",
     ("Taliban", "attacks", "Afghanistan"), "discourse.claimed"),
    ("A bombing killed photojournalist Ziad al-Sharabi in Mokha. The government blamed the Houthis for the bombing.",
     ("Houthis", "attacks", "Ziad al-Sharabi"), "nominal.blame"),
    ("The Houthis claimed responsibility for drone attacks on Saudi Aramco facilities.",
     ("Houthis", "attacks", "Saudi Aramco"), "nominal.claim"),
    # a stance named as what someone is
    ("Boris Nemtsov was a fierce critic of the Kremlin.", ("Boris Nemtsov", "criticizes", "Kremlin"),
     "predicate.stance_noun"),
    ("Kremlin critic Vladimir Kara-Murza was jailed on Monday.",
     ("Vladimir Kara-Murza", "criticizes", "Kremlin"), "predicate.stance_noun"),
    ("Kizza Besigye, a longtime opponent of Yoweri Museveni, was arrested.",
     ("Kizza Besigye", "rejects", "Yoweri Museveni"), "predicate.stance_noun"),
    # accusation vocabulary
    ("Sharif Hotak alleged the central government of Afghanistan was hiding casualty figures.",
     ("Sharif Hotak", "criticizes", "Afghanistan"), "verbal.clause"),
    ("Kenya's foreign minister charged that Somalia had violated the agreement.",
     ("Kenya", "criticizes", "Somalia"), "verbal.clause"),
    ("President Trump lashed out at Mayor Muriel Bowser on Twitter.",
     ("Trump", "criticizes", "Muriel Bowser"), "verbal.object"),
])
def test_wire_and_conflict_families(patterns_of, text, edge, pattern):
    assert patterns_of(text).get(edge) == pattern


def test_the_place_a_person_was_shot_in_is_no_target(triples_of):
    t = triples_of("Police shot dead a man who stabbed two people in Streatham.")
    assert not any(target == "Streatham" for _, _, target in t)


def test_a_generic_group_is_not_at_a_city(triples_of):
    t = triples_of("Officers arrived in El Paso six minutes later.")
    assert not any(r == "visits" for _, r, _ in t)


def test_no_claim_is_no_author(triples_of):
    t = triples_of("Gunmen killed five police officers in Kaduna. No group has claimed responsibility.")
    assert {s for s, _, _ in t} <= {"gunmen"}


def test_critics_without_a_holder_state_nothing(triples_of):
    assert triples_of("Critics of the government say the law is vague.") == set()


def test_an_outlet_is_no_listener(triples_of):
    t = triples_of("Lucy Fischer of The Times told NPR about the case.")
    assert not any(r == "informs" for _, r, _ in t)


def test_a_victory_credited_to_someone_is_no_accusation(triples_of):
    t = triples_of("Catholics attributed the general's stunning victory over the British to Mary.")
    assert not any(r == "criticizes" for _, r, _ in t)


def test_a_responsibility_that_is_no_claim(triples_of):
    t = triples_of("A gunman killed the president in 1901. Congress then expanded the responsibilities of the Secret Service.")
    assert not any(s == "US Congress" and r == "attacks" for s, r, _ in t)


def test_what_a_complaint_reports_is_still_told(triples_of):
    t = triples_of("Lebanon complained that Israel had shelled Beirut.")
    assert ("Israel", "attacks", "Beirut") in t


def test_showing_that_someone_can_is_no_accusation(triples_of):
    t = triples_of("President Biden is demonstrating that the United States can transition away from oil.")
    assert not any(r == "criticizes" for _, r, _ in t)
