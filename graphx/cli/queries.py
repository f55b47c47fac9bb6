"""The question commands about actors: path, neighbors, show."""
from __future__ import annotations

import sys

import click

from graphx.cli.common import (EXIT_NOT_FOUND, Printer, UserError, cli, color_option, dated, described, echo_json,
                               graph_option, id_option, json_option, period_options, plural, relation_option,
                               reports_errors, source_options)
from graphx.query import shapes
from graphx.query.shapes import label as _label, load_period as _load


def _print_hop(out: Printer, G, hop, start: str, evidence: int = 1, explain: bool = False):
    other = hop.target if start == hop.source else hop.source
    forward = start == hop.source
    line = out.arrow(out.style(_label(G, start), bold=True), hop.relation, forward,
                     out.style(_label(G, other), bold=True))
    extra = [hop.data.get("modality", "asserted")] if hop.data.get("modality", "asserted") != "asserted" else []
    backed = shapes.backing(hop.data)
    out.line("  " + line + (f"  ({', '.join(extra)})" if extra else "")
             + (out.style(f"  \u00b7 {backed}", dim=True) if backed else ""))
    for ev in (hop.data.get("evidence") or [])[:evidence]:
        out.quote(ev.get("sentence", ""))
        out.source(ev, hop.data.get("date"), explain, shapes.speaker(G, ev), shapes.place(G, ev))
    return other


@cli.command()
@click.argument("actor_a")
@click.argument("actor_b")
@graph_option
@period_options
@click.option("-k", "k", default=1, show_default=True, type=click.IntRange(1, 100), help="The K shortest simple paths.")
@click.option("--all", "all_shortest", is_flag=True, help="Every shortest path.")
@click.option("--max-hops", type=click.IntRange(1, 50), help="Longest path to accept.")
@relation_option
@click.option("--directed", is_flag=True, help="Follow edge direction (default: either direction).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write the explorer page with the path highlighted.")
@id_option
@json_option
@color_option
@source_options
@reports_errors
def path(actor_a, actor_b, graph_path, k, all_shortest, max_hops, relations, directed, html_path,
         by_id, as_json, color, since, until, sources):
    """How ACTOR_A is connected to ACTOR_B, hop by hop, with the evidence of each hop.

    Names are loose: any alias, any case, with or without "the".
    Exit status: 0 path found, 1 no path within the limits, 2 error.

    \b
    Examples:
      graphx path Pompeo Taliban
      graphx path "mike pompeo" "the taliban" -k 3 --relation member_of --relation negotiates
      graphx path Trump Bagram --directed --json
    """
    from graphx.query.lookup import find_actor, paths

    G = _load(graph_path, since, until, sources, by_id)
    a, b = find_actor(G, actor_a, by_id), find_actor(G, actor_b, by_id)
    if a == b:
        raise UserError(f"{actor_a!r} and {actor_b!r} are the same actor ({_label(G, a)})")
    found = paths(G, a, b, k=k, all_shortest=all_shortest, max_hops=max_hops,
                  relations=list(relations) or None, directed=directed)
    if html_path and found:
        from graphx.explorer.render import write_html
        write_html(G, html_path, highlight=shapes.path_highlight(found))
    if as_json:
        echo_json(shapes.paths_json(G, a, b, found))
    out = Printer(color)
    if not found:
        limits = [f"within {plural(max_hops, 'hop')}"] if max_hops else []
        limits += [f"only {', '.join(relations)}"] if relations else []
        limits += ["following edge direction"] if directed else []
        limits += [f"evidence {dated(since, until)}"] if since or until else []
        limits += [described(sources)] if sources else []
        if not as_json:
            out.line(f"No path from {_label(G, a)} to {_label(G, b)}" + (f" ({'; '.join(limits)})" if limits else "") + ".")
        sys.exit(EXIT_NOT_FOUND)
    if as_json:
        return
    for n, p in enumerate(found, start=1):
        if len(found) > 1:
            out.line(out.style(f"Path {n} ({plural(len(p), 'hop')})", bold=True))
        else:
            out.line(out.style(f"{_label(G, a)} \u2192 {_label(G, b)}: {plural(len(p), 'hop')}", bold=True))
        at = a
        for hop in p:
            at = _print_hop(out, G, hop, at)
    if html_path:
        out.line(f"Wrote {html_path}")


@cli.command()
@click.argument("actor")
@graph_option
@period_options
@relation_option
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 5), help="How many hops out.")
@id_option
@json_option
@color_option
@source_options
@reports_errors
def neighbors(actor, graph_path, relations, depth, by_id, as_json, color, since, until, sources):
    """The actors around ACTOR and how each is linked to it.

    \b
    Examples:
      graphx neighbors Taliban
      graphx neighbors Khalilzad --relation visits --depth 2 --json
    """
    from graphx.query.lookup import find_actor, neighbors as around

    G = _load(graph_path, since, until, sources, by_id)
    a = find_actor(G, actor, by_id)
    found = around(G, a, depth=depth, relations=list(relations) or None)
    if as_json:
        echo_json(shapes.neighbors_json(G, a, found))
    else:
        out = Printer(color)
        if not found:
            out.line(f"{_label(G, a)} has no neighbours" + (" with those relations." if relations else "."))
        for d, hop in found:
            center, other = (hop.source, hop.target) if hop.forward else (hop.target, hop.source)
            prefix = f"[{d}] " if depth > 1 else ""
            out.line("  " + prefix + out.arrow(_label(G, center), hop.relation, hop.forward,
                                               out.style(_label(G, other), bold=True)))
    if not found:
        sys.exit(EXIT_NOT_FOUND)


@cli.command()
@click.argument("actor")
@graph_option
@period_options
@id_option
@json_option
@color_option
@source_options
@reports_errors
def show(actor, graph_path, by_id, as_json, color, since, until, sources):
    """ACTOR's profile: aliases, roles, documents and relations grouped by type, with evidence.

    \b
    Examples:
      graphx show Pompeo
      graphx show "the state department" --json
      graphx show --id mike-pompeo
    """
    from graphx.query.lookup import find_actor, neighbors as around

    G = _load(graph_path, since, until, sources, by_id)
    a = find_actor(G, actor, by_id)
    node = G.nodes[a]
    hops = [h for _, h in around(G, a, depth=1)]
    if as_json:
        echo_json(shapes.profile_json(G, a, hops))
        return
    out = Printer(color)
    out.line(out.style(node.get("label", a), bold=True) + f"  ({node.get('type')}"
             + (f", {node['kind']}" if node.get("kind") else "") + f", {plural(node.get('mentions', 0), 'mention')})")
    if node.get("aliases"):
        out.line("  aliases:   " + ", ".join(node["aliases"]))
    if node.get("roles"):
        out.line("  roles:     " + "; ".join(node["roles"]))
    if node.get("docs"):
        out.line("  documents: " + ", ".join(node["docs"]))
    if node.get("curated"):
        out.line("  curated:   " + "; ".join(node["curated"]) + " (see curation.toml)")
    for rel, group in shapes.by_relation(hops).items():
        out.line(out.style(f"{rel}:", fg="cyan"))
        for h in group:
            _print_hop(out, G, h, a, explain=True)
