"""The analyst's commands on who is who: merge, split, rename, drop, and duplicates to review."""
from __future__ import annotations

import json
from pathlib import Path

import click

from graphx.cli.common import cli, echo_json, graph_option, json_option, plural, reports_errors


def _run(graph_path: str, do: str, **fields) -> None:
    from graphx.pipeline.curate import changed_actors, curate
    from graphx.resolve.curation import Action

    out = Path(graph_path).parent
    action = Action(do, {k: v for k, v in fields.items() if v is not None})
    G, resolution = curate(out, action)
    for warning in resolution.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(f"Recorded in {out / 'curation.toml'}; graph rebuilt from the cache: "
               f"{plural(G.number_of_nodes(), 'actor')}, {plural(G.number_of_edges(), 'relation')}")
    if do == "drop":
        click.echo(f"  {fields['actor']}: left out of the graph")
    touched = changed_actors(G, action)
    for n in touched:
        d = G.nodes[n]
        docs = d.get("docs", [])
        click.echo(f"  {d.get('label', n)}: {plural(d.get('mentions', 0), 'mention')} in {plural(len(docs), 'document')} "
                   f"({', '.join(docs[:3])}{', …' if len(docs) > 3 else ''})")
    alias = fields.get("alias")
    if alias and touched and alias in G.nodes[touched[0]].get("aliases", []):
        click.echo(f"  ({alias!r} stays a name of {G.nodes[touched[0]]['label']} where a document names it so "
                   "after its full name; take that document out with --document)")


@cli.command()
@click.argument("actors", nargs=-1, required=True)
@click.option("--as", "as_name", help="The name of the merged actor (default: the fullest name).")
@graph_option
@reports_errors
def merge(actors, as_name, graph_path):
    """Make ACTORS (two or more) one actor, now and on every later build of this folder.

    Recorded in curation.toml beside the graph; the graph is rebuilt from the build cache
    (nothing is parsed again).

    \b
    Examples:
      graphx merge NATO "NATO Resolute Support"
      graphx merge ISIS ISIS-K --as "Islamic State"
    """
    if len(actors) < 2:
        raise click.UsageError("give at least two actors to merge")
    _run(graph_path, "merge", actors=list(actors), **{"as": as_name})


@cli.command()
@click.argument("actor")
@click.option("--alias", help="Take this name form (and the mentions that use it) out of ACTOR.")
@click.option("--document", "document", help="Take this document's mentions out of ACTOR.")
@graph_option
@reports_errors
def split(actor, alias, document, graph_path):
    """Undo a merge: take a name form or a document's mentions out of ACTOR (with neither,
    every name form that was joined into ACTOR stands alone again).

    \b
    Examples:
      graphx split NATO --alias "NATO Resolute Support"
      graphx split "Islamic State"
    (--document: graphx split "Kamala Harris" --document 2024-03-17-readout takes that
    document's mentions out, when the actor is named in other documents too.)
    """
    if alias and document:
        raise click.UsageError("give --alias or --document, not both")
    _run(graph_path, "split", actor=actor, alias=alias, document=document)


@cli.command()
@click.argument("actor")
@click.argument("name")
@graph_option
@reports_errors
def rename(actor, name, graph_path):
    """Give ACTOR the label NAME (its old label stays an alias).

    \b
    Example:
      graphx rename ISIS-K "Islamic State Khorasan"
    """
    _run(graph_path, "rename", actor=actor, name=name)


@cli.command()
@click.argument("actor")
@graph_option
@reports_errors
def drop(actor, graph_path):
    """Leave ACTOR (and its relations) out of the graph: it is no actor.

    \b
    Example:
      graphx drop "Camp David"
    """
    _run(graph_path, "drop", actor=actor)


@cli.command()
@graph_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000), help="How many pairs to list.")
@json_option
@reports_errors
def duplicates(graph_path, limit, as_json):
    """Pairs of actors that may be one, best first: similar names, shared neighbours, same
    role. Review them and merge the right ones with graphx merge.

    \b
    Examples:
      graphx duplicates
      graphx duplicates --limit 50 --json
    """
    from graphx.graph import load_graph
    from graphx.resolve.candidates import candidates

    G = load_graph(graph_path)
    pairs = candidates(G, limit)
    if as_json:
        echo_json([p.as_dict() for p in pairs])
        return
    if not pairs:
        click.echo("No candidate duplicates.")
        return
    for p in pairs:
        click.echo(f"{p.score:.2f}  {p.label_a}  ~  {p.label_b}   ({'; '.join(p.reasons)})")
        click.echo(f"      graphx merge {json.dumps(p.label_a, ensure_ascii=False)} "
                   f"{json.dumps(p.label_b, ensure_ascii=False)}")
