"""`build`: inputs → parse → extract → graph.json + graph.html, with a summary of what happened.

Documents stream through: read lazily, looked up in the cache, and only the misses go
through `nlp.pipe` (whose model is loaded on the first miss). Memory holds the graph, not
the corpus.
"""
from __future__ import annotations

import gc
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import networkx as nx

from graphx.pipeline.cache import ExtractionCache
from graphx.inputs import ReadReport, check_inputs, read_inputs
from graphx.inputs.outlets import outlet_name
from graphx.knowledge import check_knowledge
from graphx.graph import GraphBuilder, check_writable, save_graph
from graphx.pipeline.lock import OutputLock
from graphx.model import Document
from graphx.nlp import load_pipeline, model_name, model_package_name
from graphx.explorer.render import write_html
from graphx.resolve import Resolution
from graphx.resolve.curation import Curation, load_curation
from graphx.pipeline.distributed import extract_dask, require_dask
from graphx.pipeline.spill import Spill
from graphx.pipeline.workers import Failure, extract_parallel, extract_serial, release_memory

DEFAULT_INPUT = "seeds"
DEFAULT_OUTPUT = "output"


@dataclass
class Progress:
    """What a progress display needs: done and total bytes of text, documents and words."""

    documents: int = 0
    words: int = 0
    done_bytes: int = 0
    total_bytes: int = 0
    parsed_chars: int = 0       # text parsed so far, of finished documents and the one in hand
    finished_chars: int = 0     # text of the finished documents
    started: float = field(default_factory=time.monotonic)
    listener: Callable[["Progress"], None] | None = field(default=None, repr=False)

    def finish(self, document: Document) -> None:
        """A document is done (extracted, from the cache, or failed)."""
        self.documents += 1
        self.words += document.word_count
        self.done_bytes += document.input_bytes or len(document.text.encode("utf-8"))
        self.finished_chars += len(document.text)
        self.parsed_chars = max(self.parsed_chars, self.finished_chars)
        if self.listener:
            self.listener(self)

    def parsed(self, characters: int) -> None:
        """A paragraph of the documents in hand is parsed."""
        self.parsed_chars += characters
        if self.listener:
            self.listener(self)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.words / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def done(self) -> int:
        """Input done: finished documents' bytes, and the text parsed of the ones in hand."""
        return self.done_bytes + max(0, self.parsed_chars - self.finished_chars)

    @property
    def fraction(self) -> float:
        """How much of the input is done, 0 to 1."""
        return min(1.0, self.done / self.total_bytes) if self.total_bytes else 0.0

    @property
    def eta(self) -> float | None:
        done = self.done
        if not done or not self.total_bytes:
            return None
        return max(0.0, self.elapsed * (self.total_bytes - done) / done)


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    report: ReadReport
    json_path: Path
    html_path: Path
    words: int = 0
    documents: list[str] = field(default_factory=list)
    parsed: int = 0            # documents that went through spaCy (the rest came from the cache)
    cached: int = 0
    resolution: Resolution | None = None   # what entity resolution and curation did

    @property
    def actors(self) -> int:
        return self.graph.number_of_nodes()

    @property
    def relations(self) -> int:
        return self.graph.number_of_edges()


def _input_bytes(inputs: list[str]) -> int:
    total = 0
    for p in inputs:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
        elif os.path.isfile(p):
            total += os.path.getsize(p)
    return total


def build(inputs: list[str] | None = None, out_dir: str | Path = DEFAULT_OUTPUT,
          model: str | None = None, workers: int = 1, nlp=None, use_cache: bool = True,
          progress: Callable[[Progress], None] | None = None, wait: bool = False,
          scheduler: str | None = None, outlet: str | None = None) -> BuildResult:
    """Build the graph of `inputs` into `out_dir` (graph.json and graph.html).

    Inputs and the output folder are checked before anything is loaded, so mistakes fail
    fast; the output folder is locked for the whole build (another build into it stops with
    an OutputError, or with `wait` waits its turn); outputs are replaced atomically only once
    the whole graph is built. `outlet` names the publisher of documents whose input names none.
    """
    inputs = list(inputs) if inputs else [DEFAULT_INPUT]
    out = Path(out_dir)
    check_inputs(inputs)
    check_knowledge()
    check_writable(out)
    if scheduler:
        require_dask()
    curation = load_curation(out)          # a bad curation file stops the build before any work
    with OutputLock(out).acquire(wait=wait) as lock:
        result = _build(inputs, out, model, workers, nlp, use_cache, progress, curation, scheduler,
                        outlet_name(outlet))
        if lock.warning:
            result.report.warnings.insert(0, lock.warning)
        return result


def _build(inputs: list[str], out: Path, model: str | None, workers: int, nlp, use_cache: bool,
           progress: Callable[[Progress], None] | None, curation: Curation,
           scheduler: str | None = None, outlet: str | None = None) -> BuildResult:
    report = ReadReport()
    state = Progress(total_bytes=_input_bytes(inputs), listener=progress)
    loaded = {"nlp": nlp}

    def pipeline():
        if loaded["nlp"] is None:
            loaded["nlp"] = load_pipeline(model)
        return loaded["nlp"]

    cache_model = model_name(nlp) if nlp is not None else model_package_name(model)
    cache = ExtractionCache(out, cache_model) if use_cache else None
    builder = GraphBuilder(model=cache_model)
    order: dict[str, int] = {}

    def finished(document: Document, built: bool = True) -> None:
        if built:
            order[document.id] = len(order)
        state.finish(document)

    def misses() -> Iterator[Document]:
        for document in read_inputs(inputs, report):
            document.outlet = document.outlet or outlet
            cached = cache.get(document) if cache else None
            if cached is not None:
                spill.add(cached)
                finished(document)
            else:
                yield document

    with Spill(out) as spill:
        parsed = _extract_misses(misses(), spill, cache, report, finished, scheduler, workers, pipeline, model,
                                 on_parsed=state.parsed)
        if nlp is None and loaded["nlp"] is not None:
            loaded["nlp"] = None          # the pipeline is not needed for the graph stage
            gc.collect()
            release_memory()
        for extraction in spill:
            builder.add(extraction)
    if cache:
        report.warnings.extend(cache.damaged)
    return _write(builder, out, order, curation, report, state.words, parsed)


def _extract_misses(stream: Iterator[Document], spill: Spill, cache, report: ReadReport, finished,
                    scheduler: str | None, workers: int, pipeline, model: str | None, on_parsed=None) -> int:
    """Extract the documents the cache did not have (here, in a process pool or on a Dask
    cluster), spilling and caching each; a failed document is reported and left out. Returns
    how many were parsed."""
    first = next(stream, None)
    if first is None:
        return 0

    def all_misses():
        yield first
        yield from stream
    if scheduler:
        extractions = extract_dask(all_misses(), scheduler, model)
    elif workers > 1:
        extractions = extract_parallel(all_misses(), workers, pipeline(), model)
    else:
        extractions = extract_serial(all_misses(), pipeline(), on_parsed)
    parsed = 0
    for extraction in extractions:
        if isinstance(extraction, Failure):
            report.fail(extraction.document.id, extraction.error)
            finished(extraction.document, built=False)
            continue
        spill.add(extraction)
        if cache:
            cache.put(extraction)
        parsed += 1
        finished(extraction.document)
    return parsed


def _write(builder: GraphBuilder, out: Path, order: dict[str, int], curation: Curation, report: ReadReport,
           words: int, parsed: int) -> BuildResult:
    """The graph stage (resolution, curation), then graph.json and graph.html written."""
    G = builder.finish(order, curation)
    report.warnings.extend(builder.resolution.warnings)
    result = BuildResult(G, report, out / "graph.json", out / "graph.html", words,
                         sorted(order, key=order.get), parsed, len(order) - parsed,
                         builder.resolution)
    if result.documents:          # a build of nothing leaves the previous outputs as they were
        save_graph(G, result.json_path)
        write_html(G, result.html_path)
    return result
