"""How many nodes one actor became: entity resolution as an analyst reads it.

For each actor named (a family name or a state; defaults: actors of the entity-resolution
issue and other frequent ones), the nodes whose label or alias is a form of it, with
mentions and relations; then the most frequent person labels. Compare two graphs (before /
after) by passing both.

    python benchmarks/entities.py OUT/graph.json [OTHER/graph.json] [--actor Biden ...]
    python benchmarks/entities.py --top 100 OUT/graph.json     # the nodes an analyst sees first

--top N lists the N nodes with most relations, their type, relations, aliases and the
suspicions of benchmarks/suspects.py (a person's name under a state, markup or a verb in an
alias, a title or a generic noun as label, several given names for one family name), then how
many are flagged and what share of the top-N relations they carry: the list to judge by hand.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from graphx.graph import load_graph  # noqa: E402
from graphx.resolve.names import PersonName, fold  # noqa: E402
from suspects import checks, generic_words_of  # noqa: E402

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


def top(path: str, n: int) -> None:
    """The n nodes with most relations, with their aliases and suspicions."""
    G = load_graph(path)
    generic = generic_words_of(G)
    ranked = sorted(G.nodes, key=lambda v: (-G.degree(v), v))[:n]
    total = sum(G.degree(v) for v in ranked) or 1
    flagged = flagged_relations = 0
    print(f"== {path}: top {len(ranked)} of {G.number_of_nodes()} actors by relations")
    for rank, node in enumerate(ranked, start=1):
        data = G.nodes[node]
        aliases = data.get("aliases", [])
        flags = checks(G, node, generic)
        flagged += bool(flags)
        flagged_relations += G.degree(node) if flags else 0
        shown = "; ".join(aliases[:6]) + (f" … (+{len(aliases) - 6})" if len(aliases) > 6 else "")
        print(f"{rank:4}. {data.get('label', node)} [{data.get('type')}] {G.degree(node)} relations, "
              f"{len(aliases)} aliases{': ' + shown if aliases else ''}"
              + (f"   SUSPECT: {', '.join(flags)}" if flags else ""))
    print(f"flagged {flagged} of {len(ranked)}; they carry {flagged_relations / total:.0%} of these nodes' relations")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("graphs", nargs="+")
    parser.add_argument("--actor", action="append", help="An actor to count (repeatable).")
    parser.add_argument("--top", type=int, help="List the N nodes with most relations and flag suspect ones.")
    args = parser.parse_args()
    if args.top:
        for g in args.graphs:
            top(g, args.top)
        return
    actors = args.actor or ACTORS
    results = [report(g, actors) for g in args.graphs]
    if len(results) == 2:
        print("\nnodes per actor, before → after:")
        for actor in actors:
            print(f"  {actor}: {results[0][actor]} → {results[1][actor]}")


if __name__ == "__main__":
    main()
