"""Where accounts disagree: an act one source asserts and another denies ("Kenya said Uganda
attacked Somalia" / "Uganda denied attacking Somalia"), and opposite relations between the same
two actors close in time (agrees vs rejects, supports vs criticizes, cooperates vs attacks —
the pairs are data: ontology.toml's [opposites]). Both sentences and both speakers are kept."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

import networkx as nx

from graphx.dates import period
from graphx.errors import GraphxError
from graphx.knowledge import ontology, opposites

UNITS = {"d": 1, "w": 7, "m": 30, "y": 365}
DENIAL, OPPOSITE = "denial", "opposite"
NOT_CLAIMS = ("negated", "hypothetical")      # what an account that something happened is not


@dataclass
class Contradiction:
    kind: str                   # DENIAL: one act claimed and denied; OPPOSITE: opposite relations
    source: str
    target: str
    relation: str
    claim: dict                 # the evidence that says it happened
    counter: dict               # the evidence that denies it, or the opposite relation's
    counter_relation: str
    counter_source: str
    counter_target: str

    def as_dict(self, G: nx.MultiDiGraph) -> dict:
        label = lambda k: G.nodes[k].get("label", k) if k in G else k   # noqa: E731
        return {"kind": self.kind, "source": self.source, "source_label": label(self.source),
                "target": self.target, "target_label": label(self.target), "relation": self.relation,
                "claim": self.claim, "claim_said_by": label(self.claim.get("said_by")),
                "counter_relation": self.counter_relation, "counter_source": self.counter_source,
                "counter_target": self.counter_target, "counter": self.counter,
                "counter_said_by": label(self.counter.get("said_by"))}


def window_days(text: str) -> int:
    """"30d", "2w", "6m", "1y" → days; anything else is one GraphxError line."""
    m = re.fullmatch(r"\s*(\d{1,5})\s*([dwmy])\s*", text or "")
    if not m:
        raise GraphxError(f"--window {text!r}: give a number and a unit, e.g. 30d, 2w, 6m or 1y")
    return int(m.group(1)) * UNITS[m.group(2)]


def contradictions(G: nx.MultiDiGraph, actor: str | None = None, window: int = 30) -> list[Contradiction]:
    """Disagreements touching `actor` (an id) or anywhere, the best backed first."""
    found = []
    for s, t, data in G.edges(data=True):
        if actor and actor not in (s, t):
            continue
        found += _denials(s, t, data)
        found += _opposites(G, s, t, data, window)
    found.sort(key=lambda c: (-_weight(G, c), c.source, c.target, c.relation))
    return found


def _denials(s: str, t: str, data: dict) -> list[Contradiction]:
    """A claim, and a denial by one of the parties ("Uganda denied attacking Somalia") that is
    not the claim's own speaker (a party saying what it did not do is no other account)."""
    claims = [e for e in data["evidence"] if e.get("modality") not in NOT_CLAIMS]
    denials = [e for e in data["evidence"] if e.get("modality") == "negated" and e.get("said_by") in (s, t)]
    out = []
    for d in denials:
        other = next((c for c in claims if c.get("said_by") != d["said_by"]), None)
        if other is not None:
            out.append(Contradiction(DENIAL, s, t, data["relation"], other, d, data["relation"], s, t))
    return out


def _opposites(G: nx.MultiDiGraph, s: str, t: str, data: dict, window: int) -> list[Contradiction]:
    """The opposite relation between the same actors, each side told as having happened,
    dated within `window` days of each other (written once per pair, from the first relation)."""
    opposite = opposites().get(data["relation"])
    if opposite is None or data["relation"] > opposite:
        return []
    ends = [(s, t)] + ([(t, s)] if data.get("symmetric") or ontology()[opposite].symmetric else [])
    out = []
    for u, v in ends:
        if not G.has_edge(u, v, opposite):
            continue
        pair = _close_in_time(_claims(data), _claims(G.edges[u, v, opposite]), window)
        if pair:
            out.append(Contradiction(OPPOSITE, s, t, data["relation"], pair[0], pair[1], opposite, u, v))
    return out


def _claims(data: dict) -> list[dict]:
    return [e for e in data["evidence"] if e.get("modality") not in NOT_CLAIMS and e.get("date")]


def _days(value: str) -> tuple[date, date]:
    """The first and last day a date of any precision covers."""
    first, last = period(value)
    if len(value) == 7:                   # period() closes a month with "-31" for comparisons
        year, month = int(value[:4]), int(value[5:7])
        last = f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return date.fromisoformat(first), date.fromisoformat(last)


def _close_in_time(claims: list[dict], others: list[dict], window: int) -> tuple[dict, dict] | None:
    """Two accounts — other documents or other speakers — dated within `window` days (one
    document saying both is nuance or a misreading, not a disagreement between sources)."""
    for a in claims:
        a0, a1 = _days(a["date"])
        for b in others:
            if a.get("doc") == b.get("doc") and a.get("said_by") == b.get("said_by"):
                continue
            b0, b1 = _days(b["date"])
            if (b0 - a1).days <= window and (a0 - b1).days <= window:
                return a, b
    return None


def _weight(G: nx.MultiDiGraph, c: Contradiction) -> int:
    return G.edges[c.source, c.target, c.relation].get("count", 1) + \
        G.edges[c.counter_source, c.counter_target, c.counter_relation].get("count", 1)
