"""Exports for the tools users grow into: Gephi (GraphML, GEXF), Neo4j (CSV, Cypher), pandas /
polars / DuckDB / spreadsheets (Parquet or CSV tables, table_files.py) and pyvis (a drawing)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from graphx.errors import OutputError
from graphx.graph import write_atomic
from graphx.query.shapes import EXPORT_FORMATS

FORMATS = EXPORT_FORMATS
PYVIS_MAX_ACTORS = 2_000


def _flat(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML/GEXF take scalars only: lists and evidence become strings."""
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _scalar(v) for k, v in d.items() if v is not None})
    for s, t, k, d in G.edges(keys=True, data=True):
        flat = {key: _scalar(v) for key, v in d.items() if key != "evidence" and v is not None}
        ev = d.get("evidence") or []
        flat["evidence"] = " | ".join(e.get("sentence", "") for e in ev)
        flat["documents"] = ";".join(sorted({str(e.get("doc")) for e in ev}))
        H.add_edge(s, t, key=k, **flat)
    return H


def _scalar(v):
    if isinstance(v, (list, tuple, set)):
        return ";".join(str(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return v


def export(G: nx.MultiDiGraph, fmt: str, out: str | Path) -> list[Path]:
    """Write G in `fmt`; returns the files written. csv writes a folder of two files, parquet and
    csv-tables a folder of three (actors, relations, evidence)."""
    out = Path(out)
    if fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(_flat(G), buf)
        write_atomic(out, buf.getvalue().decode("utf-8"))
        return [out]
    if fmt == "gexf":
        buf = io.BytesIO()
        nx.write_gexf(_flat(G), buf)
        write_atomic(out, buf.getvalue().decode("utf-8"))
        return [out]
    if fmt == "csv":
        return _neo4j_csv(G, out)
    if fmt == "cypher":
        write_atomic(out, cypher(G, out.name))
        return [out]
    if fmt in ("parquet", "csv-tables"):
        from graphx.query.table_files import write_tables
        return write_tables(G, fmt, out)
    if fmt == "pyvis":
        return _pyvis(G, out)
    if fmt == "geojson":
        from graphx.query.located import geojson
        write_atomic(out, json.dumps(geojson(G), ensure_ascii=False))
        return [out]
    raise OutputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _pyvis(G: nx.MultiDiGraph, out: Path) -> list[Path]:
    if G.number_of_nodes() > PYVIS_MAX_ACTORS:
        raise OutputError(f"{G.number_of_nodes():,} actors are too many for a pyvis page (it simulates "
                          f"physics; at most {PYVIS_MAX_ACTORS:,}): pick a neighbourhood with --actor NAME "
                          f"--depth 1, or open graph.html")
    from graphx.explorer.pyvis_view import pyvis_html
    write_atomic(out, pyvis_html(G))
    return [out]


def _neo4j_csv(G: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """nodes.csv and relationships.csv in the header layout `neo4j-admin database import` reads."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} exists and is not a folder (csv export writes a folder)")
    if folder.suffix.lower() == ".csv" and not folder.exists():
        raise OutputError(f"csv export writes a folder of two files (nodes.csv, relationships.csv), "
                          f"not one file {folder.name}: give a folder, e.g. --out {folder.with_suffix('')}/")
    nodes, rels = io.StringIO(), io.StringIO()
    w = csv.writer(nodes)
    w.writerow(["id:ID", "label", "type", "aliases:string[]", "roles:string[]", "mentions:int",
                "iso2", "iso3", "wikidata", ":LABEL"])
    for n, d in G.nodes(data=True):
        w.writerow([n, d.get("label", n), d.get("type", ""), ";".join(d.get("aliases", [])),
                    ";".join(d.get("roles", [])), d.get("mentions", 0), d.get("iso2", ""), d.get("iso3", ""),
                    d.get("wikidata", ""), f"Actor;{d.get('type') or 'Actor'}"])
    w = csv.writer(rels)
    w.writerow([":START_ID", ":END_ID", ":TYPE", "trigger", "modality", "confidence:float",
                "count:int", "evidence:string[]", "documents:string[]"])
    for s, t, d in G.edges(data=True):
        ev = d.get("evidence") or []
        w.writerow([s, t, d["relation"].upper(), d.get("trigger", ""), d.get("modality", ""),
                    d.get("confidence", ""), d.get("count", 1),
                    ";".join(e.get("sentence", "").replace(";", ",") for e in ev),
                    ";".join(sorted({str(e.get("doc")) for e in ev}))])
    a, b = folder / "nodes.csv", folder / "relationships.csv"
    write_atomic(a, nodes.getvalue())
    write_atomic(b, rels.getvalue())
    return [a, b]


def _cypher_str(s) -> str:
    return "'" + str(s).replace("\\", "\\\\").replace("'", "\\'").replace("\n", " ") + "'"


def cypher(G: nx.MultiDiGraph, name: str = "graph.cypher") -> str:
    """A script for cypher-shell (written as `name`): MERGE every actor, then every relation
    with its evidence."""
    lines = [f"// graphx export: run with  cypher-shell -f {name}",
             "CREATE CONSTRAINT graphx_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;"]
    for n, d in G.nodes(data=True):
        aliases = "[" + ", ".join(_cypher_str(a) for a in d.get("aliases", [])) + "]"
        codes = "".join(f", a.{k} = {_cypher_str(d[k])}" for k in ("iso2", "iso3", "wikidata") if d.get(k))
        lines.append(f"MERGE (a:Actor {{id: {_cypher_str(n)}}}) SET a.label = {_cypher_str(d.get('label', n))}, "
                     f"a.type = {_cypher_str(d.get('type', ''))}, a.aliases = {aliases}{codes};")
    for s, t, d in G.edges(data=True):
        ev = "[" + ", ".join(_cypher_str(e.get("sentence", "")) for e in d.get("evidence") or []) + "]"
        rel = "".join(c for c in d["relation"].upper() if c.isalnum() or c == "_")
        lines.append(f"MATCH (s:Actor {{id: {_cypher_str(s)}}}), (t:Actor {{id: {_cypher_str(t)}}}) "
                     f"MERGE (s)-[r:{rel}]->(t) SET r.trigger = {_cypher_str(d.get('trigger', ''))}, "
                     f"r.modality = {_cypher_str(d.get('modality', ''))}, "
                     f"r.confidence = {d.get('confidence', 0)}, r.evidence = {ev};")
    return "\n".join(lines) + "\n"
