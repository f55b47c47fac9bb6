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


def test_geojson_export_of_located_events(seed_build, tmp_path):
    import json

    from click.testing import CliRunner

    from graphx.cli import cli
    out = tmp_path / "events.geojson"
    run = CliRunner().invoke(cli, ["export", "--graph", str(seed_build.json_path), "--format", "geojson", "--out", str(out)])
    assert run.exit_code == 0, run.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and data["features"]
    for f in data["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert {"relation", "source", "target", "place", "date", "sentence", "said_by"} <= f["properties"].keys()
    where = {(f["properties"]["source_label"], f["properties"]["relation"], f["properties"]["place_label"])
             for f in data["features"]}
    assert ("United States", "negotiates", "Doha") in where            # "talks with the Taliban in Doha"
    assert ("Zalmay Khalilzad", "visits", "Kabul") in where            # a visit is where it goes


def test_in_a_state_and_near_a_place_filter_queries(seed_build):
    from click.testing import CliRunner

    from graphx.cli import cli
    graph = str(seed_build.json_path)
    run = lambda *a: CliRunner().invoke(cli, ["relations", "--graph", graph, *a])   # noqa: E731
    within = run("--in", "Afghanistan")
    assert within.exit_code == 0
    assert "Zalmay Khalilzad ─visits→ Kabul" in within.output and "─visits→ Islamabad" not in within.output
    near = run("--near", "Islamabad", "--km", "300")
    assert "─visits→ Islamabad" in near.output and "─visits→ Kabul" not in near.output   # Kabul is ~370 km away
    assert "─visits→ Kabul" in run("--near", "Islamabad", "--km", "400").output
    far = run("--near", "Doha", "--km", "1")
    assert "United States ─negotiates→ Taliban" in far.output                          # "talks … in Doha"
    for args, message in ((("--in", "Taliban"), "Taliban is not a state with an ISO code"),
                          (("--near", "Afghanistan"), "Afghanistan has no coordinates")):
        bad = run(*args)
        assert bad.exit_code == 2 and f"Error: --{args[0][2:]} {args[1]!r}: {message}" in bad.output
