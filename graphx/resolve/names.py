"""The name model: can two names be one person?

`PersonName` parses a name with `nameparser` (titles, given, middle, family name, suffix)
and compares names on a folded form (`anyascii`: "Erdoğan" = "Erdogan", dotless "ı" = "i")
while the display form keeps its diacritics. Given names are compatible when equal, one
the initial of the other, a nickname pair (the `nicknames` package, a curated table of
English names) or near-identical spellings of a long name ("Mohammed" / "Mohamed",
`rapidfuzz`). Patronymic names ("Mohammed bin Zayed Al Nahyan") are compared on their
"X bin Y" core, so "Mohammed bin Salman" and "Khalid bin Salman" stay apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii
from nameparser import HumanName
from nameparser.config import CONSTANTS
from nicknames import NickNamer
from rapidfuzz.distance import Levenshtein

from graphx.names import NAME_PARTICLES
from graphx.names import is_suffix, without_suffix

PARTICLES = NAME_PARTICLES | {"bint", "del", "dos", "di"}     # those the document stage knows, and more
PATRONYMIC = {"bin", "ibn", "bint"}
HONORIFICS = {"honorable", "hon", "the", "his", "her", "excellency", "majesty", "highness", "royal"}


def fold(text: str) -> str:
    """The form names are compared in: ASCII, lower case, no dots ("Erdoğan" → "erdogan")."""
    return re.sub(r"[.'’]", "", anyascii(text)).lower().strip()


def is_title_word(word: str, titles: frozenset[str] = frozenset()) -> bool:
    """A word that titles a person rather than naming one ("President", "Hon.", "Majesty")."""
    w = fold(word)
    return w in titles or w in HONORIFICS or w in CONSTANTS.titles


def strip_titles(label: str, titles: frozenset[str] = frozenset()) -> str:
    """"Honorable Antony Blinken" → "Antony Blinken"; a label of titles only gives "".

    The last word of a longer title starting a name of three words or more is the rest
    of a title the text cut ("Defense Lloyd Austin" of "Secretary of Defense Lloyd Austin")."""
    words = label.split()
    while words and is_title_word(words[0], titles):
        words = words[1:]
    tails = {t.split()[-1] for t in titles if " " in t}
    if len(words) >= 3 and fold(words[0]) in tails:
        words = words[1:]
    return " ".join(words)


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


@cache
def nickname_forms(name: str) -> frozenset[str]:
    """A given name, its nicknames and the names it is a nickname of ("tony" → "anthony"…)."""
    nn = _nicknamer()
    return frozenset({name} | nn.nicknames_of(name) | nn.canonicals_of(name))


def _near(a: str, b: str) -> bool:
    """Spellings of one long name: "mohammed"/"mohamed", "zelenskyy"/"zelensky", "antony"/"anthony"."""
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and Levenshtein.distance(a, b) <= 1


def given_compatible(a: str, b: str) -> bool:
    """Can two (folded) given names be one person's? Same, initial, nickname pair, near spelling."""
    if not a or not b:
        return True
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if _near(a, b):
        return True
    fa, fb = nickname_forms(a), nickname_forms(b)
    if b in fa or a in fb:
        return True
    # "tony" → "anthony" ≈ "antony" (a shared nickname is not enough: Jane and John share "jennie")
    return any(_near(x, b) for x in fa) or any(_near(a, y) for y in fb)


@dataclass(frozen=True)
class PersonName:
    display: str
    given: str                 # folded first given name ("" when only a surname is known)
    middle: tuple[str, ...]    # folded middle names or initials
    surname: str               # folded family name, particles dropped ("von der Leyen" → "leyen")
    patronym: str = ""         # "bin zayed" of "Mohammed bin Zayed Al Nahyan"

    @property
    def is_single(self) -> bool:
        return not self.given

    @classmethod
    def parse(cls, label: str, titles: frozenset[str] = frozenset()) -> "PersonName":
        label = strip_titles(without_suffix(label), titles) or label
        words = [w for w in re.split(r"\s+", label.replace(",", " ")) if w and not is_suffix(w)]
        folded = [fold(w) for w in words]
        if not words:
            return cls(label, "", (), "")
        if len(words) == 1 or all(w in PARTICLES for w in folded[:-1]):   # "von der Leyen"
            return cls(label, "", (), _core(folded[-1]))
        for i, w in enumerate(folded[1:-1], start=1):     # "Mohammed bin Zayed (Al Nahyan)"
            if w in PATRONYMIC:
                return cls(label, folded[0], tuple(folded[1:i]), _core(folded[i + 1]),
                           patronym=f"{w} {_core(folded[i + 1])}")
        human = HumanName(label)
        given = (fold(human.first) or folded[0]).split()
        last = fold(human.last).split() or [w for w in folded[-1:] if w]
        core = [w for w in last if w not in PARTICLES] or last
        if not core or not given:
            return cls(label, "", (), _core(folded[-1]))
        middle = tuple(fold(m) for m in human.middle.split() if fold(m) not in PARTICLES)
        return cls(label, given[0], tuple(m for m in middle if m), _core(core[-1]))

    def words(self) -> list[str]:
        return [fold(w) for w in self.display.split()]


def _core(word: str) -> str:
    """"al-burhan" → "burhan": a hyphenated particle is not the family name."""
    parts = [p for p in word.split("-") if p and p not in PARTICLES]
    return "-".join(parts) if parts else word


def surname_matches(a: PersonName, b: PersonName) -> bool:
    if a.patronym or b.patronym:
        return a.patronym == b.patronym or (not a.patronym and a.surname in b.patronym.split()) \
            or (not b.patronym and b.surname in a.patronym.split())
    return a.surname == b.surname or _near(a.surname, b.surname)


def compatible(a: PersonName, b: PersonName) -> bool:
    """Can two full names (each with a given name) be one person?

    Family names match (folded, or a near spelling of a long one) and given names are
    compatible; middle names, when both have them, must not contradict."""
    if a.is_single or b.is_single:
        return False
    wa, wb = a.words(), b.words()
    shorter, longer = sorted((wa, wb), key=len)
    if 2 <= len(shorter) == len(longer) - 1 and longer[1:] == shorter and \
            (len(shorter) >= 3 or not a.patronym and not b.patronym):
        return True           # "Manuel López Obrador" of "Andrés Manuel López Obrador"
    if not surname_matches(a, b) or not given_compatible(a.given, b.given):
        return False
    if a.surname != b.surname and a.given != b.given and not (a.patronym and b.patronym):
        return False          # a near spelling of both names is two people, not one
    for x, y in zip(a.middle, b.middle):
        if x[0] != y[0]:
            return False
    return True


def reversed_order(a: PersonName, b: PersonName) -> bool:
    """"Kishida Fumio" and "Fumio Kishida": one two-word name written family name first."""
    wa, wb = a.words(), b.words()
    return len(wa) == len(wb) == 2 and wa == wb[::-1]
