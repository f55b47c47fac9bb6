"""Located events as GeoJSON (RFC 7946) for QGIS, kepler.gl or geopandas: one Point feature per
evidence whose act has a place with coordinates — the place the sentence names ("talks in
Doha"), else, for a spatial relation (visits, attacks a city), its target."""
from __future__ import annotations

import math

import networkx as nx

from graphx.knowledge import ontology


def _point(G: nx.MultiDiGraph, node: str | None) -> list[float] | None:
    data = G.nodes[node] if node in G else {}
    return [data["lon"], data["lat"]] if "lat" in data and "lon" in data else None


def where_of(G: nx.MultiDiGraph, target: str, relation: str, ev: dict) -> str | None:
    """The node an evidence's act happened at: the place it names, else the target of a spatial
    relation ("visited Kabul"), or None."""
    if ev.get("place") in G:
        return ev["place"]
    onto = ontology()
    return target if relation in onto and onto[relation].has("spatial") and target in G else None


def km_between(a: dict, b: dict) -> float:
    """Great-circle distance of two nodes with lat/lon, in km."""
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def geojson(G: nx.MultiDiGraph) -> dict:
    features = []
    label = lambda k: G.nodes[k].get("label", k) if k in G else None   # noqa: E731
    for s, t, d in G.edges(data=True):
        for ev in d.get("evidence") or []:
            where = where_of(G, t, d["relation"], ev)
            point = _point(G, where)
            if point is None:
                continue
            features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": point},
                             "properties": {"relation": d["relation"], "source": s, "source_label": label(s),
                                            "target": t, "target_label": label(t), "place": where,
                                            "place_label": label(where), "date": ev.get("date"),
                                            "modality": ev.get("modality"), "said_by": label(ev.get("said_by")),
                                            "doc": ev.get("doc"), "sentence": ev.get("sentence")}})
    return {"type": "FeatureCollection", "features": features}
