"""The listing commands: actors, relations, export, evaluate."""
from __future__ import annotations

import sys

import click

from graphx.cli.common import (EXIT_NOT_FOUND, RELATIONS, Printer, UserError, cli, color_option, echo_json,
                               dated, described, graph_option, id_option, json_option, period_options, plural, reports_errors,
                               source_options)
from graphx.query import shapes
from graphx.query.shapes import label as _label, load_period as _load


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
        click.echo(f"{d.get('label', n):40} {d.get('type', ''):7} {plural(G.degree(n), 'relation'):>14}  "
                   f"{plural(d.get('mentions', 0), 'mention'):>13}")
    if not rows:
        click.echo("The graph has no actors.")
        sys.exit(EXIT_NOT_FOUND)


@cli.command()
@graph_option
@period_options
@click.option("--type", "relation", type=click.Choice(RELATIONS), help="Only this relation type.")
@click.option("--actor", help="Only relations touching this actor.")
@click.option("--explain", is_flag=True, help="Every evidence, with its trigger, the pattern that found it and its modality.")
@click.option("--unattributed", is_flag=True, help="Only what the text asserts in its own voice (no speaker).")
@id_option
@json_option
@color_option
@source_options
@reports_errors
def relations(graph_path, relation, actor, explain, by_id, as_json, color, since, until, sources):
    """List the relations, each with its first evidence sentence.

    \b
    Examples:
      graphx relations --type attacks
      graphx relations --actor Taliban --explain
      graphx relations --actor Taliban --json
      graphx relations --said-by Ghani
      graphx relations --unattributed --type attacks
    """
    from graphx.query.lookup import find_actor, relations_of

    G = _load(graph_path, since, until, sources, by_id)
    a = find_actor(G, actor, by_id) if actor else None
    rows = list(relations_of(G, relation, a))
    if as_json:
        echo_json(shapes.relations_json(rows))
        return
    out = Printer(color)
    for s, t, d in rows:
        backed = shapes.backing(d)
        out.line(out.arrow(_label(G, s), d["relation"], True, _label(G, t))
                 + (f"  ({d['modality']})" if d.get("modality", "asserted") != "asserted" else "")
                 + (out.style(f"  \u00b7 {backed}", dim=True) if backed else ""))
        for ev in d.get("evidence", [])[: None if explain else 1]:
            out.quote(ev.get("sentence", ""))
            said_by, place = shapes.speaker(G, ev), shapes.place(G, ev)
            if explain or said_by or place:
                out.source(ev, d.get("date"), explain, said_by, place)
    if not rows:
        what = f"No {relation} relations" if relation else "No relations"
        where = f" of {_label(G, a)}" if a else ""
        when = f" {dated(since, until)}" if since or until else ""
        when += f" ({described(sources)})" if sources else ""
        out.line(f"{what}{where}{when}." + (f" Its relations: {_kinds_of(G, a)}." if a and relation else ""))
        sys.exit(EXIT_NOT_FOUND)


def _kinds_of(G, a) -> str:
    kinds = sorted({d["relation"] for _, _, d in G.in_edges(a, data=True)}
                   | {d["relation"] for _, _, d in G.out_edges(a, data=True)})
    return ", ".join(kinds) or "none"


@cli.command()
@graph_option
@period_options
@click.option("--format", "fmt", required=True, type=click.Choice(shapes.EXPORT_FORMATS),
              help="graphml/gexf for Gephi and networkx, csv for neo4j-admin import, cypher for cypher-shell, "
                   "csv-tables/parquet for spreadsheets, pandas, polars and DuckDB (actors, relations, "
                   "evidence), pyvis for a drawing of a neighbourhood, geojson for located events (QGIS, kepler.gl).")
@click.option("--out", "out_path", required=True, type=click.Path(),
              help="File to write (a folder for csv, csv-tables and parquet).")
@click.option("--actor", "actor_names", multiple=True, metavar="NAME",
              help="Export only this actor's neighbourhood (repeatable).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 10),
              help="How many relations away from --actor the neighbourhood reaches.")
@id_option
@source_options
@reports_errors
def export(graph_path, fmt, out_path, since, until, actor_names, depth, by_id, sources):
    """Export the graph (or an actor's neighbourhood) for Gephi, Neo4j, spreadsheets and
    DataFrames, or as a pyvis drawing.

    \b
    Examples:
      graphx export --format graphml --out graph.graphml
      graphx export --format csv --out neo4j-import/
      graphx export --format cypher --out graph.cypher
      graphx export --format csv-tables --out tables/
      graphx export --format pyvis --actor Pompeo --depth 1 --out pompeo.html
      graphx export --format geojson --out events.geojson
    (--format parquet --out tables/ needs pip install 'graphx[parquet]'; pyvis needs 'graphx[pyvis]'.)
    """
    from graphx.query.export import export as run_export
    from graphx.query.lookup import neighbourhood

    G = neighbourhood(_load(graph_path, since, until, sources, by_id), list(actor_names), depth, by_id)
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
    """Precision and recall of the graph against a gold annotation: a JSON file of the
    document's entities (id, aliases, required) and relations (source, target, types,
    symmetric, required); the README's "Scoring your own annotation" says how to make one,
    and examples/article_gold.json is one for examples/article.txt.

    \b
    Examples:
      graphx build examples/article.txt --out example/
      graphx evaluate examples/article_gold.json --graph example/graph.json -v
      graphx evaluate examples/article_gold.json --graph example/graph.json --by-pattern
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
