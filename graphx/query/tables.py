"""The graph as three flat tables — actors, relations, evidence — one row per item, for
DataFrames (`graphx.load(...).relations()`), Parquet and CSV exports.

Pure Python: rows are dicts whose columns are declared once here with their kind, so every
consumer (pandas, pyarrow, csv) gets the same columns in the same order and types. A relation is
keyed by `relation_id` = "source|target|relation" (the explorer's edge id); evidence rows carry it.
Evidence fields that later stages add (said_by, outlet, place …) become extra columns when present.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import networkx as nx

# (column, kind); kinds: str, int, float, bool, list (of str)
ACTOR_COLUMNS = (("id", "str"), ("label", "str"), ("type", "str"), ("kind", "str"),
                 ("aliases", "list"), ("roles", "list"), ("mentions", "int"),
                 ("documents", "int"), ("degree", "int"), ("iso2", "str"), ("iso3", "str"), ("wikidata", "str"),
                 ("lat", "float"), ("lon", "float"), ("geonames", "int"), ("country", "str"))
RELATION_COLUMNS = (("relation_id", "str"), ("source", "str"), ("source_label", "str"),
                    ("target", "str"), ("target_label", "str"), ("relation", "str"),
                    ("family", "str"), ("symmetric", "bool"), ("modality", "str"),
                    ("confidence", "float"), ("evidence", "int"), ("documents", "int"), ("outlets", "int"),
                    ("first_date", "str"), ("last_date", "str"), ("date", "str"),
                    ("trigger", "str"), ("role", "str"))
EVIDENCE_COLUMNS = (("relation_id", "str"), ("source", "str"), ("target", "str"),
                    ("relation", "str"), ("doc", "str"), ("date", "str"),
                    ("date_precision", "str"), ("date_source", "str"), ("modality", "str"),
                    ("pattern", "str"), ("trigger", "str"), ("sentence", "str"),
                    ("start", "int"), ("end", "int"), ("trigger_start", "int"), ("trigger_end", "int"))
TABLES = ("actors", "relations", "evidence")
_KIND_OF = {int: "int", float: "float", bool: "bool", list: "list", tuple: "list"}
_CAST = {"str": str, "int": int, "float": float, "bool": bool, "list": lambda v: [str(x) for x in v]}


def relation_id(source: str, target: str, relation: str) -> str:
    return f"{source}|{target}|{relation}"


def _cast(value, form: str):
    if value is None:
        return None
    if form == "list" and not isinstance(value, (list, tuple, set)):
        value = [value]
    return _CAST[form](value)


def _typed(row: dict, columns) -> dict:
    return {name: _cast(row.get(name), kind) for name, kind in columns}


def actor_rows(G: nx.MultiDiGraph) -> Iterator[dict]:
    for n, d in G.nodes(data=True):
        yield _typed({**d, "id": n, "label": d.get("label", n), "documents": len(d.get("docs") or []),
                      "degree": G.degree(n)}, ACTOR_COLUMNS)


def relation_rows(G: nx.MultiDiGraph) -> Iterator[dict]:
    for s, t, d in G.edges(data=True):
        ev = d.get("evidence") or []
        yield _typed({**d, "relation_id": relation_id(s, t, d["relation"]), "source": s, "target": t,
                      "source_label": G.nodes[s].get("label", s), "target_label": G.nodes[t].get("label", t),
                      "evidence": len(ev), "documents": len({e.get("doc") for e in ev}),
                      "outlets": d.get("outlets", 0)},
                     RELATION_COLUMNS)


def evidence_columns(G: nx.MultiDiGraph) -> tuple[tuple[str, str], ...]:
    """The evidence columns of this graph: the declared ones, then any others its evidence has."""
    known = {name for name, _ in EVIDENCE_COLUMNS}
    extra: dict[str, str] = {}
    for _, _, d in G.edges(data=True):
        for e in d.get("evidence") or []:
            for k, v in e.items():
                if k not in known and v is not None and k not in extra:
                    extra[k] = _KIND_OF.get(type(v), "str")
    return EVIDENCE_COLUMNS + tuple(sorted(extra.items()))


def evidence_rows(G: nx.MultiDiGraph, columns=None) -> Iterator[dict]:
    columns = columns or evidence_columns(G)
    for s, t, d in G.edges(data=True):
        rid = relation_id(s, t, d["relation"])
        for e in d.get("evidence") or []:
            yield _typed({**e, "relation_id": rid, "source": s, "target": t, "relation": d["relation"]},
                         columns)


def table(G: nx.MultiDiGraph, name: str) -> tuple[tuple[tuple[str, str], ...], list[dict]]:
    """(columns, rows) of one of TABLES."""
    if name == "actors":
        return ACTOR_COLUMNS, list(actor_rows(G))
    if name == "relations":
        return RELATION_COLUMNS, list(relation_rows(G))
    if name == "evidence":
        columns = evidence_columns(G)
        return columns, list(evidence_rows(G, columns))
    raise ValueError(f"unknown table {name!r}; the tables are {', '.join(TABLES)}")
