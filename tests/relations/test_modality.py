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
