"""Name helpers that need no parse: the forms names are written and compared in, the words
of a person's name, and name suffixes.

A generational suffix ("Jr.", "Sr.") belongs to the name before it and never stands alone:
"President Joseph R. Biden, Jr." is one person, named "Joseph R. Biden" for matching (so
the forms with and without the suffix are one actor across documents). Regnal numbers
("Charles III") are part of the name and kept. The name model used to resolve people
across documents is in `graphx.resolve.names` (graph stage: changing it never re-parses).
"""
from __future__ import annotations

import re

from anyascii import anyascii

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


def slugify(name: str) -> str:
    """A stable node id: lower-case words joined by '-'."""
    s = name.replace("\u2019", "'").lower()
    s = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-")
    return s or "actor"


def normal_name(text: str) -> str:
    """A name as graphx writes it: straight apostrophes, single spaces, no leading article,
    no possessive, no stray punctuation at the ends ("the Taliban's" → "Taliban")."""
    text = text.replace("\u2019", "'").strip()
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"^(the|a|an) ", "", text, flags=re.I)
    text = re.sub(r"\s*'s?$", "", text)
    return text.strip(" .,;:-\"'")


def name_key(text) -> str:
    """The form names are compared in (queries, evaluation): `normal_name`, lower-cased."""
    return normal_name(str(text).replace("\u2018", "'")).lower()


# Words an acronym skips: "Special Inspector General for Afghanistan Reconstruction" is SIGAR.
INITIALS_STOP_WORDS = frozenset({"of", "for", "on", "and", "the", "to", "in", "at"})

NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "du", "la", "le", "abu"}


def name_words(name: str) -> list[str]:
    """The words a shorter mention of a person may use: "al-Burhan" gives "al-Burhan" and "Burhan"."""
    words = []
    for w in name.split():
        words.append(w)
        parts = [x for x in re.split(r"-", w) if x and x.lower() not in NAME_PARTICLES]
        if len(parts) > 1 or (parts and parts[0] != w):
            words.extend(parts)
    return words


def leader_key(name: str) -> str:
    """A name as the leaders table compares it: ASCII, lower case, no dots, commas or "Jr.",
    single spaces."""
    text = anyascii(name).lower().replace(".", " ").replace(",", " ")
    return " ".join(w for w in re.split(r"\s+", text) if w and w not in GENERATIONAL)
