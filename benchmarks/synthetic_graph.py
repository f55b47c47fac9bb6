"""A large graph shaped like a news graph: communities and a skewed degree distribution.

    python benchmarks/synthetic_graph.py --nodes 50000 --edges 200000 --out DIR

writes DIR/graph.json and DIR/graph.html (the explorer page graphx builds). Each relation has
one evidence sentence and a date. Actors belong to communities of skewed sizes; each actor has a
Pareto-distributed weight, so a few hubs carry most relations; 85% of relations stay inside a
community. `write_graph` (used by the query benchmark) writes graph.json only.
"""
from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import sys
import time
from pathlib import Path

from graphx.knowledge import ontology

VERBS = {"attacks": "attacked", "negotiates": "held talks with", "informs": "told", "visits": "visited",
         "criticizes": "criticized", "supports": "praised", "threatens": "threatened"}
INSIDE = 0.85


def _communities(nodes: int, rng: random.Random) -> list[list[int]]:
    groups, start = [], 0
    while start < nodes:
        size = min(nodes - start, max(3, int(rng.paretovariate(1.2) * 20)))
        groups.append(list(range(start, start + size)))
        start += size
    return groups


def write_graph(path: str | Path, nodes: int = 20_000, edges: int = 200_000, seed: int = 3) -> Path:
    rng = random.Random(seed)
    onto = ontology()
    relations = list(VERBS)
    weight = [min(rng.paretovariate(1.1), 1000.0) for _ in range(nodes)]
    groups = _communities(nodes, rng)
    member_of = {m: i for i, g in enumerate(groups) for m in g}
    cum = [list(itertools.accumulate(weight[m] for m in g)) for g in groups]
    everyone = list(itertools.accumulate(weight))

    def pick(acc: list[float]) -> int:
        return bisect.bisect_left(acc, rng.random() * acc[-1])

    node_list = [{"id": f"actor-{i}", "label": f"Actor {i}", "type": rng.choice(["PERSON", "ORG", "GPE"]),
                  "kind": None, "aliases": [f"Actor {i}", f"A{i}"], "roles": [], "mentions": 1,
                  "docs": [f"doc-{i % 500}"]} for i in range(nodes)]
    edge_list, seen = [], set()
    edges = min(edges, nodes * (nodes - 1) * len(relations) // 4)
    while len(edge_list) < edges:
        s = pick(everyone)
        g = member_of[s]
        t = groups[g][pick(cum[g])] if rng.random() < INSIDE and len(groups[g]) > 1 else pick(everyone)
        rel = rng.choice(relations)
        if s == t or (s, t, rel) in seen:
            continue
        seen.add((s, t, rel))
        sentence = f"Actor {s} {VERBS[rel]} Actor {t} on Monday, officials said."
        start = rng.randrange(0, 5000)
        day = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        trigger = VERBS[rel].split()[0]
        edge_list.append({
            "source": f"actor-{s}", "target": f"actor-{t}", "key": rel, "relation": rel,
            "trigger": trigger, "count": 1, "modality": "asserted", "confidence": 0.9,
            "first_date": day, "last_date": day,
            "symmetric": onto[rel].symmetric, "family": onto[rel].family,
            "evidence": [{"doc": f"doc-{s % 500}", "sentence": sentence, "start": start,
                          "end": start + len(sentence), "trigger_start": start + len(f"Actor {s} "),
                          "trigger_end": start + len(f"Actor {s} ") + len(trigger),
                          "trigger": trigger, "modality": "asserted", "date": day,
                          "date_precision": "day", "date_source": "document"}]})
    data = {"directed": True, "multigraph": True,
            "graph": {"format": "graphx/1", "graphx_version": "bench", "model": "synthetic",
                      "created": "", "documents": []},
            "nodes": node_list, "edges": edge_list}
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data))
    return Path(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--out", required=True, help="folder for graph.json and graph.html")
    args = parser.parse_args(argv)
    from graphx.graph import load_graph
    from graphx.explorer.render import write_html
    out = Path(args.out)
    started = time.perf_counter()
    graph = write_graph(out / "graph.json", args.nodes, args.edges, args.seed)
    made = time.perf_counter()
    write_html(load_graph(graph), out / "graph.html")
    done = time.perf_counter()
    size = (out / "graph.html").stat().st_size / 1e6
    print(f"{graph} ({made - started:.1f} s); {out / 'graph.html'}: {size:.1f} MB ({done - made:.1f} s)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
