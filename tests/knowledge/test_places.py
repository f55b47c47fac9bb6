"""Places resolved offline (#29 item 2, first step): a place node gets the coordinates of the one
GeoNames city it names — a capital within its state, another place preferring the states its
documents name — and an ambiguous or unknown name stays unresolved rather than guessed."""
from __future__ import annotations

import pytest

import graphx
from graphx.knowledge.places import locate


def test_the_seed_capitals_are_on_the_map(seed_build):
    G = graphx.load_graph(seed_build.json_path)
    for node, country, lat, lon in (("kabul", "AF", 34.5, 69.2), ("islamabad", "PK", 33.7, 73.0),
                                    ("brussels", "BE", 50.8, 4.3), ("doha", "QA", 25.3, 51.5)):
        data = G.nodes[node]
        assert data["country"] == country and abs(data["lat"] - lat) < 0.2 and abs(data["lon"] - lon) < 0.2
        assert isinstance(data["geonames"], int)
    assert "lat" not in G.nodes["afghanistan"]          # a state is no point
    assert "lat" not in G.nodes["bagram"]               # not a city of 15,000: unresolved, not guessed


@pytest.mark.parametrize("names, country, context, expected", [
    (["Paris"], None, {"FR"}, "FR"),
    (["Paris"], None, {"US"}, "US"),                    # Paris, Texas in a story naming the US
    (["Kiev"], None, set(), "UA"),                      # an alternate name
    (["Kandahar"], None, {"AF"}, "AF"),
    (["Springfield"], None, {"US"}, None),              # several in the one state named: ambiguous
    (["Springfield"], None, set(), None),
    (["Virginia"], None, {"US"}, None),                 # a state's region, not the city of that name
    (["Ontario"], None, {"CA"}, None),
    (["Sydney"], None, {"FR"}, None),                   # the documents name other states
    (["Atlantis"], None, set(), None),
])
def test_a_name_in_its_context(names, country, context, expected):
    found = locate(names, country, frozenset(context))
    assert (found or {}).get("country") == expected
