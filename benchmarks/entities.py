"""How many nodes one actor became: entity resolution as an analyst reads it.

For each actor named (a family name or a state; defaults: actors of the entity-resolution
issue and other frequent ones), the nodes whose label or alias is a form of it, with
mentions and relations; then the most frequent person labels. Compare two graphs (before /
after) by passing both.

    python benchmarks/entities.py OUT/graph.json [OTHER/graph.json] [--actor Biden ...]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphx.graph import load_graph  # noqa: E402
from graphx.resolve.names import PersonName, fold  # noqa: E402

ACTORS = ["Biden", "Harris", "Blinken", "Erdogan", "Zayed", "Jaishankar", "Kishida", "Xi",
          "Sullivan", "Austin", "Zelenskyy", "Trump", "Klein", "Clyburn", "Trumka", "Rodriguez",
          "Scholz", "Macron", "Modi", "Putin", "Yellen", "Granholm", "Leavitt", "United States"]


def forms_of(G, actor: str) -> list[tuple[str, int, int]]:
    """Nodes that name `actor`: a person whose family name it is, or a node whose label is it."""
    want = fold(actor)
    found = []
    for node, data in G.nodes(data=True):
        label = data.get("label", node)
        if data.get("type") == "PERSON" or len(label.split()) == 1:
            name = PersonName.parse(label)
            hit = name.surname == want or (name.words()[:1] == [want] and len(name.words()) == 2) \
                or want in (name.patronym or "").split()
        else:
            hit = fold(label) == want
        if hit:
            found.append((label, data.get("mentions", 0), G.degree(node)))
    return sorted(found, key=lambda f: -f[1])


def report(path: str, actors: list[str]) -> dict[str, int]:
    G = load_graph(path)
    print(f"== {path}: {G.number_of_nodes()} actors, {G.number_of_edges()} relations")
    counts = {}
    for actor in actors:
        found = forms_of(G, actor)
        counts[actor] = len(found)
        shown = "; ".join(f"{label} ({m} mentions, {d} relations)" for label, m, d in found[:8])
        print(f"  {actor}: {len(found)} nodes  {shown}{' …' if len(found) > 8 else ''}")
    people = sorted((d for _, d in G.nodes(data=True) if d.get("type") == "PERSON"),
                    key=lambda d: -d.get("mentions", 0))[:30]
    print("  30 most mentioned person labels: " + "; ".join(f"{d['label']} ({d['mentions']})" for d in people))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graphs", nargs="+")
    parser.add_argument("--actor", action="append", help="An actor to count (repeatable).")
    args = parser.parse_args()
    actors = args.actor or ACTORS
    results = [report(g, actors) for g in args.graphs]
    if len(results) == 2:
        print("\nnodes per actor, before → after:")
        for actor in actors:
            print(f"  {actor}: {results[0][actor]} → {results[1][actor]}")


if __name__ == "__main__":
    main()
