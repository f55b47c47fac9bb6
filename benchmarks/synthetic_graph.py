"""A large graph.json for query benchmarks: N actors, M edges, one evidence sentence each."""
from __future__ import annotations

import json
import random
from pathlib import Path

from graphx.knowledge import ontology

VERBS = {"attacks": "attacked", "negotiates": "held talks with", "informs": "told", "visits": "visited",
         "criticizes": "criticized", "supports": "praised", "threatens": "threatened"}


def write_graph(path: str | Path, nodes: int = 20_000, edges: int = 200_000, seed: int = 3) -> Path:
    rng = random.Random(seed)
    onto = ontology()
    relations = list(VERBS)
    node_list = [{"id": f"actor-{i}", "label": f"Actor {i}", "type": rng.choice(["PERSON", "ORG", "GPE"]),
                  "kind": None, "aliases": [f"Actor {i}", f"A{i}"], "roles": [], "mentions": 1,
                  "docs": [f"doc-{i % 500}"]} for i in range(nodes)]
    edge_list, seen = [], set()
    while len(edge_list) < edges:
        s, t = rng.randrange(nodes), rng.randrange(nodes)
        rel = rng.choice(relations)
        if s == t or (s, t, rel) in seen:
            continue
        seen.add((s, t, rel))
        sentence = f"Actor {s} {VERBS[rel]} Actor {t} on Monday, officials said."
        start = rng.randrange(0, 5000)
        edge_list.append({
            "source": f"actor-{s}", "target": f"actor-{t}", "key": rel, "relation": rel,
            "trigger": VERBS[rel].split()[0], "count": 1, "modality": "asserted", "confidence": 0.9,
            "date": None, "symmetric": onto[rel].symmetric, "family": onto[rel].family,
            "evidence": [{"doc": f"doc-{s % 500}", "sentence": sentence, "start": start,
                          "end": start + len(sentence), "trigger_start": start + len(f"Actor {s} "),
                          "trigger_end": start + len(f"Actor {s} ") + len(VERBS[rel].split()[0]),
                          "trigger": VERBS[rel].split()[0], "modality": "asserted"}]})
    data = {"directed": True, "multigraph": True,
            "graph": {"format": "graphx/1", "graphx_version": "bench", "model": "synthetic",
                      "created": "", "documents": []},
            "nodes": node_list, "edges": edge_list}
    Path(path).write_text(json.dumps(data))
    return Path(path)


if __name__ == "__main__":
    import sys
    print(write_graph(sys.argv[1] if len(sys.argv) > 1 else "/tmp/big.json"))
