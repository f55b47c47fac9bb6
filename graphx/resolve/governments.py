"""A leader's administration is their state's government: "the Biden administration",
"the Biden-Harris Administration" join the state the first-named leader is a member of
(by a member_of edge of the graph), so "the Biden administration sanctioned Russia" and
"the United States sanctioned Russia" draw one edge."""
from __future__ import annotations

import re

import networkx as nx

from graphx.resolve.groups import Groups
from graphx.resolve.names import PersonName, fold

_ADMINISTRATION = re.compile(r"^(?P<names>[\w.' ]+?(?:\s*[-–]\s*[\w.' ]+?)*)\s+administration$", re.I)


def resolve_administrations(G: nx.MultiDiGraph, groups: Groups) -> None:
    state_of: dict[str, str] = {}          # folded family name → the state its person belongs to
    for group, members in groups.members.items():
        states = {t for m in members for _, t, k in G.out_edges(m, keys=True)
                  if k == "member_of" and G.nodes[t].get("kind") == "country"}
        if len(states) != 1:
            continue
        state = states.pop()
        for m in members:
            data = G.nodes[m]
            if data.get("type") == "PERSON":
                state_of.setdefault(PersonName.parse(data.get("label", m)).surname, state)
    for node, data in list(G.nodes(data=True)):
        m = _ADMINISTRATION.match(data.get("label", ""))
        if not m or data.get("kind") or data.get("type") == "PERSON":
            continue
        first = re.split(r"\s*[-–]\s*", m.group("names"))[0]
        state = state_of.get(PersonName.parse(first).surname) if first else None
        if state and fold(first) not in ("the", "an", "a"):
            groups.join(state, node)
