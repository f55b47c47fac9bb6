"""Says who, and how many back it: the graph narrowed to what one actor says (`said_by`), to
what the text asserts in its own voice (`unattributed`), or to relations backed by enough
documents or outlets. Every query and export narrows the same way (`graphx … --said-by A
--min-outlets 2`); counts and dates are those of the evidence kept."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import networkx as nx

from graphx.dates import span
from graphx.graph import count_sources


@dataclass(frozen=True)
class Sources:
    said_by: str | None = None       # an actor name (looked up as every query does) or id
    unattributed: bool = False       # only evidence no one is said to have said
    min_documents: int = 0
    min_outlets: int = 0
    in_country: str | None = None    # only acts placed in this state (a name or id)
    near: str | None = None          # only acts placed within `km` of this place
    km: float = 50.0

    def __bool__(self) -> bool:
        return bool(self.said_by or self.unattributed or self.min_documents > 1 or self.min_outlets > 0
                    or self.in_country or self.near)


def with_evidence(G: nx.MultiDiGraph, keep: Callable[[dict, str, str], bool]) -> nx.MultiDiGraph:
    """G with only the evidence `keep(evidence, target, relation)` accepts; an edge without any
    is left out, every actor stays (so a name still resolves). Counts, dates, documents and
    outlets follow what is kept."""
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    for u, v, k, data in G.edges(keys=True, data=True):
        kept = [e for e in data.get("evidence", []) if keep(e, v, data["relation"])]
        if kept:
            edge = {key: value for key, value in data.items() if key not in ("first_date", "last_date")}
            dated = span(kept)
            if dated:
                edge["first_date"], edge["last_date"] = dated
            H.add_edge(u, v, key=k, **dict(edge, evidence=kept, count=len(kept)))
    count_sources(H)
    return H


def narrow(G: nx.MultiDiGraph, sources: Sources, by_id: bool = False) -> nx.MultiDiGraph:
    if not sources:
        return G
    speaker = None
    if sources.said_by:
        from graphx.query.lookup import find_actor
        speaker = find_actor(G, sources.said_by, by_id)
    located = _located(G, sources, by_id)
    H = with_evidence(G, lambda e, target, relation: (speaker is None or e.get("said_by") == speaker)
                      and not (sources.unattributed and e.get("said_by"))
                      and (located is None or located(e, target, relation)))
    weak = [(u, v, k) for u, v, k, d in H.edges(keys=True, data=True)
            if d["documents"] < sources.min_documents or d["outlets"] < sources.min_outlets]
    H.remove_edges_from(weak)
    return H


def _located(G: nx.MultiDiGraph, sources: Sources, by_id: bool):
    """The test of where an act happened that --in and --near ask for, or None."""
    if not (sources.in_country or sources.near):
        return None
    from graphx.errors import GraphxError
    from graphx.query.located import km_between, where_of
    from graphx.query.lookup import find_actor
    state = G.nodes[find_actor(G, sources.in_country, by_id)] if sources.in_country else None
    if state is not None and not state.get("iso2"):
        raise GraphxError(f"--in {sources.in_country!r}: {state.get('label')} is not a state with an ISO code")
    centre = G.nodes[find_actor(G, sources.near, by_id)] if sources.near else None
    if centre is not None and "lat" not in centre:
        raise GraphxError(f"--near {sources.near!r}: {centre.get('label')} has no coordinates")

    def test(ev: dict, target: str, relation: str) -> bool:
        node = where_of(G, target, relation, ev)
        data = G.nodes[node] if node else {}
        if state is not None and state["iso2"] not in (data.get("iso2"), data.get("country")):
            return False
        return centre is None or ("lat" in data and km_between(centre, data) <= sources.km)
    return test
