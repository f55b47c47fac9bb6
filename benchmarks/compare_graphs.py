"""Are two graph.json files the same graph? The refactor proof for extraction changes.

    python benchmarks/compare_graphs.py BEFORE/graph.json AFTER/graph.json [--ignore pattern]

Compares nodes, edges and every evidence, ignoring the build stamp (`created`), the order in
which nodes, edges and documents were written, and the evidence fields named by --ignore
(e.g. a field the change adds). Prints the differences and exits 1 if there are any.
"""
from __future__ import annotations

import argparse
import json
import sys


def canonical(path: str, ignore: set[str]) -> tuple[dict, dict, list]:
    data = json.load(open(path, encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    edges = {}
    for e in data["edges"]:
        e = dict(e, evidence=[{k: v for k, v in ev.items() if k not in ignore} for ev in e["evidence"]])
        edges[(e["source"], e["target"], e["key"])] = e
    documents = sorted((d["id"], d["sha256"]) for d in data["graph"]["documents"])
    return nodes, edges, documents


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--ignore", action="append", default=[], help="evidence field to ignore (repeatable)")
    args = ap.parse_args()
    (n1, e1, d1), (n2, e2, d2) = (canonical(p, set(args.ignore)) for p in (args.before, args.after))
    problems = []
    if d1 != d2:
        problems.append("the documents differ")
    for name, a, b in (("node", n1, n2), ("edge", e1, e2)):
        for key in sorted(a.keys() - b.keys(), key=str):
            problems.append(f"{name} only before: {key}")
        for key in sorted(b.keys() - a.keys(), key=str):
            problems.append(f"{name} only after: {key}")
        for key in sorted(a.keys() & b.keys(), key=str):
            if a[key] != b[key]:
                fields = sorted(f for f in a[key].keys() | b[key].keys() if a[key].get(f) != b[key].get(f))
                problems.append(f"{name} {key} differs in {', '.join(fields)}")
    for line in problems[:50]:
        print(line)
    print(f"{len(n1)} nodes, {len(e1)} edges before; {len(n2)} nodes, {len(e2)} edges after: "
          + ("identical" if not problems else f"{len(problems)} differences"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
