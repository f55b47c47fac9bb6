"""Capitalised words that are not names, told by the document itself.

- An acronym the document defines by lower-case words is the abbreviation of a common noun
  phrase, not a name: "personal protective equipment (PPE)", "an executive order (EO)",
  "AI (artificial intelligence)". (Actors' names are capitalised when spelled out: "the
  Federal Emergency Management Agency (FEMA)".)
- A single word capitalised only because it starts a sentence or a heading, or by style as
  the modifier of a common noun, and written in lower case elsewhere in the same document,
  is that common word: "State and local officials …" or "Tribal governments" beside "… the
  state budget" or "tribal leaders".

The acronyms found are reported with the extraction, so the graph stage can leave them out
in documents that never spell them out.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from graphx.names import INITIALS_STOP_WORDS

STOP = INITIALS_STOP_WORDS | {"a", "an"}       # "an executive order (EO)"
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")


def _initials(words: list[str]) -> set[str]:
    """Initials of lower-case words, with and without their stop words ("request for
    information": "rfi", "ri"); none if any word is not lower case."""
    if not words or not all(w.isalpha() and w.islower() for w in words):
        return set()
    return {"".join(w[0] for w in words if w not in STOP), "".join(w[0] for w in words)}


def concept_acronyms(paras: list[Doc], texts: list[str]) -> set[str]:
    """Which of the acronyms `texts` this document defines as lower-case words, as in
    "personal protective equipment (PPE)" or "RFI (request for information)"."""
    wanted = {t for t in texts if _ACRONYM.match(t)}
    found: set[str] = set()
    if not wanted:
        return found
    for doc in paras:
        words = [t.text for t in doc]
        for i in range(1, len(words) - 1):
            acronym = words[i]
            if acronym not in wanted or words[i - 1] != "(" or words[i + 1] != ")":
                continue
            key = acronym.rstrip("s").lower()
            before = words[max(0, i - 1 - 2 * len(key)):i - 1]
            for k in range(len(before)):
                if key in _initials(before[k:]) and before[k] not in STOP:
                    found.add(acronym)
                    break
        for i in range(len(words) - 2):
            if words[i] in wanted and words[i + 1] == "(" and ")" in words[i + 2:i + 3 + 2 * len(words[i])]:
                close = words.index(")", i + 2)
                if words[i].rstrip("s").lower() in _initials(words[i + 2:close]):
                    found.add(words[i])
    return found


def lower_case_words(paras: list[Doc], words: set[str]) -> tuple[set[str], set[str]]:
    """Of `words`, those this document also writes in lower case (returned lower-cased), and
    those it capitalises inside a sentence."""
    lowered = {w.lower() for w in words}
    lower, inside = set(), set()
    if not words:
        return lower, inside
    for doc in paras:
        for t in doc:
            text = t.text
            if text in lowered:
                lower.add(text)
            elif text in words and not is_sentence_start(doc, t.i):
                inside.add(text)
    return lower, inside


def is_sentence_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or doc[i - 1].text in ("\n", "(", "\u201c", '"')


def modifies_common_noun(token) -> bool:
    """"Tribal" in "State, local, and Tribal governments": a word (or a conjunct of one)
    modifying a lower-case common noun."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    return token.dep_ in ("amod", "compound", "nmod") and head is not token and head.pos_ == "NOUN" \
        and head.text.islower()
