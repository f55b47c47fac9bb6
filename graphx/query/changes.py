"""What changed: between two builds of a corpus (actors and relations added or removed,
relations with more or less evidence), or between two periods of one graph (relations new in
the second, vanished, strengthened, weakened) — ranked by evidence, with the sentences of what
is new. Relations are compared by (source, target, relation); actor ids are stable slugs."""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from graphx.errors import GraphxError
from graphx.query.timeline import in_period

ADDED, REMOVED, STRONGER, WEAKER = "added", "removed", "strengthened", "weakened"
ORDER = {ADDED: 0, STRONGER: 1, WEAKER: 2, REMOVED: 3}


@dataclass
class Change:
    kind: str
    source: str
    target: str
    relation: str
    before: int                  # evidence in the first graph or period
    after: int
    new: list[dict] = field(default_factory=list)     # evidence only the second has

    def as_dict(self, labels: dict[str, str]) -> dict:
        return {"kind": self.kind, "source": self.source, "source_label": labels.get(self.source, self.source),
                "target": self.target, "target_label": labels.get(self.target, self.target),
                "relation": self.relation, "before": self.before, "after": self.after, "new_evidence": self.new}


@dataclass
class Changes:
    actors_added: list[str]
    actors_removed: list[str]
    relations: list[Change]
    labels: dict[str, str]

    def as_dict(self) -> dict:
        name = lambda ids: [{"id": k, "label": self.labels.get(k, k)} for k in ids]   # noqa: E731
        return {"actors_added": name(self.actors_added), "actors_removed": name(self.actors_removed),
                "relations": [c.as_dict(self.labels) for c in self.relations]}


def _mark(e: dict) -> tuple:
    return e.get("doc"), e.get("start"), e.get("trigger_start")


def _edges(G: nx.MultiDiGraph) -> dict[tuple, list[dict]]:
    return {(s, t, d["relation"]): d.get("evidence") or [] for s, t, d in G.edges(data=True)}


def compare(A: nx.MultiDiGraph, B: nx.MultiDiGraph, actors: bool = True, by_count: bool = False) -> Changes:
    """B against A: what B adds, loses, backs more or less (`by_count`: as many sentences is no
    change, as between periods, whose evidence never overlaps)."""
    before, after = _edges(A), _edges(B)
    changes = []
    for key in before.keys() | after.keys():
        old, new = before.get(key, []), after.get(key, [])
        if len(old) == len(new) and (by_count or {_mark(e) for e in old} == {_mark(e) for e in new}):
            continue
        kind = ADDED if not old else REMOVED if not new else STRONGER if len(new) >= len(old) else WEAKER
        seen = {_mark(e) for e in old}
        changes.append(Change(kind, *key, len(old), len(new), [e for e in new if _mark(e) not in seen]))
    changes.sort(key=lambda c: (ORDER[c.kind], -abs(c.after - c.before), -c.after, c.source, c.target, c.relation))
    labels = {n: d.get("label", n) for G in (A, B) for n, d in G.nodes(data=True)}
    added = sorted(set(B) - set(A), key=lambda n: -B.degree(n)) if actors else []
    removed = sorted(set(A) - set(B), key=lambda n: -A.degree(n)) if actors else []
    return Changes(added, removed, changes, labels)


def bounds(text: str) -> tuple[str, str]:
    """"2019", "2019-09", "2019-01..2019-06" → (since, until)."""
    since, _, until = (text or "").partition("..")
    if not since.strip():
        raise GraphxError(f"period {text!r}: give YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO")
    return since.strip(), (until or since).strip()


def compare_periods(G: nx.MultiDiGraph, first: str, second: str) -> Changes:
    """The relations of the second period against the first (actors are the same graph's)."""
    return compare(in_period(G, *bounds(first)), in_period(G, *bounds(second)), actors=False, by_count=True)
