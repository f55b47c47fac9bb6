"""What the explorer's map view (assets/explorer/map.js) carries besides the graph: where located
places lie, which actors are states of the map's outlines (Natural Earth, keyed by ISO 3166-1
numeric code), and where each located evidence happened — decided here by
graphx/query/located.where_of, the rule the GeoJSON export uses, so the page has no copy of it."""
from __future__ import annotations

import networkx as nx

from graphx.knowledge.state_codes import iso_numeric
from graphx.query.located import where_of


def _located(n: dict) -> bool:
    return isinstance(n.get("lat"), (int, float)) and isinstance(n.get("lon"), (int, float))


def map_data(G: nx.MultiDiGraph, nodes: list[dict], edges: list[dict]) -> dict:
    """{"points": [[node index, lat, lon]], "states": [[node index, numeric code]],
    "events": [[edge index, evidence index, node index of where it happened]]} over the page's
    node and edge lists (graph.json's order)."""
    index = {n["id"]: i for i, n in enumerate(nodes)}
    points = [[i, round(n["lat"], 5), round(n["lon"], 5)] for i, n in enumerate(nodes) if _located(n)]
    states = [[i, code] for i, n in enumerate(nodes) if (code := iso_numeric(n.get("iso2")))]
    placed = {i for i, *_ in points}
    events = []
    for i, e in enumerate(edges):
        relation = e.get("relation") or e.get("key")
        for k, ev in enumerate(e.get("evidence") or ()):
            at = index.get(where_of(G, e["target"], relation, ev))
            if at in placed:
                events.append([i, k, at])
    return {"points": points, "states": states, "events": events}
