"""What the explorer's map view (assets/explorer/map.js) carries besides the graph: where located
places lie, which actors are states of the map's outlines (Natural Earth, keyed by ISO 3166-1
numeric code), and which relations place an act at their target ("visited Kabul"), as
graphx/query/located.py does for GeoJSON."""
from __future__ import annotations

from graphx.knowledge import ontology
from graphx.knowledge.state_codes import iso_numeric


def map_data(nodes: list[dict]) -> dict:
    """{"points": [[node index, lat, lon]], "states": [[node index, numeric code]], "spatial": [relation]}."""
    points, states = [], []
    for i, n in enumerate(nodes):
        if isinstance(n.get("lat"), (int, float)) and isinstance(n.get("lon"), (int, float)):
            points.append([i, round(n["lat"], 5), round(n["lon"], 5)])
        code = iso_numeric(n.get("iso2"))
        if code:
            states.append([i, code])
    onto = ontology()
    spatial = sorted(name for name in onto if onto[name].has("spatial"))
    return {"points": points, "states": states, "spatial": spatial}
