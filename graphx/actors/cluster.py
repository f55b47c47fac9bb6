"""Clustering a document's mentions into actors: a gazetteer id, a person's name words
(Ghani ⊂ Ashraf Ghani), a surname whatever label the NER gave it ("Pompeo" tagged GPE), the
same name in another case, an acronym of a longer name (SIGAR), a name's last words."""
from __future__ import annotations

from graphx.actors.document import DocumentActors
from graphx.names import INITIALS_STOP_WORDS, name_words, slugify


def clusters(da: DocumentActors) -> None:
    persons: list[list[str]] = []     # token lists of person clusters, longest first
    person_mentions = sorted((m for m in da.mentions if m.label == "PERSON" and not m.gaz_id),
                             key=lambda m: -len(m.text.split()))
    person_key: dict[str, str] = {}
    labels: dict[int, str] = {}
    for m in person_mentions:
        words = name_words(m.text)
        match = None
        for cluster in persons:
            if all(w in cluster for w in words):
                match = cluster
                break
        if match is None:
            persons.append(words)
            labels[id(words)] = m.text
            match = words
        person_key[m.text] = labels[id(match)]
    surname_of = {}
    for cluster in persons:
        for w in cluster:
            surname_of.setdefault(w, labels[id(cluster)])
    others: dict[str, str] = {}        # normal name -> cluster label
    for m in sorted(da.mentions, key=lambda m: -len(m.text)):
        if m.gaz_id:
            entry = da.gaz.entries[m.gaz_id]
            m.key = entry.id
            da.add(m, entry.id, entry.name, entry.type, entry.kind)
        elif m.label == "PERSON":
            label = person_key[m.text]
            da.add(m, slugify(label), label, "PERSON")
        elif m.text in surname_of and len(m.text.split()) == 1:
            label = surname_of[m.text]
            da.add(m, slugify(label), label, "PERSON")
        else:
            label = _match_other(m.text, others)
            others.setdefault(m.text, label)
            da.add(m, slugify(label), label, m.label)


def _match_other(name: str, others: dict[str, str]) -> str:
    if name in others:
        return others[name]
    lowered = name.lower()
    for known, label in others.items():
        if known.lower() == lowered:
            return label
        if name.isupper() and 2 <= len(name) <= 8 and _initials(known) == name:
            return label
        if len(name.split()) >= 2 and known.endswith(" " + name):
            return label
    return name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w and w.lower() not in INITIALS_STOP_WORDS).upper()
