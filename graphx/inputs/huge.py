"""Huge documents: read as parts, so memory and progress stay flat on one enormous text.

A document over MAX_DOCUMENT_CHARS is read as parts of about that size, cut at a blank line
(else a line end), each extracted on its own ("big.txt#part-2"; a warning says so, and that
each part's actors are found on their own). A text file over STREAM_FACTOR times that is
never held whole: it is decoded and cut as it is read, a part at a time (a 50 MB file would
otherwise be held three times over while decoding).
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Iterator

from graphx.inputs.report import ReadReport
from graphx.model import Document
from graphx.paragraphs import parts

MAX_DOCUMENT_CHARS = 200_000      # a news text is rarely a tenth of it
STREAM_FACTOR = 4


def streams(path: Path) -> bool:
    """Whether a text file is big enough to be read a part at a time."""
    try:
        return path.stat().st_size > STREAM_FACTOR * MAX_DOCUMENT_CHARS
    except OSError:
        return False


def in_parts(documents: Iterator[Document], report: ReadReport) -> Iterator[Document]:
    """Each document, or a huge one as its parts, with a warning saying so."""
    for doc in documents:
        if len(doc.text) <= MAX_DOCUMENT_CHARS:
            yield doc
            continue
        spans = parts(doc.text, MAX_DOCUMENT_CHARS)
        _warn(report, doc.source, f"{len(doc.text):,} characters, read as {len(spans)} parts", doc.id)
        for n, (start, end) in enumerate(spans, start=1):
            text = doc.text[start:end]
            share = round(doc.input_bytes * len(text) / len(doc.text)) if doc.input_bytes else 0
            yield _part(doc.id, doc.source, n, start, text, doc.title, doc.date, share)


def stream_parts(path: Path, doc_id: str, report: ReadReport, clean, title_of, date: str | None
                 ) -> Iterator[Document]:
    """The parts of a huge text file, decoded (UTF-8, undecodable bytes replaced) and cleaned a
    part at a time, each cut at a blank line once it is most of a part, else at a line end."""
    where = str(path)
    cut = _Cutter(doc_id, where, clean, title_of, date)
    with path.open("rb") as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline=None):
            if cut.size and cut.size + len(line) > MAX_DOCUMENT_CHARS:
                yield cut.part()
            cut.add(line)
            if cut.size >= 0.8 * MAX_DOCUMENT_CHARS and not line.strip():
                yield cut.part()
    if cut.size:
        yield cut.part()
    if cut.n:
        _warn(report, where, f"{cut.start:,} characters, read a part at a time as {cut.n} parts", doc_id)


class _Cutter:
    """The lines of the part being read, and where the parts so far ended."""

    def __init__(self, doc_id: str, where: str, clean, title_of, date: str | None):
        self.doc_id, self.where, self.clean, self.title_of, self.date = doc_id, where, clean, title_of, date
        self.lines: list[str] = []
        self.size = self.n = self.start = 0
        self.title = None

    def add(self, line: str) -> None:
        self.lines.append(line)
        self.size += len(line)

    def part(self) -> Document:
        text = "".join(self.lines)
        self.n += 1
        self.title = self.title or self.title_of(text)
        doc = _part(self.doc_id, self.where, self.n, self.start, self.clean(text), self.title, self.date, self.size)
        self.start += len(text)
        self.lines, self.size = [], 0
        return doc


def _part(doc_id: str, source: str, n: int, start: int, text: str, title, date, input_bytes: int) -> Document:
    return Document(id=f"{doc_id}#part-{n}", text=text, source=f"{source} (part {n}, from character {start:,})",
                    title=title, date=date, input_bytes=input_bytes)


def _warn(report: ReadReport, where: str, what: str, doc_id: str) -> None:
    report.warnings.append(f"{where}: {what} of at most {MAX_DOCUMENT_CHARS:,} (ids {doc_id}#part-1 …); "
                           "each part's actors are found on their own")
