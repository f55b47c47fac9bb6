"""What every `graphx` command shares: error reporting, common options, terminal printing."""
from __future__ import annotations

import json
import shutil
import signal
import sys
import textwrap
from functools import wraps

import click

from graphx.version import __version__
from graphx.errors import GraphxError
from graphx.knowledge import ontology

DEFAULT_GRAPH = "output/graph.json"
try:
    RELATIONS, KNOWLEDGE_ERROR = sorted(ontology()), None
except GraphxError as e:        # reported by every command, as one Error line
    RELATIONS, KNOWLEDGE_ERROR = [], e
EXIT_NOT_FOUND = 1


class UserError(click.ClickException):
    """A GraphxError shown as one `Error: …` line, exit status 2."""

    exit_code = 2


def _terminate(signum, frame):
    raise KeyboardInterrupt   # unwinds like Ctrl-C: temporary files are removed, outputs kept


def reports_errors(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        try:
            signal.signal(signal.SIGTERM, _terminate)
        except ValueError:        # not the main thread (e.g. embedded): keep the default
            pass
        try:
            return f(*args, **kwargs)
        except GraphxError as e:
            raise UserError(str(e)) from None
        except KeyboardInterrupt:
            raise UserError("interrupted; earlier outputs are untouched") from None
    return wrapper


def graph_option(f):
    return click.option("--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True,
                        type=click.Path(dir_okay=False),
                        help="The graph.json to query.")(f)


def period_options(f):
    f = click.option("--until", metavar="DATE", help="Only evidence dated up to DATE (YYYY, YYYY-MM or YYYY-MM-DD).")(f)
    return click.option("--since", metavar="DATE", help="Only evidence dated from DATE on (YYYY, YYYY-MM or YYYY-MM-DD).")(f)


def source_options(f):
    """--said-by, --min-documents, --min-outlets, given to the command as one `sources`."""
    @wraps(f)
    def wrapper(*args, said_by=None, min_documents=0, min_outlets=0, unattributed=False, in_country=None,
                near=None, km=50.0, **kwargs):
        from graphx.query.sources import Sources
        return f(*args, sources=Sources(said_by, unattributed, min_documents, min_outlets, in_country, near, km),
                 **kwargs)
    wrapper = click.option("--km", type=click.FloatRange(0, 20_000), default=50.0, show_default=True,
                           help="How far from --near an act may be placed.")(wrapper)
    wrapper = click.option("--near", metavar="PLACE", help="Only acts placed within --km of PLACE.")(wrapper)
    wrapper = click.option("--in", "in_country", metavar="STATE", help="Only acts placed in STATE.")(wrapper)
    wrapper = click.option("--min-outlets", type=click.IntRange(0), default=0, metavar="N",
                           help="Only relations reported by at least N outlets.")(wrapper)
    wrapper = click.option("--min-documents", type=click.IntRange(0), default=0, metavar="N",
                           help="Only relations found in at least N documents.")(wrapper)
    return click.option("--said-by", metavar="ACTOR",
                        help="Only what ACTOR is said to have said (the evidence's speaker).")(wrapper)


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 document", "2 documents", "1 hop"."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def dated(since: str | None, until: str | None) -> str:
    """"dated 2019 to 2020", "dated 2030": the period a query was asked for, for its empty answer."""
    return "dated " + " to ".join(x for x in (since, until) if x)


def described(sources) -> str:
    """"said by Ghani; in 2+ outlets": the source filters a query was asked with, for its empty answer."""
    parts = [f"said by {sources.said_by}"] if sources.said_by else []
    parts += ["in the text's own voice"] if sources.unattributed else []
    parts += [f"in {sources.min_documents}+ documents"] if sources.min_documents > 1 else []
    parts += [f"in {sources.min_outlets}+ outlets"] if sources.min_outlets else []
    parts += [f"placed in {sources.in_country}"] if sources.in_country else []
    parts += [f"within {sources.km:g} km of {sources.near}"] if sources.near else []
    return "; ".join(parts)


def id_option(f):
    return click.option("--id", "by_id", is_flag=True,
                        help="Actor names are actor ids, exactly (as an ambiguity message or --json gives them).")(f)


def echo_json(data) -> None:
    """Print a JSON answer (every --json goes through here): UTF-8 as is, indented, sets as lists."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2,
                          default=lambda o: sorted(o) if isinstance(o, (set, frozenset)) else str(o)))


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(f)


def relation_option(f):
    return click.option("--relation", "-r", "relations", multiple=True,
                        type=click.Choice(RELATIONS), help="Keep only this relation type (repeatable).")(f)


class Printer:
    """Terminal output: wrapped to the terminal width, coloured only on a TTY."""

    def __init__(self, color: bool | None):
        self.color = sys.stdout.isatty() if color is None else color
        self.width = min(100, shutil.get_terminal_size((100, 20)).columns)

    def style(self, text: str, **kw) -> str:
        return click.style(text, **kw) if self.color else text

    def line(self, text: str = "") -> None:
        click.echo(text, color=self.color)

    def quote(self, text: str, indent: str = "    ") -> None:
        wrapped = textwrap.fill("\u201c" + " ".join(text.split()) + "\u201d", width=self.width,
                                initial_indent=indent, subsequent_indent=indent + " ")
        self.line(self.style(wrapped, dim=True))

    def source(self, ev: dict, date=None, explain: bool = False, said_by: str | None = None,
               place: str | None = None) -> None:
        """"— doc · date · in Doha · said by X", and with `explain` the trigger, the rule that
        found it and the modality."""
        parts = [ev.get("doc"), ev.get("date") or date, f"in {place}" if place else None,
                 f"said by {said_by}" if said_by else None]
        if explain:
            parts += [f"trigger \u201c{ev.get('trigger', '')}\u201d", f"pattern {ev.get('pattern') or '?'}",
                      ev.get("modality")]
        self.line(self.style("      \u2014 " + " \u00b7 ".join(str(x) for x in parts if x), dim=True))

    def arrow(self, label: str, relation: str, forward: bool, other: str) -> str:
        rel = self.style(relation, fg="cyan")
        return f"{label} \u2500{rel}\u2192 {other}" if forward else f"{label} \u2190{rel}\u2500 {other}"


def color_option(f):
    return click.option("--color/--no-color", default=None, help="Force or disable colour (default: on a terminal).")(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="graphx")
def cli():
    """Turn news articles into a graph of who did what to whom, and ask it questions.

    \b
    Examples:
      graphx build                          # seeds/ → output/graph.json + output/graph.html
      graphx path Pompeo Taliban            # how two actors connect, with evidence
      graphx show "Ashraf Ghani"            # an actor's profile
    """
    if KNOWLEDGE_ERROR is not None:
        raise UserError(str(KNOWLEDGE_ERROR))
