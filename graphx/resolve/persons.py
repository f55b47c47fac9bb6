"""People across documents: compatible names join, and only compatible ones.

Full names ("Joseph R. Biden", "Joe Biden", "Jill Biden") are taken fullest first; each joins
the one group all of whose names it is compatible with (`graphx.names.compatible`: same
family name, compatible given names) or starts its own. A name compatible with several
groups ("J. Biden" beside Joe and Jill) joins none and is reported as ambiguous.

A lone name ("Biden", "BIDEN", "Erdoğan", "Xi") joins the one group whose family name it is
(for family-first names, "Xi" of "Xi Jinping", the name that starts with it). With several
candidates, the documents and then the roles decide (see `_choose`); otherwise it stays
alone and is reported as ambiguous.
"""
from __future__ import annotations

import re
from collections import defaultdict

import networkx as nx

from graphx.knowledge import gazetteer, name_knowledge
from graphx.resolve.names import (PersonName, compatible, fold, given_compatible, nickname_forms,
                                  reversed_order)
from graphx.resolve.groups import Groups


def _is_person(data: dict) -> bool:
    return data.get("type") == "PERSON" and not data.get("kind")


def _block(name: PersonName) -> str:
    return name.surname[:3]


def _trailing_words(G: nx.MultiDiGraph, groups: Groups) -> set[str]:
    """"Biden signed", "Melania Trump Launches": a person label that is a known person's name
    and one more word in lower case, or looking like a verb and in no other person's name (a
    headline's verb the tagger took into the name), is that person. "Kevin Mailepors" is
    not "Kevin": a given name followed by a word is a full name."""
    persons = {n: d["label"] for n, d in G.nodes(data=True) if _is_person(d)}
    uses: dict[str, int] = defaultdict(int)
    for label in persons.values():
        for w in set(fold(label).split()):
            uses[w] += 1
    by_label = {fold(label): n for n, label in persons.items()}
    surnames = {fold(label).split()[-1] for label in persons.values() if len(label.split()) > 1}
    joined = set()
    for node, label in persons.items():
        words = label.split()
        if len(words) < 2:
            continue
        last = fold(words[-1])
        head = fold(" ".join(words[:-1]))
        prefix = by_label.get(head)
        verb_like = words[-1].islower() or (uses[last] == 1 and re.search(r"(s|ed|ing)$", last)
                                            and (len(words) > 2 or head in surnames))
        if prefix and prefix != node and verb_like:
            groups.join(prefix, node)
            groups.tails.add(node)
            joined.add(node)
    return joined


def resolve_persons(G: nx.MultiDiGraph, groups: Groups, ambiguous: list[str]) -> None:
    joined = _trailing_words(G, groups)
    titles = gazetteer().titles
    full: dict[str, PersonName] = {}
    for node, data in G.nodes(data=True):
        if _is_person(data) and len(data["label"].split()) > 1 and node not in joined:
            name = PersonName.parse(data["label"], titles)
            if not name.is_single:
                full[node] = name
    # fullest first, initials last: "J. Smith" then meets John and Jane and fits both
    order = sorted(full, key=lambda n: (-len(full[n].words()), len(full[n].given) == 1,
                                        -G.nodes[n].get("mentions", 0), n))
    clusters: dict[str, list[list[str]]] = defaultdict(list)      # block → clusters of nodes
    by_words: dict[tuple, list[str]] = {}
    for node in order:
        name = full[node]
        flipped = by_words.get(tuple(name.words()[::-1]))
        if flipped and reversed_order(name, full[flipped[0]]):    # "Kishida Fumio"
            flipped.append(node)
            groups.join(flipped[0], node)
            continue
        fits = [c for c in clusters[_block(name)] if all(compatible(name, full[m]) for m in c)]
        if len(fits) == 1:
            fits[0].append(node)
            groups.join(fits[0][0], node)
        else:
            if len(fits) > 1:
                ambiguous.append(G.nodes[node]["label"])
            cluster = [node]
            clusters[_block(name)].append(cluster)
            by_words[tuple(name.words())] = cluster
    _lone_names(G, groups, full, [c for cs in clusters.values() for c in cs], ambiguous)


def _lone_names(G: nx.MultiDiGraph, groups: Groups, full: dict[str, PersonName],
                clusters: list[list[str]], ambiguous: list[str]) -> None:
    family_first = name_knowledge().family_first
    by_surname: dict[str, list[list[str]]] = defaultdict(list)
    by_given: dict[str, list[list[str]]] = defaultdict(list)
    for cluster in clusters:
        keys = {full[m].surname for m in cluster}
        for m in cluster:
            words = full[m].words()
            if len(words) >= 2 and words[0] in family_first:
                keys.add(words[0])                      # "Xi" of "Xi Jinping"
        given = max((full[m].given for m in cluster), key=len)      # "joseph" of Joe / Joseph
        if all(given_compatible(given, full[m].given) for m in cluster):
            by_given[given].append(cluster)
        for key in keys:
            by_surname[key].append(cluster)
    for node, data in list(G.nodes(data=True)):
        label = data.get("label", node)
        if data.get("kind") or node in full:
            continue
        name = PersonName.parse(label)
        if not name.is_single or not name.surname:
            continue
        surname_owners = _unique(by_surname.get(name.surname, []))
        given_owners = [] if surname_owners or data.get("type") != "PERSON" else _unique(
            c for form in nickname_forms(name.surname) | {name.surname} for c in by_given.get(form, [])
            if all(given_compatible(full[m].given, name.surname) for m in c))
        chosen = _choose(G, data, surname_owners, given_owners)
        if chosen is not None:
            G.nodes[chosen[0]]["type"] = "PERSON"
            groups.join(chosen[0], node)
        elif data.get("type") == "PERSON" and by_surname.get(name.surname):
            ambiguous.append(label)


def _unique(clusters) -> list[list[str]]:
    return list({id(c): c for c in clusters}.values())


def _choose(G: nx.MultiDiGraph, lone: dict, by_surname: list[list[str]],
            by_given: list[list[str]]) -> list[str] | None:
    """Whose name a lone name is: the one person with that family name; else the one of them
    named in the same documents; else the one holding the same role and named five times
    as often as any other. A lone given name ("Jill", "Kishida" of "Kishida Fumio") only
    ever joins the one person of a document it shares."""
    if len(by_surname) == 1:
        return by_surname[0]
    docs = set(lone.get("docs", []))
    # named in the same documents: at least half of the lone name's
    sharing = lambda cs: [c for c in cs  # noqa: E731
                          if 2 * len(docs & {d for m in c for d in G.nodes[m].get("docs", [])}) >= len(docs)]
    if by_surname:
        near = sharing(by_surname)
        if len(near) == 1:
            return near[0]
        roles = _role_words(lone.get("roles", []))
        same_role = [c for c in (near or by_surname)
                     if roles & _role_words(r for m in c for r in G.nodes[m].get("roles", []))]
        if len(same_role) == 1:
            return same_role[0]
        if same_role:
            mentions = sorted(((sum(G.nodes[m].get("mentions", 0) for m in c), i)
                               for i, c in enumerate(same_role)), reverse=True)
            if mentions[0][0] >= 5 * mentions[1][0]:
                return same_role[mentions[0][1]]
        return None
    if lone.get("type") == "PERSON":
        near = sharing(by_given)
        if len(near) == 1:
            return near[0]
    return None


GENERIC_ROLE_WORDS = {"of", "the", "and", "for", "to", "mr", "mrs", "ms", "dr", "miss", "sir"}


def _role_words(roles) -> set[str]:
    return {w for r in roles for w in fold(r).split()} - GENERIC_ROLE_WORDS
