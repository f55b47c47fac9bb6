"""`graphx timeline`: an actor's (or a pair's) dated relations in order."""
from __future__ import annotations

import sys

import click

from graphx.cli.common import (EXIT_NOT_FOUND, echo_json, Printer, cli, color_option, graph_option, id_option,
                               json_option, reports_errors, source_options)


@cli.command()
@click.argument("actor")
@click.argument("other", required=False)
@graph_option
@id_option
@json_option
@color_option
@source_options
@reports_errors
def timeline(actor, other, graph_path, by_id, as_json, color, sources):
    """ACTOR's dated relations (with OTHER only, if given), oldest first, each with its
    evidence; a date comes from the text ("in November 2019") or else the document.

    \b
    Examples:
      graphx timeline Taliban
      graphx timeline "United States" Taliban --json
    """
    from graphx.query.shapes import load_period
    from graphx.query.timeline import timeline as entries_of

    entries = entries_of(load_period(graph_path, sources=sources, by_id=by_id), actor, other, by_id)
    if as_json:
        echo_json([e.as_dict() for e in entries])
    else:
        out = Printer(color)
        for e in entries:
            mood = f"  ({e.modality})" if e.modality and e.modality != "asserted" else ""
            out.line(f"{e.date:<10}  " + out.arrow(e.source, e.relation, True, e.target) + mood)
            out.quote(e.sentence, indent="            ")
            out.line(out.style(f"              \u2014 {e.doc} \u00b7 date from the {e.date_source}", dim=True))
    if not entries:
        if not as_json:
            click.echo("No dated relations" + (" between these actors." if other else " of this actor."))
        sys.exit(EXIT_NOT_FOUND)
