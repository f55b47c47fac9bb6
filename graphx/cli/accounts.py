"""`graphx contradictions` (where accounts disagree) and `graphx diff` (what changed between two
builds or two periods)."""
from __future__ import annotations

from pathlib import Path

import click

from graphx.cli.common import Printer, UserError, cli, color_option, echo_json, graph_option, id_option, \
    json_option, plural, reports_errors


@cli.command()
@click.argument("actor", required=False)
@graph_option
@click.option("--window", default="30d", show_default=True, metavar="SPAN",
              help="How close in time opposite relations must be: 30d, 2w, 6m, 1y.")
@id_option
@json_option
@color_option
@reports_errors
def contradictions(actor, graph_path, window, by_id, as_json, color):
    """Where accounts disagree: an act one source asserts and another denies, and opposite
    relations between the same actors close in time (agrees vs rejects, supports vs
    criticizes, cooperates vs attacks), each with both sentences and both speakers.

    \b
    Examples:
      graphx contradictions
      graphx contradictions Taliban --window 6m --json
    """
    from graphx.graph import load_graph
    from graphx.query.contradictions import DENIAL, contradictions as find, window_days
    from graphx.query.lookup import find_actor
    from graphx.query.shapes import label

    days = window_days(window)
    G = load_graph(graph_path)
    a = find_actor(G, actor, by_id) if actor else None
    found = find(G, a, days)
    if as_json:
        echo_json([c.as_dict(G) for c in found])
        return
    out = Printer(color)
    if not found:
        out.line("No contradictions" + (f" about {label(G, a)}" if a else "") + f" (opposites within {window}).")
    for c in found:
        out.line(out.arrow(out.style(label(G, c.source), bold=True), c.relation, True, out.style(label(G, c.target), bold=True))
                 + ("  denied" if c.kind == DENIAL else f"  vs  {label(G, c.counter_source)} \u2500{c.counter_relation}\u2192 "
                    f"{label(G, c.counter_target)}"))
        for ev in (c.claim, c.counter):
            out.quote(ev.get("sentence", ""))
            who = G.nodes[ev["said_by"]].get("label") if ev.get("said_by") in G else "the text itself"
            out.source(ev, None, False, who)


@cli.command()
@click.argument("old", required=False, type=click.Path())
@click.argument("new", required=False, type=click.Path())
@graph_option
@click.option("--from", "first", metavar="PERIOD", help="With --to: the relations of one graph in two periods "
              "(YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO).")
@click.option("--to", "second", metavar="PERIOD", help="The later period, compared with --from.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1), help="Relations to list.")
@json_option
@color_option
@reports_errors
def diff(old, new, graph_path, first, second, limit, as_json, color):
    """What changed: NEW against OLD (two graph.json files or output folders), or one graph's
    relations in the --to period against the --from one — added, removed, strengthened,
    weakened, best backed first, with the sentences of what is new.

    \b
    Examples:
      graphx diff --from 2019 --to 2020
      graphx diff output/graph.json output/graph.json --json
    """
    from graphx.graph import load_graph
    from graphx.query.changes import compare, compare_periods

    if (first is None) != (second is None):
        raise UserError("--from and --to go together: give both periods")
    if first:
        if old or new:
            raise UserError("give two graphs, or --from and --to for one graph (--graph), not both")
        changes = compare_periods(load_graph(graph_path), first, second)
    elif old and new:
        changes = compare(load_graph(_graph_file(old)), load_graph(_graph_file(new)))
    else:
        raise UserError("give two graphs (OLD NEW), or --from PERIOD --to PERIOD")
    if as_json:
        echo_json(changes.as_dict())
        return
    _print_changes(Printer(color), changes, limit)


def _graph_file(path: str) -> Path:
    p = Path(path)
    return p / "graph.json" if p.is_dir() else p


def _print_changes(out: Printer, changes, limit: int) -> None:
    name = changes.labels.get
    if changes.actors_added or changes.actors_removed:
        out.line(f"Actors: {plural(len(changes.actors_added), 'added', 'added')}, "
                 f"{plural(len(changes.actors_removed), 'removed', 'removed')}")
        for k in changes.actors_added[:limit]:
            out.line(f"  + {name(k, k)}")
        for k in changes.actors_removed[:limit]:
            out.line(f"  - {name(k, k)}")
    if not changes.relations:
        out.line("No relation changed.")
        return
    out.line(f"Relations: {plural(len(changes.relations), 'change')}")
    for c in changes.relations[:limit]:
        sign = {"added": "+", "removed": "-", "strengthened": "\u2191", "weakened": "\u2193"}[c.kind]
        out.line(f"  {sign} " + out.arrow(name(c.source, c.source), c.relation, True, name(c.target, c.target))
                 + f"  ({c.kind}: {c.before} \u2192 {c.after} evidence)")
        for ev in c.new[:1]:
            out.quote(ev.get("sentence", ""), indent="      ")
    if len(changes.relations) > limit:
        out.line(f"  … and {len(changes.relations) - limit} more (--limit)")
