"""What a page's extracted text carries besides its article: menus, link cards, repeats.

trafilatura leaves out most boilerplate, but not a menu or card that the page repeats inside
its body, which then reads as actors ("World", "Europe", "Middle East" become nodes) or as a
headline of another story. Three families, each a named rule:

- **repeated short lines** (a menu, "See More", a separator): every occurrence dropped;
- **repeated paragraphs** (a story repeated by a carousel): kept once (trafilatura mostly
  does this already);
- **hover cards glued into a sentence**, a name followed by itself and the card's text up to
  its "MORE" link ("Gov. Jane DoeJane Ann DoeHeadline one Headline two MORE (R) said …"):
  the card is cut out, the name kept.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SHORT_LINE_WORDS = 8            # a line of at most this many words, repeated, is navigation
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
_GLUED_NAME = re.compile(r"\b(([A-Z][a-z]+)(?: [A-Z][a-z.'\-]*)*? [A-Z][a-z]+)(?=\2\b)")
_CARD_END = re.compile(r" MORE\b")
CARD_SPAN = 600                 # a hover card is at most this long


@dataclass
class Cleaned:
    text: str
    dropped_chars: int          # characters of repeated lines and cards taken out

    @property
    def mostly_boilerplate(self) -> bool:
        return self.dropped_chars > len(self.text)


def clean_page_text(text: str) -> Cleaned:
    """The article text of a page without repeated menus, repeated paragraphs and glued cards."""
    lines = text.split("\n")
    counts = Counter(line.strip() for line in lines if line.strip())
    kept, seen, dropped = [], set(), 0
    for line in lines:
        key = line.strip()
        if key and counts[key] > 1 and (_is_short(key) or key in seen):
            dropped += len(line) + 1
            continue
        seen.add(key)
        unglued = _without_cards(line)
        dropped += len(line) - len(unglued)
        kept.append(unglued)
    return Cleaned("\n".join(kept), dropped)


def _is_short(line: str) -> bool:
    return len(line.split()) <= SHORT_LINE_WORDS and not _SENTENCE_END.search(line)


def _without_cards(line: str) -> str:
    """"Gov. Jane DoeJane Ann DoeHeadline … MORE (R) said" → "Gov. Jane Doe (R) said"."""
    out, at = [], 0
    for m in _GLUED_NAME.finditer(line):
        if m.start() < at:
            continue
        end = _CARD_END.search(line, m.end(), m.end() + CARD_SPAN)
        if end is None:
            continue
        out.append(line[at:m.end()])
        at = end.end()
    out.append(line[at:])
    return "".join(out)
