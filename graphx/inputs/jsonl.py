"""JSONL corpora: one document a line ({"id", "text"} and optional "title", "date", "url",
"outlet" / "publisher" / "source"),
read one line at a time; a bad line is skipped and reported, never the whole file."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Iterator

from graphx.dates import normal_date
from graphx.inputs.report import ReadReport
from graphx.inputs.outlets import record_outlet
from graphx.inputs.text import binary_file, clean_text, date_of_name, decode, is_binary, title_of
from graphx.model import Document


def _jsonl_lines(path: Path, where: str, report: ReadReport) -> Iterator[str]:
    """The lines of a JSONL file, read one at a time: memory stays flat in the file's size.

    Lines are decoded one by one (UTF-8, else cp1252 / latin-1, one warning per file)."""
    try:
        f = path.open("rb")
    except OSError as e:
        report.skip(where, f"cannot be read ({e.strerror or e})")
        return
    with f:
        head = f.read(8192)
        if is_binary(head):
            report.skip(where, binary_file(head))
            return
        f.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield from io.TextIOWrapper(f, encoding="utf-16")
            return
        warned = False
        for number, raw in enumerate(f, start=1):
            try:
                yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield decode(raw, where, ReadReport() if warned else report)   # warns once
                warned = True


def read_jsonl(path: Path, doc_id: str, report: ReadReport) -> Iterator[Document]:
    """The documents of a JSONL file (their ids come from the records, else the line number)."""
    where = str(path)
    for number, line in enumerate(_jsonl_lines(path, where, report), start=1):
        if not line.strip():
            continue
        at = f"{where}: line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            report.skip(at, f"malformed JSON ({e.msg})")
            continue
        if not isinstance(record, dict):
            report.skip(at, "not a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            report.skip(at, 'no "text"')
            continue
        doc_id = record.get("id")
        doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(where).name}:{number}"
        url = _str_or_none(record.get("url"))
        yield Document(
            id=doc_id, text=clean_text(body), source=at,
            title=_clean_title(record.get("title")) or title_of(body),
            date=_record_date(record.get("date"), at, report) or date_of_name(doc_id),
            url=url, input_bytes=len(line.encode("utf-8")), outlet=record_outlet(record, url))


def _record_date(value, at: str, report: ReadReport) -> str | None:
    """A record's "date" as ISO ("14 March 2022" → "2022-03-14"); one that is no date is a
    warning naming the record, and the document is read undated."""
    written = _str_or_none(value)
    if written is None:
        return None
    found = normal_date(written)
    if found is None:
        report.warnings.append(f'{at}: "date" {written!r} is not a date graphx can read; '
                               "the document is read without one")
    return found


def _str_or_none(value) -> str | None:
    return str(value) if value not in (None, "") else None


_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def _clean_title(value) -> str | None:
    """A record's title as a reader sees it: escapes left by a second JSON encoding decoded
    ("Sullivan\\u2019s" → "Sullivan’s"), invisible joiners dropped, spaces collapsed."""
    title = _str_or_none(value)
    if title is None:
        return None
    title = _INVISIBLE.sub("", _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), title))
    return " ".join(title.split()) or None
