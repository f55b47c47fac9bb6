"""Why a node an analyst sees first may be wrong: the checks `entities.py --top` runs on each
of the nodes with most relations. Each check names a family of resolution errors; a flag is a
suspicion for a reader to judge, not a verdict.
"""
from __future__ import annotations

import re

from graphx.knowledge import gazetteer
from graphx.resolve.labels import FUNCTION_WORDS   # lower-case words a name may contain

MARKUP = re.compile(r"[<>*_\[\]|#@]|&\w+;")
NAME_WORD = re.compile(r"[A-Z][a-z'\u2019-]+\.?|[A-Z]\.")


def person_shaped(alias: str) -> bool:
    """"Dave Turk", "Melinda French": two or three capitalised name words, no body word."""
    words = alias.split()
    return 2 <= len(words) <= 3 and all(NAME_WORD.fullmatch(w) for w in words) \
        and not any(w.lower() in gazetteer().organisation_words for w in words)


def checks(G, node: str, generic_words: set[str]) -> list[str]:
    """The suspicions a node raises (empty: nothing seen)."""
    data = G.nodes[node]
    label, kind = data.get("label", node), data.get("type")
    names = [label, *data.get("aliases", [])]
    flags = []
    if kind in ("GPE", "ORG", "NORP") and any(person_shaped(a) and not _shares_words(a, label)
                                               for a in data.get("aliases", [])):
        flags.append("person-alias")          # a person's name under a state or body
    if any(MARKUP.search(n) for n in names):
        flags.append("markup")
    if any(_tail_word(n) for n in names):
        flags.append("verb-or-tail")          # "Biden Signs", "Department of State revoked"
    titles = gazetteer().titles | gazetteer().occupations
    if all(w.lower() in titles or w.lower() in FUNCTION_WORDS for w in label.split()):
        flags.append("title-only")            # "Crown Prince", "Secretary"
    if len(label.split()) == 1 and label.lower() in generic_words:
        flags.append("generic-noun")          # "the Administration", "Council", "Year"
    if kind == "PERSON" and len(_given_names(names)) > 1:
        flags.append("several-given-names")   # "Dave Turk" and "Emily Turk"
    if kind == "PERSON" and any(w.lower() in gazetteer().organisation_words or w.lower() in ("school", "college")
                                for n in names for w in n.split()):
        flags.append("body-as-person")        # "Joseph R. Biden School of Public Policy"
    if kind == "PERSON" and not re.search(r"[A-Za-z]{3,}", label):
        flags.append("initials-or-degree")    # "J.D", "B.A"
    if kind == "GPE" and person_shaped(label) and gazetteer().lookup(label) is None \
            and label.split()[0] not in PLACE_STARTS:
        flags.append("person-as-place")       # "Pawel Soloch" typed GPE
    if label.split()[0].lower() in GROUP_WORDS or label.split()[-1].lower() in GROUP_WORDS:
        flags.append("group-noun")            # "Leaders of Canada", "NATO Allies"
    if kind != "PERSON" and any(_unrelated_acronym(a, label) and gazetteer().lookup(a) is None
                                for a in data.get("aliases", [])):
        flags.append("acronym-mismatch")      # "DC Fast Chargers" labelling the DFC
    return flags


PLACE_STARTS = {"New", "San", "Santa", "Los", "Las", "Saint", "St.", "North", "South", "East", "West",
                "Port", "Fort", "Lake", "Mount", "Cape", "Puerto", "Rio", "El", "Sri", "Hong", "Costa"}
GROUP_WORDS = {"leaders", "allies", "officials", "members", "partners", "ministers", "governments", "teacher"}


def _unrelated_acronym(alias: str, label: str) -> bool:
    """An upper-case alias whose letters are not the initials of the label's words."""
    if not (alias.isupper() and alias.isalpha() and 2 <= len(alias) <= 6) or label.isupper():
        return False
    initials = "".join(w[0] for w in label.split() if w.lower() not in FUNCTION_WORDS and w[0].isalpha()).upper()
    return not (alias in initials or initials in alias or alias[0] == initials[:1] and set(alias) <= set(initials))


def _shares_words(alias: str, label: str) -> bool:
    return bool({w.lower() for w in alias.split()} & {w.lower() for w in label.split()})


def _tail_word(name: str) -> bool:
    """A lower-case word that is no particle, or a capitalised verb-like tail ("Biden Signs")."""
    words = name.split()
    verbs = [w for w in words[1:] if w.islower() and (w.endswith("ed") or w in ("a", "an", "signs", "says"))]
    return bool(verbs) or (len(words) > 1 and words[-1] in ("Signs", "Says", "Announces", "Highlights",
                                                           "Implements", "Awards", "Statement"))


def _given_names(names: list[str]) -> set[str]:
    """The given names used with the node's family name (full words, initials left out)."""
    family = names[0].split()[-1] if names[0].split() else ""
    given = set()
    for n in names:
        words = n.split()
        first = words[0] if len(words) >= 2 and words[-1] == family else ""
        if len(first) > 2 and not first.endswith(".") and not first.isupper() \
                and first.lower() not in gazetteer().titles and first.lower() not in ("honorable", "lady"):
            given.add(first)
    return given


def generic_words_of(G) -> set[str]:
    """Words the graph's evidence writes in lower case ("administration", "council"): a
    one-word label that is one of them names a kind of body, not one body."""
    words: set[str] = set()
    for _, _, d in G.edges(data=True):
        for ev in d.get("evidence", [])[:1]:
            words.update(re.findall(r"(?<![\w/.])[a-z]{4,}\b", ev.get("sentence", "")))
    return words
