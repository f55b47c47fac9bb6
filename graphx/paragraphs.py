"""Paragraphs: the units graphx parses, with their offsets in the document.

A paragraph is a line, or in hard-wrapped text (archives, e-mail, wire feeds) a block of lines
between blank lines; a dateline opening the body is cut off (`datelines`); over-long
paragraphs are cut near sentence ends; paragraphs go to spaCy in batches of bounded size.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator, TypeVar

from graphx.datelines import dateline_end

T = TypeVar("T")

# Paragraphs longer than this are cut at sentence-like boundaries before parsing (a news
# paragraph is rarely over 2,000 characters; the parser's memory grows with the text it gets).
MAX_PARAGRAPH_CHARS = 5_000

_BREAK = re.compile(r"(?<=[.!?;])[\"'\u201d\u2019)]*\s+")
# Datelines, where and who filed, not part of the news: "KHARTOUM, April 16 (Reuters) - ".
# Checked on the first DATELINE_PARAGRAPHS paragraphs, since a web page or feed entry often
# opens with its headline or a byline and the body's dateline comes second.
DATELINE_PARAGRAPHS = 3


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
    looking = DATELINE_PARAGRAPHS
    for begin, stop in _lines_to_paragraphs(text):
        start, chunk = begin, text[begin:stop].translate(AS_SPACE)
        stripped = chunk.strip()
        if not stripped:
            continue
        start += len(chunk) - len(chunk.lstrip())
        chunk = stripped
        cut = dateline_end(chunk) if looking else 0
        looking = 0 if cut else max(0, looking - 1)
        if cut >= len(chunk):                # a dateline on a line of its own
            continue
        start += cut
        chunk = chunk[cut:]
        while len(chunk) > max_chars:
            cut = _cut_point(chunk, max_chars)
            piece = chunk[:cut]
            yield start, piece.rstrip()
            rest = chunk[cut:]
            start += cut + (len(rest) - len(rest.lstrip()))
            chunk = rest.lstrip()
        if chunk:
            yield start, chunk


def parts(text: str, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of at most about `max_chars` characters, cut at a
    blank line, else a line end, else a sentence end: a huge document read piece by piece."""
    found, start = [], 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = window.rfind("\n\n")
        cut = cut if cut > max_chars // 2 else window.rfind("\n")
        cut = cut if cut > max_chars // 2 else _cut_point(window, max_chars)
        found.append((start, start + cut))
        start += cut
    found.append((start, len(text)))
    return found


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
