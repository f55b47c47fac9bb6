"""Reading inputs: files, folders and JSONL corpora, web pages, feeds and archives become
`Document`s.

Messy input is normal: binary files are skipped, legacy encodings decoded with a warning,
empty files and bad JSONL lines reported, and nothing is dropped silently. Every skip or repair
is recorded in a `ReadReport` that the build summary prints. Which reader reads a file is
the `READERS` table, keyed by the file's suffix; a file named on the command line with any
other suffix is read as text.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator

from graphx.errors import InputError
from graphx.inputs.jsonl import read_jsonl
from graphx.inputs.report import ReadReport
from graphx.inputs.text import binary_file, clean_text, decode, head_of, is_binary, read_text
from graphx.inputs.web import FEED_SUFFIXES, HTML_SUFFIXES, WARC_SUFFIXES, read_web_input, suffix_of
from graphx.inputs.huge import in_parts
from graphx.model import Document

Reader = Callable[[Path, str, ReadReport], Iterator[Document]]   # (file, document id, report)

READERS: dict[str, Reader] = {
    **{s: read_text for s in (".txt", ".md", ".text", ".markdown")},
    **{s: read_jsonl for s in (".jsonl", ".ndjson")},
    **{s: read_web_input for s in sorted(HTML_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES)},
}

__all__ = ["READERS", "ReadReport", "check_inputs", "clean_text", "decode", "read_inputs"]


def check_inputs(paths: list[str]) -> None:
    """Fail before any work when an input does not exist or cannot be read."""
    for p in paths:
        if not os.path.exists(p):
            raise InputError(f"input not found: {p}")
        if not os.access(p, os.R_OK):
            raise InputError(f"input not readable: {p}")


def read_inputs(paths: list[str], report: ReadReport | None = None) -> Iterator[Document]:
    """Yield the documents of every input, lazily, one file at a time."""
    report = report if report is not None else ReadReport()
    check_inputs(paths)
    seen_ids: dict[str, int] = {}
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = _files_under(path, report)
            base = path
        else:
            files, base = [path], path.parent
        for f in files:
            reader = READERS.get(suffix_of(f), read_text)
            for doc in in_parts(reader(f, _doc_id(f, base), report), report):
                if doc.id in seen_ids:
                    seen_ids[doc.id] += 1
                    new_id = f"{doc.id}#{seen_ids[doc.id]}"
                    report.warnings.append(f"{doc.source}: duplicate document id {doc.id!r}, "
                                           f"kept as {new_id!r}")
                    doc.id = new_id
                else:
                    seen_ids[doc.id] = 1
                report.read += 1
                yield doc


def _files_under(folder: Path, report: ReadReport) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if suffix_of(path) in READERS:
                found.append(path)
            else:
                report.skip(str(path), _not_read(path))
    return found


def _not_read(path: Path) -> str:
    """Why a file in a folder is not read: what it is when binary (as when named alone)."""
    try:
        head = head_of(path)
    except OSError as e:
        return f"cannot be read ({e.strerror or e})"
    if is_binary(head):
        return binary_file(head)
    return "not a .txt, .md, .jsonl, .html, feed or web archive file"


def _doc_id(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base)) if base != Path(".") else path.name
    except ValueError:
        return path.name
