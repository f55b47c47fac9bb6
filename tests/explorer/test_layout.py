"""The explorer's layout, computed in Python: communities, positions, reproducibility."""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import networkx as nx

from graphx.explorer.layout import compute_layout


def news_like(cliques: int = 6, size: int = 8, pairs: int = 40) -> nx.MultiDiGraph:
    """Dense groups joined by one relation each, loose pairs, and actors without relations."""
    G = nx.MultiDiGraph()
    for c in range(cliques):
        members = [f"group{c}-actor{i}" for i in range(size)]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                G.add_edge(a, b, key="consults", relation="consults", count=1)
        if c:
            G.add_edge(members[0], f"group{c - 1}-actor0", key="visits", relation="visits", count=1)
    for p in range(pairs):
        G.add_edge(f"pair{p}-a", f"pair{p}-b", key="informs", relation="informs", count=1)
    for i in range(10):
        G.add_node(f"lonely{i}")
    return G


def test_groups_are_communities_and_the_loose_pairs_do_not_ring_the_picture():
    G = news_like()
    layout = compute_layout(G)
    for c in range(6):
        assert len({layout.community[f"group{c}-actor{i}"] for i in range(8)}) == 1
    assert len({layout.community[f"group{c}-actor0"] for c in range(6)}) == 6
    assert all(layout.community[f"lonely{i}"] == -1 for i in range(10))
    # the pairs are packed among the groups, not strung around them far away
    def dist(n):
        return math.hypot(*layout.positions[n])
    group_extent = max(dist(f"group{c}-actor{i}") for c in range(6) for i in range(8))
    pair_extent = max(dist(f"pair{p}-a") for p in range(40))
    assert pair_extent < 3 * group_extent
    # actors without relations sit outside everything with relations
    related = max(dist(n) for n in G if not n.startswith("lonely"))
    assert min(dist(f"lonely{i}") for i in range(10)) > related


def test_the_same_graph_gets_the_same_picture_in_every_process():
    script = ("import json, sys; sys.path.insert(0, 'tests/explorer'); from test_layout import news_like; "
              "from graphx.explorer.layout import compute_layout; "
              "print(json.dumps(sorted(compute_layout(news_like()).positions.items())))")
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=seed)).stdout for seed in ("1", "2")]
    assert json.loads(runs[0]) == json.loads(runs[1])
