"""The question commands: path, neighbors, show, actors, relations, export, evaluate."""
from __future__ import annotations

import sys

import click

from graphx.cli.common import (EXIT_NOT_FOUND, RELATIONS, Printer, UserError, cli, color_option, echo_json,
                               graph_option, json_option, period_options, relation_option,
                               reports_errors)
from graphx.query import shapes
from graphx.query.shapes import label as _label, load_period as _load


def _source_line(out: Printer, ev: dict, date=None, explain: bool = False) -> None:
    """"— doc · date", and with `explain` the trigger, the rule that found it and the modality."""
    parts = [ev.get("doc"), ev.get("date") or date]
    if explain:
        parts += [f"trigger \u201c{ev.get('trigger', '')}\u201d", f"pattern {ev.get('pattern') or '?'}",
                  ev.get("modality")]
    out.line(out.style("      \u2014 " + " \u00b7 ".join(str(x) for x in parts if x), dim=True))


def _print_hop(out: Printer, G, hop, start: str, evidence: int = 1, explain: bool = False):
    other = hop.target if start == hop.source else hop.source
    forward = start == hop.source
    line = out.arrow(out.style(_label(G, start), bold=True), hop.relation, forward,
                     out.style(_label(G, other), bold=True))
    extra = [hop.data.get("modality", "asserted")] if hop.data.get("modality", "asserted") != "asserted" else []
    out.line("  " + line + (f"  ({', '.join(extra)})" if extra else ""))
    for ev in (hop.data.get("evidence") or [])[:evidence]:
        out.quote(ev.get("sentence", ""))
        _source_line(out, ev, hop.data.get("date"), explain)
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
@json_option
@color_option
@reports_errors
def path(actor_a, actor_b, graph_path, k, all_shortest, max_hops, relations, directed, html_path,
         as_json, color, since, until):
    """How ACTOR_A is connected to ACTOR_B, hop by hop, with the evidence of each hop.

    Names are loose: any alias, any case, with or without "the".
    Exit status: 0 path found, 1 no path within the limits, 2 error.

    \b
    Examples:
      graphx path Pompeo Taliban
      graphx path "mike pompeo" "the taliban" -k 3 --relation negotiates --relation informs
      graphx path Trump Bagram --directed --json
    """
    from graphx.query.lookup import find_actor, paths

    G = _load(graph_path, since, until)
    a, b = find_actor(G, actor_a), find_actor(G, actor_b)
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
        limits = f" within {max_hops} hops" if max_hops else ""
        if not as_json:
            out.line(f"No path from {_label(G, a)} to {_label(G, b)}{limits}.")
        sys.exit(EXIT_NOT_FOUND)
    if as_json:
        return
    for n, p in enumerate(found, start=1):
        if len(found) > 1:
            out.line(out.style(f"Path {n} ({len(p)} hops)", bold=True))
        else:
            out.line(out.style(f"{_label(G, a)} \u2192 {_label(G, b)}: {len(p)} hop{'s' * (len(p) != 1)}", bold=True))
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
@json_option
@color_option
@reports_errors
def neighbors(actor, graph_path, relations, depth, as_json, color, since, until):
    """The actors around ACTOR and how each is linked to it.

    \b
    Examples:
      graphx neighbors Taliban
      graphx neighbors Khalilzad --relation visits --depth 2 --json
    """
    from graphx.query.lookup import find_actor, neighbors as around

    G = _load(graph_path, since, until)
    a = find_actor(G, actor)
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
@json_option
@color_option
@reports_errors
def show(actor, graph_path, as_json, color, since, until):
    """ACTOR's profile: aliases, roles, documents and relations grouped by type, with evidence.

    \b
    Examples:
      graphx show Pompeo
      graphx show "the state department" --json
    """
    from graphx.query.lookup import find_actor, neighbors as around

    G = _load(graph_path, since, until)
    a = find_actor(G, actor)
    node = G.nodes[a]
    hops = [h for _, h in around(G, a, depth=1)]
    if as_json:
        echo_json(shapes.profile_json(G, a, hops))
        return
    out = Printer(color)
    out.line(out.style(node.get("label", a), bold=True) + f"  ({node.get('type')}"
             + (f", {node['kind']}" if node.get("kind") else "") + f", {node.get('mentions', 0)} mentions)")
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


@cli.command()
@graph_option
@click.option("--type", "type_", help="Only actors of this type (PERSON, ORG, GPE, …).")
@json_option
@reports_errors
def actors(graph_path, type_, as_json):
    """List the actors, best connected first.

    \b
    Example:
      graphx actors --type PERSON
    """
    G = _load(graph_path)
    rows = shapes.ranked_actors(G, type_)
    if as_json:
        echo_json(shapes.actors_json(G, rows))
        return
    for n, d in rows:
        click.echo(f"{d.get('label', n):40} {d.get('type', ''):7} {G.degree(n):4} relations  {d.get('mentions', 0):4} mentions")
    if not rows:
        sys.exit(EXIT_NOT_FOUND)


@cli.command()
@graph_option
@period_options
@click.option("--type", "relation", type=click.Choice(RELATIONS), help="Only this relation type.")
@click.option("--actor", help="Only relations touching this actor.")
@click.option("--explain", is_flag=True, help="Every evidence, with its trigger, the pattern that found it and its modality.")
@json_option
@color_option
@reports_errors
def relations(graph_path, relation, actor, explain, as_json, color, since, until):
    """List the relations, each with its first evidence sentence.

    \b
    Examples:
      graphx relations --type attacks
      graphx relations --actor Taliban --explain
      graphx relations --actor Taliban --json
    """
    from graphx.query.lookup import find_actor, relations_of

    G = _load(graph_path, since, until)
    a = find_actor(G, actor) if actor else None
    rows = list(relations_of(G, relation, a))
    if as_json:
        echo_json(shapes.relations_json(rows))
        return
    out = Printer(color)
    for s, t, d in rows:
        out.line(out.arrow(_label(G, s), d["relation"], True, _label(G, t))
                 + (f"  ({d['modality']})" if d.get("modality", "asserted") != "asserted" else ""))
        for ev in d.get("evidence", [])[: None if explain else 1]:
            out.quote(ev.get("sentence", ""))
            if explain:
                _source_line(out, ev, d.get("date"), explain=True)
    if not rows:
        sys.exit(EXIT_NOT_FOUND)


@cli.command()
@graph_option
@period_options
@click.option("--format", "fmt", required=True, type=click.Choice(shapes.EXPORT_FORMATS),
              help="graphml/gexf for Gephi and networkx, csv for neo4j-admin import, cypher for cypher-shell.")
@click.option("--out", "out_path", required=True, type=click.Path(), help="File to write (a folder for csv).")
@reports_errors
def export(graph_path, fmt, out_path, since, until):
    """Export the graph for Gephi or Neo4j.

    \b
    Examples:
      graphx export --format graphml --out graph.graphml
      graphx export --format csv --out neo4j-import/
      graphx export --format cypher --out graph.cypher
    """
    from graphx.query.export import export as run_export

    G = _load(graph_path, since, until)
    try:
        written = run_export(G, fmt, out_path)
    except OSError as e:
        raise UserError(f"cannot write {out_path}: {e.strerror or e}") from None
    for p in written:
        click.echo(f"Wrote {p}")


@cli.command()
@click.argument("gold", type=click.Path(dir_okay=False))
@graph_option
@click.option("--verbose", "-v", is_flag=True, help="List misses and false positives.")
@click.option("--by-pattern", is_flag=True, help="A table of precision and gold found per extraction pattern.")
@json_option
@reports_errors
def evaluate(gold, graph_path, verbose, by_pattern, as_json):
    """Precision and recall of the graph against a gold annotation (seed_gold.json format).

    \b
    Examples:
      graphx evaluate my_article_gold.json --graph output/graph.json -v
      graphx evaluate my_article_gold.json --by-pattern
    """
    from graphx.query.evaluate import evaluate as run_evaluate, load_gold

    G = _load(graph_path)
    result = run_evaluate(G, load_gold(gold))
    if as_json:
        echo_json(result)
        return
    if verbose:
        for key in ("missing_entities", "spurious_nodes", "missed_relations", "false_positive_edges"):
            click.echo(f"{key.replace('_', ' ')}:")
            for item in result[key]:
                click.echo(f"    {item}")
    if by_pattern:
        click.echo(f"{'pattern':28} {'edges':>6} {'correct':>8} {'precision':>10} {'gold found':>11}")
        for name, row in result["by_pattern"].items():
            click.echo(f"{name:28} {row['edges']:6} {row['correct']:8} {row['precision']:10.2f} {row['gold_found']:11}")
    click.echo(f"entities recall={result['entity_recall']:.2f} spurious={len(result['spurious_nodes'])} | "
               f"relations P={result['precision']:.2f} R={result['recall']:.2f} F1={result['f1']:.2f} "
               f"({result['predicted_edges']} predicted)")
