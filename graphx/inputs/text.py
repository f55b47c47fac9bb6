"""Plain text files: binary files told apart, legacy encodings decoded with a warning, control
characters dropped; a file's title is its first line, its date the date its name starts with."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from graphx.inputs import huge
from graphx.inputs.report import ReadReport
from graphx.model import Document

# What a binary file is, by its first bytes: named in the skip message a user reads.
BINARY_KINDS = {b"%PDF-": "a PDF file", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                b"GIF87a": "a GIF image", b"GIF89a": "a GIF image", b"PK\x03\x04": "a zip archive (or Office file)",
                b"\x1f\x8b": "a gzip file", b"\x7fELF": "a program", b"OggS": "an audio file",
                b"\xd0\xcf\x11\xe0": "an old Office file"}
BINARY_MAGIC = tuple(BINARY_KINDS)
NOT_READ = "not text graphx reads (.txt, .md, .jsonl, .html, feeds, web archives)"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def is_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if head.startswith(BINARY_MAGIC):
        return True
    if b"\x00" in head:
        # UTF-16 text has NULs too, but carries a BOM.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    return False


def binary_file(raw: bytes) -> str:
    """Why a binary file is skipped, the same wherever it was found: "a PDF file, not text …"."""
    kind = next((k for magic, k in BINARY_KINDS.items() if raw.startswith(magic)), "a binary file")
    return f"{kind}, {NOT_READ}"


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


def date_of_name(name: str) -> str | None:
    """"2021-01-22-remarks.txt" → "2021-01-22": a file named by its date."""
    m = re.match(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)", name)
    return "-".join(m.groups()) if m else None


def read_text(path: Path, doc_id: str, report: ReadReport) -> Iterator[Document]:
    """A text file as one document (a named file of any other kind is read as text too)."""
    where = str(path)
    streamed = huge.streams(path)
    try:
        raw = head_of(path) if streamed else path.read_bytes()
    except OSError as e:
        report.skip(where, f"cannot be read ({e.strerror or e})")
        return
    if is_binary(raw):
        report.skip(where, binary_file(raw))
        return
    if streamed:                  # never held whole: decoded and cut a part at a time
        yield from huge.stream_parts(path, doc_id, report, clean_text, title_of, date_of_name(path.name))
        return
    text = clean_text(decode(raw, where, report))
    if not text.strip():
        report.skip(where, "empty file")
        return
    yield Document(id=doc_id, text=text, source=where, title=title_of(text),
                   date=date_of_name(path.name), input_bytes=len(raw))


def head_of(path: Path) -> bytes:
    """A file's first 8 kB: enough to tell text from binary."""
    with path.open("rb") as f:
        return f.read(8192)


def title_of(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip().lstrip("# ").strip()
    return first[:120] or None


