"""Where the explorer draws each actor, computed once in Python so the browser never runs
physics: communities (networkx's Louvain) and positions.

Each community gets a disc whose area grows with its size; the discs are placed by a spring
layout of the community graph (communities that share relations sit near each other) and
pushed apart until none overlap; inside its disc, a community is laid out by a spring layout of
its own relations (a sunflower by degree, hubs in the middle, when it is too large for that).
Actors without relations are placed on a ring outside everything, hidden by default.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
import numpy as np

SEED = 7
SPRING_MAX = 600          # a community larger than this is laid out as a sunflower by degree
COMMUNITY_SPRING_MAX = 1500
DISC = 12.0                          # a community's disc radius is DISC × √members
SMALL_RADIUS = math.sqrt(3) * DISC   # loose pieces of one community of up to three actors
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


@dataclass(frozen=True)
class Layout:
    positions: dict[str, tuple[float, float]]
    community: dict[str, int]          # actor -> community index (0 = largest); -1 = no relation
    sizes: list[int]                   # members per community
    degree: dict[str, int]             # actor -> related actors (itself not counted)


def relation_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """The undirected actor graph, weighted by evidence, without self-loops."""
    H = nx.Graph()
    for s, t, d in G.edges(data=True):
        if s == t:
            continue
        w = max(1, int(d.get("count", 1) or 1))
        if H.has_edge(s, t):
            H[s][t]["weight"] += w
        else:
            H.add_edge(s, t, weight=w)
    return H


def communities(H: nx.Graph) -> list[list[str]]:
    """Louvain communities, largest first, each sorted by degree (hub first). Deterministic:
    Louvain walks sets, and sets of strings iterate in a per-process order, so it runs on
    integer nodes numbered in sorted order."""
    if not H.number_of_edges():
        return []
    names = sorted(H.nodes, key=str)
    number = {n: i for i, n in enumerate(names)}
    numbered = nx.Graph()
    numbered.add_nodes_from(range(len(names)))
    numbered.add_weighted_edges_from(sorted((min(number[s], number[t]), max(number[s], number[t]), d["weight"])
                                            for s, t, d in H.edges(data=True)))
    found = [[names[i] for i in c] for c in nx.community.louvain_communities(numbered, weight="weight", seed=SEED)]
    ordered = [sorted(c, key=lambda n: (-H.degree(n), str(n))) for c in found]
    ordered.sort(key=lambda c: (-len(c), str(c[0])))
    return ordered


def sunflower(n: int) -> np.ndarray:
    """n points filling the unit disc evenly, the first in the middle."""
    if n == 0:
        return np.zeros((0, 2))
    i = np.arange(n)
    r = np.sqrt((i + 0.5) / n)
    theta = i * GOLDEN_ANGLE
    return np.column_stack([r * np.cos(theta), r * np.sin(theta)])


def _induced(H: nx.Graph, members: list) -> nx.Graph:
    """The subgraph on `members`, its nodes and edges in their order (networkx's subgraph view
    may iterate a set of the nodes, whose order changes from one process to the next)."""
    inside = set(members)
    S = nx.Graph()
    S.add_nodes_from(members)
    S.add_edges_from((u, v, H[u][v]) for u in members for v in H[u] if v in inside)
    return S


def _inside(H: nx.Graph, members: list[str], turn: float = 0.0) -> np.ndarray:
    """Positions of a community's members in the unit disc (a pair or triple turned by `turn`,
    so that neighbouring pairs do not line up into false chains)."""
    if len(members) == 1:
        return np.zeros((1, 2))
    if len(members) <= 3:               # a pair or a triple: no layout to compute
        angles = turn + np.arange(len(members)) * 2 * math.pi / len(members)
        return np.column_stack([np.cos(angles), np.sin(angles)])
    if len(members) > SPRING_MAX:
        return sunflower(len(members))
    pos = nx.spring_layout(_induced(H, members), weight=None, seed=SEED, iterations=60)
    xy = np.array([pos[m] for m in members], dtype=float)
    xy -= xy.mean(axis=0)
    radius = np.sqrt((xy ** 2).sum(axis=1)).max()
    return xy / radius if radius > 0 else xy


def _community_graph(H: nx.Graph, groups: list[list[str]]) -> nx.Graph:
    index = {m: i for i, g in enumerate(groups) for m in g}
    C = nx.Graph()
    C.add_nodes_from(range(len(groups)))
    for s, t, d in H.edges(data=True):
        a, b = index[s], index[t]
        if a != b:
            C.add_edge(a, b, weight=C.get_edge_data(a, b, {"weight": 0})["weight"] + d["weight"])
    return C


def _centres(H: nx.Graph, groups: list[list[str]], radii: np.ndarray) -> np.ndarray:
    """Disc centres: a connected set of communities is laid out by a spring layout (those that
    share relations sit near each other) without overlaps; the sets are then packed around the
    largest, nearest the middle first, so small unconnected pieces do not ring the picture."""
    C = _community_graph(H, groups)
    xy = np.zeros((len(groups), 2))
    pieces = []
    for part in sorted(nx.connected_components(C), key=lambda p: (-float(radii[list(p)].sum()), min(p))):
        part = sorted(part)
        if len(part) == 1:
            local = np.zeros((1, 2))
        else:
            if len(part) <= COMMUNITY_SPRING_MAX:
                pos = nx.spring_layout(_induced(C, part), seed=SEED, iterations=80)
                local = np.array([pos[i] for i in part], dtype=float) * (radii[part].sum() / 4 + 1)
            else:
                local = sunflower(len(part)) * math.sqrt(float((radii[part] ** 2).sum())) * 1.6
            local = _separate(local, radii[part])
        local -= local.mean(axis=0)
        pieces.append((part, local))
    # Many small loose pieces (pairs, triples) are laid out at once around the rest; searching
    # a free spot for each would cost thousands of searches on a large corpus.
    small, large = [], []
    for part, local in pieces:
        if len(part) == 1 and radii[part[0]] <= SMALL_RADIUS:
            small.append(part[0])
        else:
            large.append((part, local))
    placed_xy, placed_r = np.zeros((0, 2)), np.zeros(0)
    reached = 0.0
    for part, local in large:
        # Pieces come largest first: each search starts a little inside where the last fitted.
        centre, reached = _free_spot(local, radii[part], placed_xy, placed_r, start=0.8 * reached)
        xy[part] = local + centre
        placed_xy, placed_r = np.vstack([placed_xy, xy[part]]), np.concatenate([placed_r, radii[part]])
    if small:
        spacing = 2 * float(radii[small].max()) + 2.0
        xy[small] = free_cells(len(small), placed_xy, placed_r, spacing)
    return xy


def free_cells(n: int, placed: np.ndarray, placed_r: np.ndarray, spacing: float) -> np.ndarray:
    """Centres of the n grid cells (`spacing` wide) nearest the middle that no placed disc
    covers: small pieces fill the gaps around and between the larger ones."""
    extent = float(np.max(np.sqrt((placed ** 2).sum(axis=1)) + placed_r)) if len(placed_r) else 0.0
    half = math.ceil((extent + spacing * math.sqrt(n) * 1.2) / spacing) + 1
    axis = np.arange(-half, half + 1) * spacing
    free = np.ones((len(axis), len(axis)), dtype=bool)           # [row = y, column = x]
    for (x, y), r in zip(placed, placed_r):
        reach = r + spacing / 2
        lo_x, hi_x = np.searchsorted(axis, [x - reach, x + reach])
        lo_y, hi_y = np.searchsorted(axis, [y - reach, y + reach])
        gx, gy = np.meshgrid(axis[lo_x:hi_x], axis[lo_y:hi_y])
        free[lo_y:hi_y, lo_x:hi_x] &= (gx - x) ** 2 + (gy - y) ** 2 > reach * reach
    ys, xs = np.nonzero(free)
    cells = np.column_stack([axis[xs], axis[ys]])
    order = np.lexsort((cells[:, 1], cells[:, 0], (cells ** 2).sum(axis=1)))
    return cells[order[:n]]


def _free_spot(local: np.ndarray, r: np.ndarray, placed: np.ndarray, placed_r: np.ndarray,
               start: float = 0.0) -> tuple[np.ndarray, float]:
    """The first point, on an outward spiral from distance `start`, where discs at `local` +
    point overlap none placed; and its distance from the middle."""
    if not len(placed):
        return np.zeros(2), 0.0
    gap = 2.0 + 0.1 * float(np.median(placed_r))
    width = 2 * float(r.max()) + gap              # the spiral's arms are one disc apart
    step = max(float(r.max()) / 2, 1.0)
    norms = np.sqrt((placed ** 2).sum(axis=1))
    reach = float(np.sqrt((local ** 2).sum(axis=1)).max() + r.max() + placed_r.max() + gap)
    distance, angle = start, 0.0
    while True:
        turns, dists = np.empty(64), np.empty(64)
        for k in range(64):
            turn = step / max(distance, step)
            angle += turn
            distance += width * turn / (2 * math.pi)
            turns[k], dists[k] = angle, distance
        cand = np.column_stack([np.cos(turns) * dists, np.sin(turns) * dists])          # (64, 2)
        # Only discs in the ring these candidates sweep can be in the way.
        near = (norms >= dists[0] - reach) & (norms <= dists[-1] + reach)
        discs = cand[:, None, :] + local[None, :, :]                                     # (64, m, 2)
        delta = discs[:, :, None, :] - placed[None, None, near, :]                       # (64, m, n, 2)
        apart = np.sqrt((delta ** 2).sum(axis=3)) >= (r[:, None] + placed_r[None, near] + gap)[None, :, :]
        free = apart.all(axis=(1, 2))
        if free.any():
            j = int(np.argmax(free))
            return cand[j], float(dists[j])


def _separate(xy: np.ndarray, radii: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Push overlapping discs apart (pairwise, vectorised)."""
    k = len(xy)
    if k < 2:
        return xy
    gap = 0.15 * float(np.median(radii)) + 0.5
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((delta ** 2).sum(axis=2)) + np.eye(k)
        overlap = np.clip(radii[:, None] + radii[None, :] + gap - dist, 0, None)
        np.fill_diagonal(overlap, 0)
        if not overlap.any():
            break
        xy = xy + ((delta / dist[:, :, None]) * (overlap / 2)[:, :, None]).sum(axis=1)
    return xy


def compute_layout(G: nx.MultiDiGraph) -> Layout:
    H = relation_graph(G)
    groups = communities(H)
    radii = np.array([math.sqrt(len(g)) * DISC for g in groups]) if groups else np.zeros(0)
    centres = _centres(H, groups, radii) if groups else np.zeros((0, 2))
    positions: dict[str, tuple[float, float]] = {}
    community: dict[str, int] = {}
    for i, members in enumerate(groups):
        xy = centres[i] + _inside(H, members, turn=i * GOLDEN_ANGLE) * radii[i]
        for m, (x, y) in zip(members, xy):
            positions[m] = (round(float(x), 2), round(float(y), 2))
            community[m] = i
    lonely = sorted((n for n in G.nodes if n not in positions), key=str)
    if lonely:
        extent = max((math.hypot(x, y) for x, y in positions.values()), default=0.0)
        ring = sunflower(len(lonely)) * (math.sqrt(len(lonely)) * 10)
        # A ring outside the related actors: push every point outward by their extent.
        norms = np.sqrt((ring ** 2).sum(axis=1))[:, None] + 1e-9
        ring = ring + ring / norms * (extent + 40)
        for n, (x, y) in zip(lonely, ring):
            positions[n] = (round(float(x), 2), round(float(y), 2))
            community[n] = -1
    degree = {n: H.degree(n) if n in H else 0 for n in G.nodes}
    return Layout(positions, community, [len(g) for g in groups], degree)
