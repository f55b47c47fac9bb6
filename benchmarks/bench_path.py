"""`graphx path` on a large graph against a hand-written json.load + networkx script.

    python benchmarks/bench_path.py [--nodes 20000] [--edges 200000] [--runs 3]

Both run as whole processes on the same graph.json (the graphx contract, one evidence
sentence per edge); the median of --runs is reported.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic_graph import write_graph  # noqa: E402

PLAIN = """
import json, sys, networkx as nx
data = json.load(open(sys.argv[1]))
G = nx.Graph()
G.add_edges_from((e["source"], e["target"]) for e in data["edges"])
print(nx.shortest_path(G, sys.argv[2], sys.argv[3]))
"""


def seconds(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=20_000)
    ap.add_argument("--edges", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="graphx-bench-path-"))
    graph = write_graph(work / "big.json", args.nodes, args.edges)
    script = work / "plain.py"
    script.write_text(PLAIN)
    a, b = "actor-1", f"actor-{args.nodes - 1}"
    plain = [seconds([sys.executable, str(script), str(graph), a, b]) for _ in range(args.runs)]
    ours = [seconds([sys.executable, "-m", "graphx", "path", "Actor 1", f"Actor {args.nodes - 1}",
                     "--graph", str(graph)]) for _ in range(args.runs)]
    p, g = statistics.median(plain), statistics.median(ours)
    size = graph.stat().st_size / 1e6
    print(f"graph: {args.nodes:,} nodes, {args.edges:,} edges, {size:.0f} MB graph.json")
    print(f"json.load + networkx script   {p:6.2f}s")
    print(f"graphx path (with evidence)   {g:6.2f}s   ratio {g / p:.2f}x")


if __name__ == "__main__":
    main()
