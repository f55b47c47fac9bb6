"""Labels as a reader writes names, and names that are no actor at all.

Cleaning: titles never belong to a person's label ("Honorable Antony Blinken", "NSA
Sullivan", "Chancellor Scholz of Germany" → "Antony Blinken", "Sullivan", "Scholz"), nor
does the "s" of a possessive cut off its apostrophe ("s Budget").

Not actors, by rule over type and form (the NER's type is no guide: it tags headlines'
laws as people), never by a list of one corpus's strings: a person
label made only of titles ("Majesty King"), a deity ("God"), and things named like bodies
that cannot act: laws, programmes, documents, days ("Inflation Reduction Act", "Temporary
Protected Status") — told by their head noun (names.toml `non_actor_heads`).
"""
from __future__ import annotations

import re

from graphx.knowledge import gazetteer, name_knowledge
from graphx.names import without_suffix
from graphx.resolve.names import fold, is_title_word, nickname_forms, strip_titles

_POSSESSIVE_S = re.compile(r"^[sS]\s+(?=\S)")
# Lower-case words a name may contain: "Council on Environmental Quality", "Doctors without
# Borders", "Mohammed bin Salman", "Médecins sans Frontières". Any other lower-case word
# ends the name: it is the sentence the tagger ran on into ("Trump Administration announced").
FUNCTION_WORDS = {"of", "for", "on", "and", "the", "to", "in", "at", "with", "without", "from",
                  "by", "under", "against", "de", "del", "la", "le", "les", "du", "des", "da",
                  "di", "do", "dos", "van", "von", "der", "den", "bin", "ibn", "bint", "al", "el",
                  "abu", "sans", "sur", "y", "e", "et", "und", "a", "an", "or", "&"}
_JUNK_START = re.compile(r"^[^\w@(]+")                   # ">DEPARTMENT OF …" (markup left in text)
_JUNK_END = re.compile(r"(?<=\w)[*:;“”\"<>|]+.*$")       # "Scott Franklin**:“For"
_OF_PLACE = re.compile(r"^(?P<name>.+?)\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w .'-]+)$")


def is_given_name(word: str) -> bool:
    """Is `word` a known given name (in the `nicknames` table, as a name or a nickname)?"""
    w = fold(word)
    return bool(nickname_forms(w) - {w})


def clean_label(label: str, type_: str) -> str:
    """The label without a possessive's stray "s", a social-media handle or a headline's
    leading gerund ("Addressing AI") and, for a person, without titles and a trailing "of
    <place>". "" when nothing of a name is left."""
    label = _POSSESSIVE_S.sub("", _JUNK_END.sub("", _JUNK_START.sub("", label.strip())))
    words = label.split()
    while len(words) > 1 and (words[0].startswith("@") or (
            len(words[0]) >= 6 and words[0].endswith("ing") and words[0][0].isupper()
            and not is_given_name(words[0]) and not re.fullmatch(r"[A-Z]\.", words[1]))):
        words = words[1:]
    for i, word in enumerate(words[1:], start=1):        # "Trump Administration announced"
        if word.isalpha() and word.islower() and word not in FUNCTION_WORDS:
            words = words[:i]
            break
    label = " ".join(words)
    if type_ != "PERSON":
        return label
    gaz = gazetteer()
    label = without_suffix(label)
    words = label.split()
    if len(words) == 2 and len(words[0]) >= 3 and words[0].isupper() and words[0].isalpha() \
            and words[1][:1].isupper() and not words[1].isupper():
        label = words[1]            # "NSA Sullivan", "DNI Haines": an office's acronym as a title
    m = _OF_PLACE.match(label)
    if m and gaz.lookup(m.group("place")):
        label = m.group("name")
    return strip_titles(label, gaz.titles)


def titled_person(label: str) -> str | None:
    """"Chancellor Scholz of Germany", "King Abdullah of Jordan" tagged ORG: a title, a name
    and "of" a state the gazetteer knows is a person; their name, else None."""
    gaz = gazetteer()
    m = _OF_PLACE.match(label)
    if not m or not gaz.lookup(m.group("place")):
        return None
    words = m.group("name").split()
    if not words or not is_title_word(words[0], gaz.titles):
        return None
    name = strip_titles(m.group("name"), gaz.titles)
    return name if name and all(w[:1].isupper() for w in name.split()) and len(name.split()) <= 3 else None


def head_word(label: str) -> str:
    """"Office of Management and Budget" → "office"; "Inflation Reduction Act" → "act"."""
    before = re.split(r"\s+(?:of|for|on)\s+", label, maxsplit=1)[0]
    words = fold(before).split()
    return words[-1] if words else ""


def is_non_actor(label: str, type_: str) -> bool:
    names = name_knowledge()
    folded = fold(label)
    if not folded or folded in names.deities or re.match(r"(https?|www)\b", folded):
        return True                       # a deity, a web address's remains
    if len(folded) == 1:
        return True                       # "A": an interview's answer marker ("Q: … A: …"), an initial
    if type_ == "NORP" and folded in names.regional_peoples:
        return True                       # "Asian leaders": a continent's people, no actor
    if type_ in ("GPE", "NORP", "LOC"):
        return False
    if re.sub(r"[.\s]", "", folded) in names.degrees and (type_ == "PERSON" or "." in label):
        return True                       # "J.D", "B.A": a degree in a biography
    if type_ == "PERSON" and is_given_name(label.split()[0]):
        return False                      # "Doris Day", "Bill Law": a person after all
    return head_word(label) in names.non_actor_heads
