"""Time in queries: a graph cut to a period, and an actor's dated relations in order."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import networkx as nx

from graphx.dates import overlaps, period
from graphx.errors import GraphxError
from graphx.query.lookup import find_actor

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class PeriodError(GraphxError):
    """--since / --until is not a date."""


def _bound(value: str | None, name: str, end: bool) -> str | None:
    if not value:
        return None
    try:
        if not _DATE.match(value):
            raise ValueError
        date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        raise PeriodError(f"{name} {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY") from None
    return period(value)[1 if end else 0]


def in_period(G: nx.MultiDiGraph, since: str | None, until: str | None) -> nx.MultiDiGraph:
    """G with only the evidence dated in [since, until]; an edge without any is left out.
    Every actor stays (so a name still resolves, and "no path" means none in the period)."""
    from graphx.query.sources import with_evidence
    since, until = _bound(since, "--since", False), _bound(until, "--until", True)
    return with_evidence(G, lambda e, target, relation: overlaps(e.get("date"), since, until))


@dataclass
class Entry:
    date: str
    precision: str
    date_source: str
    source: str
    target: str
    relation: str
    modality: str
    sentence: str
    doc: str

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def timeline(G: nx.MultiDiGraph, actor: str, other: str | None = None, by_id: bool = False) -> list[Entry]:
    """The dated evidence of ACTOR's relations (with OTHER only, if given), oldest first."""
    a = find_actor(G, actor, by_id)
    b = find_actor(G, other, by_id) if other else None
    entries = []
    for u, v, data in list(G.out_edges(a, data=True)) + list(G.in_edges(a, data=True)):
        if b is not None and b not in (u, v):
            continue
        for e in data.get("evidence", []):
            if e.get("date"):
                entries.append(Entry(e["date"], e.get("date_precision", ""), e.get("date_source", ""),
                                     G.nodes[u].get("label", u), G.nodes[v].get("label", v),
                                     data["relation"], e.get("modality", data.get("modality", "")),
                                     e.get("sentence", ""), e.get("doc", "")))
    entries.sort(key=lambda x: (x.date, x.doc, x.source, x.relation))
    return entries
