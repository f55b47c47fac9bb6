"""Running extraction over a stream of documents, in this process or in a process pool.

One document is the unit of failure: an unexpected error while parsing or extracting it
becomes a `Failure` naming the document, and every other document goes on. In the pool, a
worker process that dies (killed, out of memory) loses nothing either: the pool is
restarted, the batch that was running is retried one document at a time, and only the
document that kills a worker again is reported as failed.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import signal
import traceback
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from graphx.paragraphs import batched_by_size
from graphx.pipeline.extract import extract_document
from graphx.model import Document, Extraction
from graphx.nlp import load_pipeline, parse

BATCH_CHARS = 40_000       # text per task: enough to amortise messaging, small enough to stream


@dataclass
class Failure:
    """A document whose extraction raised: it is left out of the graph and reported."""

    document: Document
    error: str


def describe(error: BaseException) -> str:
    """One line: the exception, and where in graphx it was raised ("actors.py:203")."""
    message = " ".join(str(error).split())[:200]
    where = ""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if "/graphx/" in frame.filename.replace("\\", "/"):
            where = f" (at {Path(frame.filename).name}:{frame.lineno})"
            break
    return f"{type(error).__name__}: {message}{where}" if message else f"{type(error).__name__}{where}"


def extract_batch(nlp, documents: list[Document], on_parsed=None) -> list[Extraction | Failure]:
    """Parse and extract `documents`; an error costs only the document that raised it.

    Runs in a spaCy memory zone: the strings and lexemes the batch adds to the vocabulary
    are freed afterwards, so a long build does not grow with its corpus's vocabulary. Only
    one document's parse is held at a time.
    """
    results: list[Extraction | Failure] = []
    try:
        with nlp.memory_zone():
            for document, paras in parse(nlp, documents, on_parsed=on_parsed):
                try:
                    results.append(extract_document(document, paras))
                except Exception as error:          # noqa: BLE001 - isolate, never hide
                    results.append(Failure(document, describe(error)))
    except Exception as error:                      # noqa: BLE001 - the parser itself failed
        rest = documents[len(results):]
        if len(rest) == 1:
            return results + [Failure(rest[0], describe(error))]
        results += [r for d in rest for r in extract_batch(nlp, [d])]   # which one? each alone
    _forget_lemmas(nlp)
    return results


LEMMA_CACHE_LIMIT = 50_000    # (word, tag) entries: a few MB; clearing it every batch cost 10% speed


def _forget_lemmas(nlp) -> None:
    """spaCy's rule lemmatizer caches every (word, tag) it has seen, outside memory zones:
    a long build would grow with its corpus's vocabulary. The cache is emptied once it holds
    LEMMA_CACHE_LIMIT entries, so it stays bounded and mostly warm."""
    if "lemmatizer" in nlp.pipe_names:
        cache = getattr(nlp.get_pipe("lemmatizer"), "cache", None)
        if isinstance(cache, dict) and len(cache) > LEMMA_CACHE_LIMIT:
            cache.clear()


def batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    return batched_by_size(documents, BATCH_CHARS, lambda document: len(document.text))


def extract_serial(documents: Iterable[Document], nlp, on_parsed=None) -> Iterator[Extraction | Failure]:
    """Extract documents one batch at a time; `on_parsed(characters)` hears of each paragraph."""
    for batch in batches(documents):
        yield from extract_batch(nlp, batch, on_parsed)
        release_memory()


def release_memory() -> None:
    """Hand the heap's free pages back to the system after a batch (glibc only): parsing
    leaves the heap fragmented, and a long build would otherwise keep growing."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


_LIBC = _libc()


# -- the process pool ----------------------------------------------------------------------------
_WORKER_NLP = None


def _worker_init(model: str | None) -> None:
    global _WORKER_NLP
    # The parent handles Ctrl-C and SIGTERM and ends its workers: they die quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if _WORKER_NLP is None:           # forked workers inherit the parent's loaded pipeline
        _WORKER_NLP = load_pipeline(model)


def _worker_batch(documents: list[Document]) -> list[Extraction | Failure]:
    results = extract_batch(_WORKER_NLP, documents)
    release_memory()
    return results


class _Pool:
    """A process pool that survives the death of its workers."""

    def __init__(self, workers: int, nlp, model: str | None):
        global _WORKER_NLP
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        _WORKER_NLP = nlp if self.context.get_start_method() == "fork" else None
        self.workers, self.model = workers, model
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=self.context,
                                   initializer=_worker_init, initargs=(self.model,))

    def restart(self) -> None:
        self.close()
        self.executor = self._start()

    def submit(self, batch: list[Document]):
        return self.executor.submit(_worker_batch, batch)

    def close(self, wait: bool = False) -> None:
        """Shut down; unless `wait`, workers are ended, not awaited (an interrupted build
        must stop now)."""
        if wait:
            self.executor.shutdown(wait=True)
            return
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)


def extract_parallel(documents: Iterable[Document], workers: int, nlp,
                     model: str | None) -> Iterator[Extraction | Failure]:
    """Parse and extract in `workers` processes; only the small extractions come back, in
    input order. At most 2 × workers batches are in flight, so memory stays bounded."""
    global _WORKER_NLP
    pool = _Pool(workers, nlp, model)
    pending: deque = deque()

    def collect() -> list[Extraction | Failure]:
        batch, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pool.restart()
            results = []
            for document in batch:               # find the document that kills its worker
                try:
                    results.extend(pool.submit([document]).result())
                except BrokenProcessPool:
                    pool.restart()
                    results.append(Failure(document, "the worker process died while extracting it"))
            for i, (other, _) in enumerate(pending):
                pending[i] = (other, pool.submit(other))
            return results

    try:
        for batch in batches(documents):
            pending.append((batch, pool.submit(batch)))
            if len(pending) >= 2 * workers:
                yield from collect()
        while pending:
            yield from collect()
        pool.close(wait=True)
    finally:
        pool.close()
        _WORKER_NLP = None
