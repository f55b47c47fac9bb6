"""Plain text files: binary files told apart, legacy encodings decoded with a warning, control
characters dropped; a file's title is its first line, its date the date its name starts with."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from graphx.inputs.report import ReadReport
from graphx.model import Document

BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04",
                b"\x1f\x8b", b"\x7fELF", b"OggS", b"\xd0\xcf\x11\xe0")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def is_binary(raw: bytes) -> bool:
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


def date_of_name(name: str) -> str | None:
    """"2021-01-22-remarks.txt" → "2021-01-22": a file named by its date."""
    m = re.match(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)", name)
    return "-".join(m.groups()) if m else None


def read_text(path: Path, doc_id: str, report: ReadReport) -> Iterator[Document]:
    """A text file as one document (a named file of any other kind is read as text too)."""
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        report.skip(where, f"cannot be read ({e.strerror or e})")
        return
    if is_binary(raw):
        report.skip(where, "binary file, not text")
        return
    text = clean_text(decode(raw, where, report))
    if not text.strip():
        report.skip(where, "empty file")
        return
    yield Document(id=doc_id, text=text, source=where, title=title_of(text),
                   date=date_of_name(path.name))


def title_of(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip().lstrip("# ").strip()
    return first[:120] or None


