"""Person-name helpers that need no parse: name suffixes.

A generational suffix ("Jr.", "Sr.") belongs to the name before it and never stands alone:
"President Joseph R. Biden, Jr." is one person, named "Joseph R. Biden" for matching (so
the forms with and without the suffix are one actor across documents). Regnal numbers
("Charles III") are part of the name and kept. The name model used to resolve people
across documents is in `graphx.resolve.names` (graph stage: changing it never re-parses).
"""
from __future__ import annotations

import re

GENERATIONAL = {"jr", "sr"}
NUMERALS = {"ii", "iii", "iv"}
_TRAILING = re.compile(r"(?i),?\s+(?:%s)\.?$" % "|".join(sorted(GENERATIONAL)))


def is_suffix(word: str) -> bool:
    """"Jr.", "JR", "Sr", "III": a word that only ever follows a name."""
    return word.lower().rstrip(".") in GENERATIONAL | NUMERALS


def without_suffix(name: str) -> str:
    """"Joseph R. Biden, Jr." → "Joseph R. Biden"; "Charles III" stays."""
    stripped = _TRAILING.sub("", name).rstrip(" ,")
    return stripped if stripped else name


def suffix_end(words: list[str], end: int) -> int:
    """Where a name ending before `end` really ends: after ", Jr." or " Sr." if they follow."""
    j = end + (end < len(words) and words[end] == ",")
    if j < len(words) and is_suffix(words[j]):
        return j + 1
    return end


def is_title_at(words: list, titles: frozenset[str]) -> int:
    """Length in words of the longest title phrase starting at words[0], or 0.

    `words` are lower-cased strings or tokens."""
    words = [w if isinstance(w, str) else w.lower_ for w in words[:6]]
    best = 0
    for n in range(1, len(words) + 1):
        if " ".join(words[:n]) in titles:
            best = n
    return best
