"""Questions asked of a graph: which actor is meant, how two actors connect, who is around one."""
from __future__ import annotations

import difflib
import itertools
from dataclasses import dataclass

import networkx as nx

from graphx.errors import ActorNotFound, AmbiguousActor
from graphx.names import name_key


def find_actor(G: nx.MultiDiGraph, name: str, by_id: bool = False) -> str:
    """The node a loosely written name means: id, label or alias, any case, with or without "the".

    Tiers, the first with any match wins: an id or label; an alias; a gazetteer form of a known
    actor ("U.S." → United States); whole words ("pompeo" → "Mike Pompeo"). Several equally
    good candidates are an AmbiguousActor listing them (type, mentions, id), none an
    ActorNotFound with suggestions. With `by_id`, `name` is a node id, exactly.
    """
    if by_id:
        if name in G:
            return name
        raise ActorNotFound(f"no actor has the id {name!r}.{_suggestions(G, name_key(name))}")
    wanted = name_key(name)
    if not wanted:
        raise ActorNotFound("an actor name is empty")
    for found in _tiers(G, name, wanted):
        if len(found) == 1:
            return found.pop()
        if len(found) > 1:
            ranked = sorted(found, key=lambda n: (-G.nodes[n].get("mentions", 0), n))
            listed = "; ".join(f"{G.nodes[n].get('label', n)} ({G.nodes[n].get('type') or '?'}, "
                               f"{G.nodes[n].get('mentions', 0)} mentions, id {n})" for n in ranked)
            raise AmbiguousActor(f"{name!r} matches several actors: {listed}. Pick one with --id ID")
    raise ActorNotFound(f"no actor matches {name!r}.{_suggestions(G, wanted)}")


def _tiers(G: nx.MultiDiGraph, name: str, wanted: str):
    """Candidate sets, best tier first (computed lazily: a label match skips the rest)."""
    nodes = list(G.nodes(data=True))
    yield {n for n, d in nodes if wanted in (name_key(n), name_key(d.get("label", n)))}
    yield {n for n, d in nodes if wanted in {name_key(a) for a in d.get("aliases", [])}}
    from graphx.knowledge import gazetteer
    known = gazetteer().lookup(name.strip())
    yield {known} if known in G else set()
    yield {n for n, d in nodes if any(wanted in form.split() or (" " in wanted and wanted in form)
                                      for form in _forms(n, d))}


def _forms(node: str, data: dict) -> set[str]:
    """The name keys an actor answers to: its id, label and aliases."""
    return {name_key(node), name_key(data.get("label", node))} | {name_key(a) for a in data.get("aliases", [])}


def _suggestions(G: nx.MultiDiGraph, wanted: str) -> str:
    """" Did you mean: …?" from names, aliases and their words (built only on a miss)."""
    names: dict[str, str] = {}
    for node, data in G.nodes(data=True):
        label = data.get("label", node)
        for form in _forms(node, data):
            names.setdefault(form, label)
            for word in form.split():
                names.setdefault(word, label)
    close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.6)
    labels = list(dict.fromkeys(names[c] for c in close))[:3]
    return f" Did you mean: {', '.join(labels)}?" if labels else ""


@dataclass
class Hop:
    """One step of a path, with the edge's true direction."""

    source: str
    target: str
    relation: str
    forward: bool          # True when the edge points along the path
    data: dict


# Hops count first; among equally short paths, prefer events over membership and weak evidence.
def _hop_cost(data: dict) -> float:
    return 1.0 + (0.01 if data.get("relation") == "member_of" else 0.0) \
        + 0.001 * (1.0 - float(data.get("confidence", 0.5)))


def _weight(u, v, edges: dict) -> float:
    return min(_hop_cost(d) for d in edges.values())


def _view(G: nx.MultiDiGraph, relations: set[str] | None, directed: bool):
    view = G
    if relations:
        view = nx.subgraph_view(G, filter_edge=lambda u, v, k: G.edges[u, v, k]["relation"] in relations)
    return view if directed else view.to_undirected(as_view=True)


def _best_edge(G: nx.MultiDiGraph, u: str, v: str, relations: set[str] | None,
               directed: bool) -> Hop:
    candidates = []
    for a, b, forward in ((u, v, True), (v, u, False)):
        if not forward and directed:
            continue
        if G.has_node(a) and G.has_node(b):
            for data in (G.get_edge_data(a, b) or {}).values():
                if relations and data["relation"] not in relations:
                    continue
                rank = (data.get("relation") == "member_of", -data.get("confidence", 0),
                        -data.get("count", 1), not forward)
                candidates.append((rank, Hop(a, b, data["relation"], forward, data)))
    candidates.sort(key=lambda c: c[0])
    return candidates[0][1]


def paths(G: nx.MultiDiGraph, a: str, b: str, k: int = 1, all_shortest: bool = False,
          max_hops: int | None = None, relations: list[str] | None = None,
          directed: bool = False) -> list[list[Hop]]:
    """Paths from a to b as hops; [] when none exists within the limits."""
    rels = set(relations) if relations else None
    view = _view(G, rels, directed)
    if a == b:
        return []
    try:
        if all_shortest:
            node_paths = list(nx.all_shortest_paths(view, a, b))
        elif k > 1:
            simple = nx.DiGraph() if directed else nx.Graph()
            for u, v, d in view.edges(data=True):
                cost = _hop_cost(d)
                if not simple.has_edge(u, v) or simple[u][v]["weight"] > cost:
                    simple.add_edge(u, v, weight=cost)
            node_paths = list(itertools.islice(nx.shortest_simple_paths(simple, a, b, weight="weight"), k))
        else:
            node_paths = [nx.shortest_path(view, a, b, weight=_weight)]
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []
    if max_hops is not None:
        node_paths = [p for p in node_paths if len(p) - 1 <= max_hops]
    return [[_best_edge(G, u, v, rels, directed) for u, v in itertools.pairwise(p)] for p in node_paths]


def neighbors(G: nx.MultiDiGraph, a: str, depth: int = 1,
              relations: list[str] | None = None) -> list[tuple[int, Hop]]:
    """(distance, hop) for every edge reaching out from `a` up to `depth` hops."""
    rels = set(relations) if relations else None
    seen, frontier, out = {a}, [a], []
    for distance in range(1, depth + 1):
        nxt = []
        for u in frontier:
            edges = [(u, v, d, True) for _, v, d in G.out_edges(u, data=True)] + \
                    [(w, u, d, False) for w, _, d in G.in_edges(u, data=True)]
            for s, t, d, forward in edges:
                if rels and d["relation"] not in rels:
                    continue
                other = t if forward else s
                out.append((distance, Hop(s, t, d["relation"], forward, d)))
                if other not in seen:
                    seen.add(other)
                    nxt.append(other)
        frontier = nxt
    return out


def relations_of(G: nx.MultiDiGraph, relation: str | None = None, actor: str | None = None):
    """Edges as (source, target, data), optionally of one type or touching one actor."""
    for s, t, d in G.edges(data=True):
        if relation and d["relation"] != relation:
            continue
        if actor and actor not in (s, t):
            continue
        yield s, t, d


def subgraph(G: nx.MultiDiGraph, actors: list[str], hops: int = 1,
             relations: list[str] | None = None) -> nx.MultiDiGraph:
    """The actors (ids) and everything within `hops` relations of them, with every relation
    among those actors (of the given types only, if any): a neighbourhood to draw or export."""
    keep = set(actors)
    for a in actors:
        keep.update(n for _, h in neighbors(G, a, hops, relations) for n in (h.source, h.target))
    H = G.subgraph(keep).copy()
    if relations:
        H.remove_edges_from([(s, t, k) for s, t, k, d in H.edges(keys=True, data=True)
                             if d["relation"] not in relations])
    return H


def neighbourhood(G: nx.MultiDiGraph, names: list[str], depth: int = 1, by_id: bool = False) -> nx.MultiDiGraph:
    """`subgraph` of the actors the names name (looked up as every query does); G when none."""
    if not names:
        return G
    return subgraph(G, [find_actor(G, name, by_id) for name in names], depth)
