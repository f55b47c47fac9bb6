"""Located events as GeoJSON (RFC 7946) for QGIS, kepler.gl or geopandas: one Point feature per
evidence whose act has a place with coordinates — the place the sentence names ("talks in
Doha"), else, for a spatial relation (visits, attacks a city), its target."""
from __future__ import annotations

import networkx as nx

from graphx.knowledge import ontology


def _point(G: nx.MultiDiGraph, node: str | None) -> list[float] | None:
    data = G.nodes[node] if node in G else {}
    return [data["lon"], data["lat"]] if "lat" in data and "lon" in data else None


def geojson(G: nx.MultiDiGraph) -> dict:
    onto, features = ontology(), []
    label = lambda k: G.nodes[k].get("label", k) if k in G else None   # noqa: E731
    for s, t, d in G.edges(data=True):
        spatial = d["relation"] in onto and onto[d["relation"]].has("spatial")
        for ev in d.get("evidence") or []:
            where = ev.get("place") if _point(G, ev.get("place")) else (t if spatial and _point(G, t) else None)
            if where is None:
                continue
            features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": _point(G, where)},
                             "properties": {"relation": d["relation"], "source": s, "source_label": label(s),
                                            "target": t, "target_label": label(t), "place": where,
                                            "place_label": label(where), "date": ev.get("date"),
                                            "modality": ev.get("modality"), "said_by": label(ev.get("said_by")),
                                            "doc": ev.get("doc"), "sentence": ev.get("sentence")}})
    return {"type": "FeatureCollection", "features": features}
