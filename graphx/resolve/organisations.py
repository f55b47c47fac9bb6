"""States and organisations across documents: one node for "U.S", "US" and "United States",
for "the Department of the Treasury" and "Treasury Department", for "FEMA" and the
"Federal Emergency Management Agency" it abbreviates."""
from __future__ import annotations

import re
from collections import defaultdict

import networkx as nx

from graphx.knowledge import gazetteer
from graphx.resolve.names import fold
from graphx.resolve.groups import Groups

STOP_INITIALS = {"of", "for", "on", "and", "the", "to", "in", "at", "&"}
_BODY = re.compile(r"^(?:the )?(department|ministry|office|bureau) (?:of|for) (?:the )?(.+)$")


def organisation_form(label: str) -> str:
    """"Department of the Treasury" and "Treasury Department" → "treasury department"."""
    folded = re.sub(r"\s+", " ", fold(label))
    m = _BODY.match(folded)
    return f"{m.group(2)} {m.group(1)}" if m else folded


def initials(label: str) -> str:
    words = re.split(r"[\s-]+", label)
    return "".join(w[0] for w in words if w and w.lower() not in STOP_INITIALS).upper()


def _is_acronym(label: str) -> bool:
    return label.isupper() and label.replace(".", "").isalpha() and 2 <= len(label.replace(".", "")) <= 8


def resolve_organisations(G: nx.MultiDiGraph, groups: Groups) -> None:
    gaz = gazetteer()
    for node, data in list(G.nodes(data=True)):
        if data.get("kind"):
            continue
        entry_id = gaz.lookup(data.get("label", node))     # "U.S" written without its last dot
        if entry_id and entry_id != node:
            if entry_id not in G:
                entry = gaz.entries[entry_id]
                G.add_node(entry_id, label=entry.name, type=entry.type, kind=entry.kind,
                           aliases=[entry.name], roles=[], mentions=0, docs=[])
                groups.add(entry_id)
            groups.join(entry_id, node)
    orgs = [n for n, d in G.nodes(data=True) if d.get("type") in ("ORG", "NORP", "GPE", "FAC")]
    by_form: dict[str, list[str]] = defaultdict(list)
    for node in orgs:
        by_form[organisation_form(G.nodes[node].get("label", node))].append(node)
    for nodes in by_form.values():
        for other in nodes[1:]:
            groups.join(nodes[0], other)
    by_initials: dict[str, set[int]] = defaultdict(set)
    for node in orgs:
        label = G.nodes[node].get("label", node)
        if len(label.split()) >= 2:
            by_initials[initials(label)].add(groups.group_of[node])
    for node in orgs:
        label = G.nodes[node].get("label", node)
        if not _is_acronym(label) or G.nodes[node].get("kind"):
            continue
        owners = {g for g in by_initials.get(label.replace(".", ""), ()) if g in groups.members}
        owners.discard(groups.group_of[node])
        if len(owners) == 1:
            groups.join(groups.members[owners.pop()][0], node)
