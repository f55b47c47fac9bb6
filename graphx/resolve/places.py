"""Where places are: every place node (a city, a capital, a base, a region the gazetteer does not
call a state) gets the coordinates of the one GeoNames city it names (graphx/knowledge/places.py)
— a capital within its state, any other place preferring the countries its documents name —
with `lat`, `lon`, `geonames`, `country` (ISO 3166 alpha-2) and `place_confidence`."""
from __future__ import annotations

import networkx as nx

from graphx.knowledge import gazetteer
from graphx.knowledge.places import PLACE_TYPES, locate
from graphx.knowledge.state_codes import state_codes

PLACE_KINDS = (None, "capital", "region")       # not states, bodies or groups


def locate_places(G: nx.MultiDiGraph) -> int:
    """Give place nodes their coordinates; returns how many were located."""
    codes, entries = state_codes(), gazetteer().entries
    countries: dict[str, set[str]] = {}           # document → the states it names (ISO alpha-2)
    for node, data in G.nodes(data=True):
        if data.get("iso2") and data.get("kind") == "country":
            for doc in data.get("docs") or ():
                countries.setdefault(doc, set()).add(data["iso2"])
    located = 0
    for node, data in G.nodes(data=True):
        if data.get("type") not in PLACE_TYPES or data.get("kind") not in PLACE_KINDS:
            continue
        entry = entries.get(node)
        state = codes.get(entry.capital_of, {}).get("iso2") if entry is not None and entry.capital_of else None
        context = frozenset(c for doc in data.get("docs") or () for c in countries.get(doc, ()))
        found = locate([data.get("label", node), *data.get("aliases", [])], state, context)
        if found:
            data.update(found)
            located += 1
    return located
