"""Candidate duplicates for the analyst to review: pairs of actors that may be one.

Scored from three signals: how alike the names are (`rapidfuzz` on folded labels and, for
people, the name model: same family name with compatible given names, or a lone name that
could be several people's; one name transliterated two ways, "Zelenskyy" / "Zelenskiy"), how
many neighbours they share, and whether they hold the same role. Two bodies whose names differ
by a distinctive word each ("NBC News" / "ABC News", "Western District" / "Southern
District") are two; labels glued from a page's link card ("Jane DoeJane Ann Doe") are junk to
drop, not duplicates. Pairs are only compared inside blocks (same type, same first letters of
the last word), so a 50,000-actor graph is reviewed in seconds.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx
from rapidfuzz import fuzz

from graphx.resolve.names import PersonName, compatible, fold


@dataclass
class Candidate:
    a: str
    b: str
    label_a: str
    label_b: str
    score: float
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "label_a": self.label_a, "label_b": self.label_b,
                "score": round(self.score, 3), "reasons": self.reasons}


# Spellings one name takes in transliteration: compared after these (and doubled letters) fold.
TRANSLITERATION = (("iy", "y"), ("ii", "y"), ("yy", "y"), ("ph", "f"), ("ou", "u"), ("kh", "h"), ("dj", "j"))
_GLUED = re.compile(r"[a-z]([A-Z][a-z]+)")


def transliteration_key(label: str) -> str:
    """"Zelenskyy", "Zelenskiy" and "Zelensky" alike: one key."""
    key = fold(label)
    for a, b in TRANSLITERATION:
        key = key.replace(a, b)
    return re.sub(r"(.)\1", r"\1", key)


def is_glued_junk(label: str) -> bool:
    """A label glued from two names of a link card: one word ends with another of its words."""
    words = label.split()
    return any(m.group(1) in words or word[:m.start() + 1] in words
               for word in words for m in _GLUED.finditer(word))


def _last(label: str) -> str:
    words = fold(label).split()
    return words[-1] if words else ""


def _blocks(G: nx.MultiDiGraph) -> dict[tuple, list[str]]:
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for node, data in G.nodes(data=True):
        label = data.get("label", node)
        last = _last(label)
        if not last:
            continue
        kind = "PERSON" if data.get("type") == "PERSON" or len(label.split()) == 1 else data.get("type")
        blocks[(kind, last[:4])].append(node)
    return blocks


def _roles(data: dict) -> set[str]:
    return {fold(r).split()[-1] for r in data.get("roles", []) if r.split()}


def _neighbours(G: nx.MultiDiGraph, node: str) -> set[str]:
    return set(G.predecessors(node)) | set(G.successors(node))


def candidates(G: nx.MultiDiGraph, limit: int = 20, max_block: int = 400) -> list[Candidate]:
    found: list[Candidate] = []
    for block in _blocks(G).values():
        if len(block) < 2:
            continue
        block = sorted(block, key=lambda n: -G.nodes[n].get("mentions", 0))[:max_block]
        for a, b in combinations(block, 2):
            candidate = _score(G, a, b)
            if candidate is not None:
                found.append(candidate)
    found.sort(key=lambda c: (-c.score, c.label_a, c.label_b))
    return found[:limit]


def _score(G: nx.MultiDiGraph, a: str, b: str) -> Candidate | None:
    da, db = G.nodes[a], G.nodes[b]
    la, lb = da.get("label", a), db.get("label", b)
    if da.get("kind") and db.get("kind"):
        return None                      # two gazetteer actors are known to be two
    if is_glued_junk(la) or is_glued_junk(lb) or _distinct_bodies(da, db, la, lb):
        return None
    reasons = []
    similarity = fuzz.token_set_ratio(fold(la), fold(lb)) / 100
    if transliteration_key(la) == transliteration_key(lb):
        similarity, reasons = max(similarity, 0.95), ["one name spelt two ways"]
    if da.get("type") == "PERSON" or db.get("type") == "PERSON":
        pa, pb = PersonName.parse(la), PersonName.parse(lb)
        if pa.is_single != pb.is_single and (pa.surname in (pb.surname, *pb.words()[:1])
                                             or pb.surname in (pa.surname, *pa.words()[:1])):
            similarity, reasons = max(similarity, 0.85), ["a lone name of this person?"]
        elif not pa.is_single and not pb.is_single and not reasons:
            if compatible(pa, pb):
                similarity, reasons = max(similarity, 0.9), ["compatible names"]
            elif pa.surname == pb.surname:
                similarity = min(similarity, 0.5)    # same family, other given name: two people
    if similarity < 0.6:
        return None
    na, nb = _neighbours(G, a), _neighbours(G, b)
    shared = len(na & nb) / len(na | nb) if na | nb else 0.0
    same_role = bool(_roles(da) & _roles(db))
    if not reasons:
        reasons.append(f"names {similarity:.0%} alike")
    if shared:
        reasons.append(f"{len(na & nb)} shared neighbours")
    if same_role:
        reasons.append("same role: " + ", ".join(sorted(_roles(da) & _roles(db))))
    score = 0.65 * similarity + 0.2 * shared + 0.15 * same_role
    return Candidate(a, b, la, lb, score, reasons)


def _distinct_bodies(da: dict, db: dict, la: str, lb: str) -> bool:
    """Two bodies (not people) whose names each have a word the other lacks, and those words are
    not one word spelt two ways ("NBC News" / "ABC News"; not "Ministry of Defence/Defense")."""
    if "PERSON" in (da.get("type"), db.get("type")):
        return False
    wa, wb = set(fold(la).split()), set(fold(lb).split())
    only_a, only_b = wa - wb, wb - wa
    if not only_a or not only_b:
        return False
    return not any(fuzz.ratio(x, y) >= 80 for x in only_a for y in only_b)
