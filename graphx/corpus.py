"""Reading inputs: files, folders and JSONL corpora become `Document`s.

Messy input is normal: binary files are skipped, legacy encodings decoded with a
warning, empty files and bad JSONL lines reported, and nothing is dropped silently.
Every skip or repair is recorded in a `ReadReport` that the build summary prints.
"""
from __future__ import annotations

import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from graphx.errors import InputError
from graphx.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04",
                b"\x1f\x8b", b"\x7fELF", b"OggS", b"\xd0\xcf\x11\xe0")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
T = TypeVar("T")

# Paragraphs longer than this are cut at sentence-like boundaries before parsing (a news
# paragraph is rarely over 2,000 characters; the parser's memory grows with the text it gets).
MAX_PARAGRAPH_CHARS = 5_000


@dataclass
class ReadReport:
    """What reading did besides yielding documents: skips and repairs, for the summary."""

    read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (where, why)
    warnings: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)    # (document id, error)

    def skip(self, where: str, why: str) -> None:
        self.skipped.append((where, why))

    def fail(self, document_id: str, error: str) -> None:
        """A document that was read but whose extraction raised: left out, never silently."""
        self.failed.append((document_id, error))


def check_inputs(paths: list[str]) -> None:
    """Fail before any work when an input does not exist or cannot be read."""
    for p in paths:
        if not os.path.exists(p):
            raise InputError(f"input not found: {p}")
        if not os.access(p, os.R_OK):
            raise InputError(f"input not readable: {p}")


def _is_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if head.startswith(BINARY_MAGIC):
        return True
    if b"\x00" in head:
        # UTF-16 text has NULs too, but carries a BOM.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    return False


def decode(raw: bytes, where: str, report: ReadReport) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252 / latin-1 with a warning."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        report.warnings.append(f"{where}: not UTF-8, decoded as {encoding}")
        return text
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def clean_text(text: str) -> str:
    """Normalise line ends and drop control characters (offsets refer to this text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def _files_under(folder: Path, report: ReadReport) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES or _is_web_input(path):
                found.append(path)
            else:
                report.skip(str(path), "not a .txt, .md, .jsonl, .html, feed or web archive file")
    return found


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
            for doc in _read_file(f, base, report):
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


def _is_web_input(path: Path) -> bool:
    from graphx.web_inputs import is_web_input      # web_inputs builds on this module
    return is_web_input(path)


def _doc_id(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base)) if base != Path(".") else path.name
    except ValueError:
        return path.name


def date_of_name(name: str) -> str | None:
    """"2021-01-22-remarks.txt" → "2021-01-22": a file named by its date."""
    m = re.match(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)", name)
    return "-".join(m.groups()) if m else None


def _read_file(path: Path, base: Path, report: ReadReport) -> Iterator[Document]:
    where = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(path, where, report)
        return
    if _is_web_input(path):
        from graphx.web_inputs import read_web_input
        for document in read_web_input(path, _doc_id(path, base), report):
            document.date = document.date or date_of_name(path.name)
            yield document
        return
    try:
        raw = path.read_bytes()
    except OSError as e:
        report.skip(where, f"cannot be read ({e.strerror or e})")
        return
    if _is_binary(raw):
        report.skip(where, "binary file, not text")
        return
    text = clean_text(decode(raw, where, report))
    if not text.strip():
        report.skip(where, "empty file")
        return
    yield Document(id=_doc_id(path, base), text=text, source=where, title=_title_of(text),
                   date=date_of_name(path.name))


def _title_of(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip().lstrip("# ").strip()
    return first[:120] or None


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
        if _is_binary(head):
            report.skip(where, "binary file, not text")
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


def _read_jsonl(path: Path, where: str, report: ReadReport) -> Iterator[Document]:
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
        yield Document(
            id=doc_id, text=clean_text(body), source=at,
            title=_clean_title(record.get("title")) or _title_of(body),
            date=_str_or_none(record.get("date")) or date_of_name(doc_id), url=_str_or_none(record.get("url")))


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


_BREAK = re.compile(r"(?<=[.!?;])[\"'\u201d\u2019)]*\s+")
# A wire dateline, "KHARTOUM, April 16 (Reuters) - ": where and who filed, not part of the news.
DATELINE = re.compile(r"^[A-Z][A-Z .'\-]{2,}(?:,[^()\n]{0,40})?\s*\([^)\n]{1,40}\)\s*[-\u2013\u2014]+\s*")


# Line ends that close a sentence, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*\s*$")
# Lines that start something of their own even inside a block: list items, headings, speaker
# labels of transcripts ("THE PRESIDENT:", "MR. KIRBY:", "Q").
_OWN_LINE = re.compile(r"\s*(?:[-*\u2022+]\s|\d{1,3}[.)]\s|#|[A-Z][A-Z.'\- ]{1,40}:|Q\s)")


def is_hard_wrapped(text: str) -> bool:
    """Whether `text` is hard-wrapped (archives, e-mail, wire feeds): paragraphs separated by
    blank lines, each cut into lines at a fixed width. Most lines followed by another line
    then end mid-sentence, and many of the lines after them go on in lower case; a text of
    one paragraph (or headline) per line has neither."""
    lines = text.split("\n")
    continued = mid = lower = 0
    for line, after in zip(lines, lines[1:]):
        if not line.strip() or not after.strip():
            continue
        continued += 1
        if not _SENTENCE_END.search(line):
            mid += 1
            lower += after.lstrip()[:1].islower()
    return continued > 0 and mid * 2 >= continued and lower * 10 >= mid * 3


def _lines_to_paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: every line, or in hard-wrapped text every block of
    lines between blank lines (split before list items, headings and speaker labels)."""
    if not is_hard_wrapped(text):
        for m in re.finditer(r"[^\n]+", text):
            yield m.start(), m.end()
        return
    start = end = None
    at = 0
    for line in text.split("\n"):
        if not line.strip() or _OWN_LINE.match(line):
            if start is not None:
                yield start, end
            start = None
        if line.strip():
            start = at if start is None else start
            end = at + len(line)
        at += len(line) + 1
    if start is not None:
        yield start, end


# Read as a plain space, one character for one (offsets hold): line breaks inside a paragraph,
# and the no-break and thin spaces of published text, which spaCy makes tokens of their own
# that cut the parse ("support for\u00a0Ukraine's sovereignty").
AS_SPACE = str.maketrans({c: " " for c in "\n\t\u00a0\u2007\u2009\u202f"})


def paragraphs(text: str, max_chars: int = MAX_PARAGRAPH_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, text) of each paragraph, over-long ones cut near sentence ends.

    A paragraph is a line, or in hard-wrapped text a block of lines whose line breaks read
    as spaces (so offsets still point into the text, and a text gives the same paragraphs
    wrapped or not). spaCy's sentence splitter stumbles when a closing quote ends a
    paragraph, and its memory grows with text length, so graphx parses paragraph by
    paragraph, in bounded chunks.
    """
    first = True
    for begin, stop in _lines_to_paragraphs(text):
        start, chunk = begin, text[begin:stop].translate(AS_SPACE)
        stripped = chunk.strip()
        if not stripped:
            continue
        start += len(chunk) - len(chunk.lstrip())
        chunk = stripped
        dateline = DATELINE.match(chunk) if first else None
        first = False
        if dateline and dateline.end() < len(chunk):
            start += dateline.end()
            chunk = chunk[dateline.end():]
        while len(chunk) > max_chars:
            cut = _cut_point(chunk, max_chars)
            piece = chunk[:cut]
            yield start, piece.rstrip()
            rest = chunk[cut:]
            start += cut + (len(rest) - len(rest.lstrip()))
            chunk = rest.lstrip()
        if chunk:
            yield start, chunk


def batched_by_size(items: Iterable[T], limit: int, size: Callable[[T], int]) -> Iterator[list[T]]:
    """Consecutive items in lists of at most `limit` in total `size` (an item larger than
    `limit` alone): documents per worker task, paragraphs per spaCy batch."""
    batch: list[T] = []
    total = 0
    for item in items:
        n = size(item)
        if batch and total + n > limit:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


def _cut_point(chunk: str, limit: int) -> int:
    window = chunk[:limit]
    ends = [m.end() for m in _BREAK.finditer(window)]
    if ends and ends[-1] > limit // 4:
        return ends[-1]
    space = window.rfind(" ")
    return space + 1 if space > limit // 4 else limit
