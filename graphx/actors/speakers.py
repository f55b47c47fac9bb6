"""Transcripts: who speaks each paragraph.

A speaker label at the start of a paragraph opens a turn ("THE PRESIDENT:", "PRESIDENT BIDEN:",
"MR. KIRBY:", "Q"); the turn lasts until the next label. A label names its speaker in one of
three ways:

- a name after the titles ("PRESIDENT BIDEN", "SECRETARY OF STATE BLINKEN", "MS. JEAN-PIERRE");
- "THE" and a title only ("THE PRESIDENT", "THE VICE PRESIDENT"): the holder the document's
  title or byline names ("Remarks by President Biden on …"), else the title itself;
- nobody: the press ("Q"), the audience, a moderator, an unnamed official
  (`anonymous_speaker_words` in the lexicon).

The actor stage turns labels into mentions (`DocumentActors`), coreference resolves first-person
pronouns inside a turn to its speaker ("I spoke with President Bush") and "we"/"our" to the state
or organisation the speaker acts for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from graphx.names import is_title_at

# "THE PRESIDENT:", "PRESIDENT BIDEN:", "MS. JEAN-PIERRE:", "Q    Mr. President, …", "Q:"
LABEL = re.compile(r"\s*(?:(?P<q>Q)(?=[\s:.])|(?P<label>[A-Z][A-Z.'\u2019\-]*(?: [A-Z][A-Z.'\u2019\-]*){0,6}):(?=\s))")
# "Remarks by President Biden on …", "Press Briefing by Press Secretary Karine Jean-Pierre and …"
BYLINE = re.compile(r"^(?:Remarks|Statement|Statements|Press Briefing|Press Conference|Press Gaggle|Address|"
                    r"Speech|Interview|Briefing|Readout|Message|Press Call|Background Press Call)\b.{0,200}?"
                    r"\b(?:by|of|from|with)\b", re.I)

# Title-case words of a byline after a name: "Remarks by President Biden On …", "… Harris After …"
BYLINE_STOP = {"on", "at", "in", "and", "of", "to", "for", "with", "before", "after", "during", "upon",
               "about", "as", "from", "following", "via", "the", "a", "an", "&"}


@dataclass
class Turn:
    """A speaker label: where it is in its paragraph, and what it names."""

    start: int                  # character span of the label in the paragraph
    end: int
    name_tokens: tuple[int, int] | None = None   # token span of the name it gives, if any
    title: str | None = None    # "president" for "THE PRESIDENT": a title-only label
    anonymous: bool = False     # the press, the audience, an unnamed official


def label_of(doc: Doc, titles: frozenset[str], anonymous_words: frozenset[str]) -> Turn | None:
    """The speaker label a paragraph starts with, or None."""
    m = LABEL.match(doc.text)
    if m is None:
        return None
    if m.group("q"):
        return Turn(m.start("q"), m.end("q"), anonymous=True)
    start, end = m.start("label"), m.end("label")
    tokens = [t for t in doc if start <= t.idx < end and not t.is_punct]
    words = [_word(t.lower_) for t in tokens]
    if not tokens or any(w in anonymous_words for w in words):
        return Turn(start, end + 1, anonymous=True)
    article = words[0] == "the"
    i = 1 if article else 0
    while i < len(words):                  # titles and honorifics before the name
        n = is_title_at(words[i:], titles)
        if not n and words[i] + "." not in titles:
            break
        i += n or 1
    if i < len(tokens):
        return Turn(start, end + 1, name_tokens=(tokens[i].i, tokens[-1].i + 1))
    title = " ".join(words[1 if article else 0:])
    if article and title:
        return Turn(start, end + 1, title=title)
    return Turn(start, end + 1, anonymous=True)   # "MODERATOR", "SENIOR ADMINISTRATION OFFICIAL"


def _word(lower: str) -> str:
    return lower.replace("\u2019", "'")


def turns(paras: list[tuple[int, Doc]], titles: frozenset[str], anonymous_words: frozenset[str]
          ) -> dict[int, tuple[int, Turn]]:
    """Paragraph index → (the paragraph of the label whose turn it is in, that label), for the
    paragraphs of a transcript (none for other documents)."""
    out: dict[int, tuple[int, Turn]] = {}
    current: tuple[int, Turn] | None = None
    for p, (_, doc) in enumerate(paras):
        label = label_of(doc, titles, anonymous_words)
        if label is not None:
            current = (p, label)
        if current is not None:
            out[p] = current
    return out


def holder_in_byline(byline: str | None, title: str) -> str | None:
    """The name a byline gives the holder of `title`: "Remarks by President Biden and Prime
    Minister Lapid" → "Biden" for "president" (never the vice president)."""
    if not byline or not BYLINE.match(byline):
        return None
    pattern = re.compile(r"(?<![Vv]ice )\b" + re.escape(title) + r"\s+(?P<name>[A-Z][^\s,;:]*(?:\s+[A-Z][^\s,;:]*){0,3})",
                         re.I)
    for m in pattern.finditer(byline):
        words = []
        for word in m.group("name").split():     # "Harris Announcing New Action on Housing" → "Harris"
            if not word[0].isupper() or word.lower() in BYLINE_STOP or word.lower().endswith("ing"):
                break
            words.append(word)
        if words:
            return " ".join(words)
    return None



def label_tokens(doc: Doc, turn: Turn) -> tuple[int, int]:
    """Token span of a label in its paragraph."""
    inside = [t.i for t in doc if turn.start <= t.idx < turn.end]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def speaker_mention(doc: Doc, turn: Turn, byline: str | None, person_words: dict[str, str]
                    ) -> tuple[int, int, str] | None:
    """(start, end, name) of the mention a label makes: its name ("MS. JEAN-PIERRE" →
    "Jean-Pierre", written as the document writes it elsewhere), or for "THE PRESIDENT" the
    holder the byline names, else "The President"; None for an anonymous label."""
    if turn.anonymous:
        return None
    if turn.name_tokens is not None:
        a, b = turn.name_tokens
        return a, b, _cased(doc[a:b].text, person_words)
    a, b = label_tokens(doc, turn)
    holder = holder_in_byline(byline, turn.title)
    return a, b, holder or unnamed(turn.title)


def unnamed(title: str) -> str:
    """The label of a speaker known by their title alone: "The President"."""
    return "The " + title.title()


def _cased(text: str, person_words: dict[str, str]) -> str:
    """"JEAN-PIERRE" → "Jean-Pierre"; "MCCONNELL" → "McConnell" when the text writes it so."""
    if not text.isupper():
        return text
    words = []
    for w in text.split():
        words.append(person_words.get(w.lower()) or "-".join(x.capitalize() for x in w.split("-")))
    return " ".join(words)


# "Statement by NSC Spokesperson Emily Horne on …", "Statement from President Joe Biden": a
# document issued in one person's name (joint statements, "by the President" name no one person).
ISSUED = re.compile(r"^Statements? (?:by|from) (?P<who>.+?)(?=,? (?:on|at|in|regarding|following|after|about|"
                    r"marking|upon|to|for)\b|:|\s[\u2013\u2014-]\s|$)")


def issuer_in_title(title: str | None, titles: frozenset[str]) -> str | None:
    """The name of the one person a statement's title says issued it ("Jen Psaki" of
    "Statement by White House Press Secretary Jen Psaki on …"), or None."""
    m = ISSUED.match(" ".join((title or "").replace("\\", " ").split()))
    if m is None or re.search(r"\b(?:and|&)\b|&", m.group("who")):
        return None
    words = m.group("who").split()
    lower = [w.lower().strip(",") for w in words]
    after = max((j + n for j in range(len(lower)) if (n := is_title_at(lower[j:], titles))), default=0)
    name = [w.strip(",") for w in words[after:] if w.strip(",")]
    if not 1 <= len(name) <= 5 or not all(w[0].isupper() for w in name):
        return None
    return " ".join(name)
