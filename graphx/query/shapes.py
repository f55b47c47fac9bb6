"""What the query commands answer, as data: the graph of a period, hops and profiles as JSON
objects, the highlight of paths on the explorer, actors ranked. The CLI only prints these."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:                  # the CLI imports this at start: networkx only when a graph loads
    import networkx as nx

# What `graphx export --format` writes (export.py); here so that the CLI can list them cheaply.
EXPORT_FORMATS = ("graphml", "gexf", "csv", "cypher", "csv-tables", "parquet", "pyvis", "geojson")


def load_period(path, since: str | None = None, until: str | None = None, sources=None,
                by_id: bool = False) -> nx.MultiDiGraph:
    """The graph of `path`, restricted to the period and to the sources (a query.sources.Sources:
    who says it, how many documents and outlets back it) if they are given."""
    from graphx.graph import load_graph
    G = load_graph(path)
    if since or until:
        from graphx.query.timeline import in_period
        G = in_period(G, since, until)
    if sources:
        from graphx.query.sources import narrow
        G = narrow(G, sources, by_id)
    return G


def label(G: nx.MultiDiGraph, node: str) -> str:
    return G.nodes[node].get("label", node)


def speaker(G: nx.MultiDiGraph, ev: dict) -> str | None:
    """"Ashraf Ghani", "Mike Pompeo, via Ashraf Ghani": who an evidence is said by, or None."""
    if not ev.get("said_by") or ev["said_by"] not in G:
        return None
    via = [label(G, k) for k in ev.get("via", []) if k in G]
    return label(G, ev["said_by"]) + (f", via {', '.join(via)}" if via else "")


def place(G: nx.MultiDiGraph, ev: dict) -> str | None:
    """The label of where an evidence says the act happened, or None."""
    return label(G, ev["place"]) if ev.get("place") in G else None


def backing(data: dict) -> str | None:
    """"3 documents · 2 outlets" for a relation more than one document or any outlet backs."""
    docs, outlets = data.get("documents", 1), data.get("outlets", 0)
    if docs <= 1 and not outlets:
        return None
    return f"{docs} document{'s' * (docs != 1)} \u00b7 {outlets} outlet{'s' * (outlets != 1)}"


def hop_json(G: nx.MultiDiGraph, hop) -> dict:
    """One hop of a path (or a relation around an actor) as the JSON answers give it."""
    return {"source": hop.source, "source_label": label(G, hop.source),
            "target": hop.target, "target_label": label(G, hop.target),
            "relation": hop.relation, "forward": hop.forward,
            "trigger": hop.data.get("trigger"), "modality": hop.data.get("modality"),
            "confidence": hop.data.get("confidence"), "documents": hop.data.get("documents"),
            "outlets": hop.data.get("outlets"), "evidence": hop.data.get("evidence", [])}


def paths_json(G: nx.MultiDiGraph, a: str, b: str, found: list) -> dict:
    return {"from": a, "to": b, "paths": [[hop_json(G, h) for h in p] for p in found]}


def neighbors_json(G: nx.MultiDiGraph, a: str, found: list) -> dict:
    return {"actor": a, "neighbors": [dict(hop_json(G, h), distance=d) for d, h in found]}


def profile_json(G: nx.MultiDiGraph, a: str, hops: list) -> dict:
    return {"id": a, **G.nodes[a], "relations": [hop_json(G, h) for h in hops]}


def path_highlight(found: list) -> dict:
    """The nodes, edges and paths the explorer highlights for `graphx path --html`."""
    nodes = sorted({n for p in found for h in p for n in (h.source, h.target)})
    from graphx.query.tables import relation_id
    hops = [[relation_id(h.source, h.target, h.relation) for h in p] for p in found]
    return {"nodes": nodes, "edges": sorted({e for p in hops for e in p}), "paths": hops}


def actor_types(G: nx.MultiDiGraph) -> list[str]:
    """The actor types a graph has ("GPE", "ORG", "PERSON", …)."""
    return sorted({d.get("type") or "" for _, d in G.nodes(data=True)} - {""})


def ranked_actors(G: nx.MultiDiGraph, type_: str | None = None) -> list[tuple[str, dict]]:
    """The actors (of one type, any case), best connected first, then by label; a type the
    graph has none of is a GraphxError listing the types it has."""
    types = actor_types(G) if type_ else []
    if type_ and type_.upper() not in types:
        from graphx.errors import GraphxError
        raise GraphxError(f"no actor has type {type_!r}; the graph's types are: {', '.join(types)}")
    rows = [(n, d) for n, d in G.nodes(data=True) if not type_ or d.get("type", "").upper() == type_.upper()]
    rows.sort(key=lambda r: (-G.degree(r[0]), r[1].get("label", r[0]).lower()))
    return rows


def actors_json(G: nx.MultiDiGraph, rows: list[tuple[str, dict]]) -> list[dict]:
    return [{"id": n, **d, "degree": G.degree(n)} for n, d in rows]


def relations_json(rows: list) -> list[dict]:
    return [{"source": s, "target": t, **d} for s, t, d in rows]


def by_relation(hops: list) -> dict[str, list]:
    """Hops grouped by relation type, types in alphabetical order."""
    groups: dict[str, list] = {}
    for h in hops:
        groups.setdefault(h.relation, []).append(h)
    return {rel: groups[rel] for rel in sorted(groups)}
