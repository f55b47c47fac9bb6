"""What the explorer page carries: graph.json's content in a compact, columnar form plus the
layout computed in Python (graphx/layout.py), so a 50,000-actor graph is one file the browser
opens without simulating physics.

Every record is a list whose columns are named once (`node_fields`, `edge_fields`,
`evidence_fields`); actors, relations and documents are referred to by index. The page turns
the rows back into objects shaped like graph.json's.
"""
from __future__ import annotations

import networkx as nx

from graphx.graph import to_data
from graphx.explorer.colours import for_page
from graphx.explorer.layout import compute_layout
from graphx.explorer.map_data import map_data
from graphx.query.shapes import label
from graphx.query.tables import relation_id

NODE_FIELDS = ["id", "label", "type", "kind", "aliases", "roles", "mentions", "docs"]
EDGE_FIRST = ["source", "target", "relation", "trigger", "count", "modality", "confidence",
              "first_date", "last_date"]
EDGE_SKIP = {"key", "symmetric", "family", "evidence"}    # key = relation; the others per relation
EVIDENCE_FIRST = ["doc", "sentence", "start", "trigger_start", "trigger_end", "modality", "date", "pattern"]
EVIDENCE_SKIP = {"end", "trigger"}     # end = start + len(sentence); trigger = the marked slice
COLLAPSE_AT = 20_000                   # actors with relations beyond which communities start collapsed


def _columns(first: list[str], rows: list[dict], skip: set[str]) -> list[str]:
    return first + sorted({k for r in rows for k in r} - set(first) - skip)


def contested(G: nx.MultiDiGraph) -> list[list[str]]:
    """[edge id, why] for every relation another account disputes (graphx contradictions)."""
    from graphx.query.contradictions import DENIAL, contradictions
    out: dict[str, str] = {}
    for c in contradictions(G):
        a = relation_id(c.source, c.target, c.relation)
        b = relation_id(c.counter_source, c.counter_target, c.counter_relation)
        if c.kind == DENIAL:
            who = label(G, c.counter["said_by"]) if c.counter.get("said_by") in G else "another account"
            out.setdefault(a, f"denied by {who}")
        else:
            out.setdefault(a, f"{label(G, c.counter_source)} \u2500{c.counter_relation}\u2192 "
                              f"{label(G, c.counter_target)} at the same time")
            out.setdefault(b, f"{label(G, c.source)} \u2500{c.relation}\u2192 {label(G, c.target)} at the same time")
    return [[k, v] for k, v in sorted(out.items())]


def page_data(G: nx.MultiDiGraph, highlight: dict | None = None) -> dict:
    data = to_data(G)
    layout = compute_layout(G)
    meta = dict(data.get("graph") or {})
    documents = meta.pop("documents", None) or []
    docs: list[list] = [[d.get("id"), d.get("title"), d.get("date"), d.get("outlet")] for d in documents]
    doc_index = {d[0]: i for i, d in enumerate(docs)}

    def doc(name):
        if name not in doc_index:
            doc_index[name] = len(docs)
            docs.append([name, None, None, None])
        return doc_index[name]

    node_index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    node_fields = NODE_FIELDS + ["x", "y", "community", "degree"]
    nodes = []
    for n in data["nodes"]:
        x, y = layout.positions[n["id"]]
        row = [n.get(f) for f in NODE_FIELDS]
        row[NODE_FIELDS.index("docs")] = [doc(d) for d in n.get("docs") or []]
        nodes.append(row + [x, y, layout.community[n["id"]], layout.degree[n["id"]]])

    relations: list[dict] = []
    relation_index: dict[str, int] = {}
    evidence_rows = [ev for e in data["edges"] for ev in e.get("evidence") or []]
    edge_fields = _columns(EDGE_FIRST, data["edges"], EDGE_SKIP) + ["evidence"]
    evidence_fields = _columns(EVIDENCE_FIRST, evidence_rows, EVIDENCE_SKIP)
    edges = []
    for e in data["edges"]:
        rel = e.get("relation") or e.get("key")
        if rel not in relation_index:
            relation_index[rel] = len(relations)
            relations.append({"name": rel, "family": e.get("family"), "symmetric": bool(e.get("symmetric"))})
        values = {**e, "source": node_index[e["source"]], "target": node_index[e["target"]],
                  "relation": relation_index[rel]}
        row = [values.get(f) for f in edge_fields[:-1]]
        row.append([[doc(ev.get("doc")) if f == "doc" else ev.get(f) for f in evidence_fields]
                    for ev in e.get("evidence") or []])
        edges.append(row)

    return {"format": "graphx-page/1", "graph": meta, "docs": docs, "relations": relations,
            "node_fields": node_fields, "edge_fields": edge_fields, "evidence_fields": evidence_fields,
            "communities": layout.sizes, "collapse_at": COLLAPSE_AT, "colours": for_page(),
            "contested": contested(G), "geo": map_data(G, data["nodes"], data["edges"]),
            "highlight": highlight or {"nodes": [], "edges": [], "paths": []},
            "nodes": nodes, "edges": edges}
