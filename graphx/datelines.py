"""Datelines: where (and who) filed a story, which open its body and are not part of the news.

Read as a city acting they do harm ("BEIRUT, Lebanon (AP) — The minister criticised …" would
make Lebanon criticise), so the paragraph text after them is what graphx parses. The forms:

- with an agency: "KHARTOUM, April 16 (Reuters) - ", "HAYWARD, Calif. (AP) — ", and with a
  known news outlet also a place in mixed case or none at all: "Hong Kong (CNN Business)A …",
  "(CNN)President …";
- without one: "NAIROBI, Kenya — ", "SIOUX FALLS, S.D. – ", or a bare place in capitals that
  the gazetteer knows (a state, capital or territory): "WASHINGTON — ";
- a place in capitals on a line of its own: "BAAR, SWITZERLAND".

An upper-case word before a dash that is not a known place ("NASA — the agency …") is news.
"""
from __future__ import annotations

import re
from functools import cache

_DASH = r"[-\u2013\u2014]"
_CAPS = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}"          # "SIOUX FALLS", "ST. LOUIS"
_REGION = r"[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}"           # "Lebanon", "S.D.", "United Arab Emirates"
_PAREN = r"\(([A-Z][^()\n]{0,39})\)"                        # "(Reuters)", "(CNN Business)"

WITH_AGENCY = re.compile(rf"^{_CAPS}(?:,[^()\n]{{0,40}})?\s*{_PAREN}\s*{_DASH}+\s*")
OUTLET_FIRST = re.compile(rf"^(?:[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){{0,3}}\s*)?{_PAREN}\s*(?:{_DASH}+\s*)?(?=[A-Z\"\u201c])")
WITHOUT_AGENCY = re.compile(rf"^({_CAPS})(, {_REGION})?\s+{_DASH}+\s+(?=\S)")
PLACE_KINDS = ("country", "capital", "territory", "region")
OWN_LINE = re.compile(rf"^{_CAPS}, {_CAPS}$")


def dateline_end(paragraph: str) -> int:
    """Where the news starts in a paragraph that opens with a dateline (0: no dateline;
    the paragraph's length: the paragraph is a dateline)."""
    m = WITH_AGENCY.match(paragraph)
    if m:
        return m.end() if m.end() < len(paragraph) else 0
    m = OUTLET_FIRST.match(paragraph)
    if m and _is_outlet(m.group(1)):
        return m.end()
    m = WITHOUT_AGENCY.match(paragraph)
    if m and (m.group(2) or _is_place(m.group(1))):
        return m.end()
    if OWN_LINE.match(paragraph):
        return len(paragraph)
    return 0


def _is_outlet(name: str) -> bool:
    from graphx.knowledge import gazetteer
    gaz = gazetteer()
    found = gaz.lookup(name.strip()) or gaz.lookup(name.split()[0])
    return found is not None and gaz.entries[found].kind == "media"


@cache
def _places() -> frozenset[str]:
    from graphx.knowledge import gazetteer
    gaz = gazetteer()
    return frozenset(form.lower() for form, entry_id, label in gaz.surface_forms()
                     if label != "NORP" and gaz.entries[entry_id].kind in PLACE_KINDS)


def _is_place(name: str) -> bool:
    return name.lower() in _places()
