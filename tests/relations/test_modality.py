"""Modality: negated, hypothetical, reported, asserted. (Stored parses: see conftest.py.)"""
import pytest


@pytest.mark.parametrize("text, expected", [
    ("Pakistan did not attack India.", ("Pakistan", "attacks", "India", "negated")),
    ("Turkey declined to condemn Russia.", ("Turkey", "criticizes", "Russia", "negated")),
    ("Iran could attack Saudi Arabia, the report said.", ("Iran", "attacks", "Saudi Arabia", "hypothetical")),
    ("Washington hopes to negotiate with Tehran.", ("United States", "negotiates", "Iran", "hypothetical")),
    ("Kenya said that Ugandan troops attacked Kenyan soldiers.", ("Uganda", "attacks", "Kenya", "reported")),
    # resisting an invasion does not cancel it, as rejecting a deal does
    ("The Georgians bravely resisted Russia's invasion.", ("Russia", "attacks", "Georgia", "asserted")),
])
def test_modality(triples_of, text, expected):
    assert expected in triples_of(text, modality=True)


@pytest.mark.parametrize("text, expected", [
    ("Britain joined calls for a ceasefire between Israel and Hamas.", ("Israel", "agrees", "Hamas", "hypothetical")),
    ("President Hakainde Hichilema has reneged on his commitment to Zambia.",
     ("Hakainde Hichilema", "supports", "Zambia", "negated")),
])
def test_calls_for_and_reneging(triples_of, text, expected):
    assert expected in triples_of(text, modality=True)


@pytest.mark.parametrize("text, threat, act", [
    ("The EU confirmed on Monday it would tighten the blockade of Belarus.",
     ("European Union", "threatens", "Belarus", "asserted"), ("European Union", "sanctions", "Belarus", "hypothetical")),
    ("The Serbian army prepared to resume shelling Kosovo.",
     ("Serbia", "threatens", "Kosovo", "asserted"), ("Serbia", "attacks", "Kosovo", "hypothetical")),
])
def test_an_announced_hostile_act_is_also_a_threat(triples_of, text, threat, act):
    t = triples_of(text, modality=True)
    assert threat in t and act in t


@pytest.mark.parametrize("text", [
    "Kenya said that Uganda will attack Somalia.",          # Kenya's claim, not Uganda's threat
    "If Iran attacks Israel, the US will respond.",         # a condition
    "Canada will impose sanctions on Belarus.",             # the act announced, not a threat
])
def test_what_is_not_an_announced_threat(triples_of, text):
    assert not any(r == "threatens" for _, r, _, _ in triples_of(text, modality=True))


@pytest.mark.parametrize("text, expected", [
    ("Chile said it would not provide support to Bolivia.", ("Chile", "rejects", "Bolivia", "asserted")),
    ("The rebels of UNITA refused to allow United Nations planes to land.", ("UNITA", "rejects", "United Nations", "asserted")),
])
def test_a_refused_cooperation_is_a_rejection(triples_of, text, expected):
    assert expected in triples_of(text, modality=True)


@pytest.mark.parametrize("text", [
    "Biden did not meet Putin.",                  # a report that it did not happen, no refusal
    "Kenya said Uganda would not help Somalia.",  # Kenya's word, not Uganda's
])
def test_what_is_not_a_refusal(triples_of, text):
    assert not any(r == "rejects" for _, r, _, _ in triples_of(text, modality=True))


def test_reneging_on_a_commitment_rejects_and_calls_for_sanctions_criticize(triples_of):
    t = triples_of("President Hakainde Hichilema has reneged on his commitment to Zambia.", modality=True)
    assert ("Hakainde Hichilema", "rejects", "Zambia", "asserted") in t
    t = triples_of("Archbishop Desmond Tutu called for sanctions against Nigeria. Kenya called for talks with Somalia.")
    assert ("Desmond Tutu", "criticizes", "Nigeria") in t and ("Kenya", "criticizes", "Somalia") not in t


@pytest.mark.parametrize("text, triple", [
    ("Canada works closely with its neighbors instead of attacking Mexico.", ("Canada", "attacks", "Mexico")),
    ("Canada chose to negotiate with the union rather than punish Mexico.", ("Canada", "sanctions", "Mexico")),
    ("Macron is not going to meet Putin this year.", ("Macron", "consults", "Putin")),
])
def test_acts_declined_in_favour_of_others_are_negated(triples_of, text, triple):
    assert triple + ("negated",) in triples_of(text, modality=True)


def test_the_first_to_act_is_the_subject_of_the_copula(triples_of):
    t = triples_of("Tomorrow Macron will be the first French President to fly from Israel directly to Jeddah.",
                   modality=True)
    assert ("Macron", "visits", "Jeddah", "hypothetical") in t
