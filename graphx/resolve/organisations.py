"""States and organisations across documents: one node for "U.S", "US" and "United States",
for "the Department of the Treasury", "Treasury Department" and "Treasury", for "FEMA" and
the "Federal Emergency Management Agency" it abbreviates, and for one name the NER tagged
ORG in one document and PERSON in another."""
from __future__ import annotations

import re
from collections import defaultdict

import networkx as nx

from graphx.knowledge import gazetteer
from graphx.names import INITIALS_STOP_WORDS
from graphx.resolve.names import fold
from graphx.resolve.groups import Groups

STOP_INITIALS = INITIALS_STOP_WORDS | {"&"}
_BODY = re.compile(r"^(?:the )?(department|ministry|office|bureau) (?:of|for) (?:the )?(.+)$")


def organisation_form(label: str) -> str:
    """"Department of the Treasury" and "Treasury Department" → "treasury department"."""
    folded = re.sub(r"\s+", " ", fold(label))
    m = _BODY.match(folded)
    return f"{m.group(2)} {m.group(1)}" if m else folded


def initials(label: str) -> str:
    words = re.split(r"[\s-]+", label)
    return "".join(w[0] for w in words if w and w.lower() not in STOP_INITIALS).upper()


def _is_acronym(label: str) -> bool:
    return label.isupper() and label.replace(".", "").isalpha() and 2 <= len(label.replace(".", "")) <= 8


def resolve_organisations(G: nx.MultiDiGraph, groups: Groups) -> None:
    _gazetteer_variants(G, groups)
    _same_names(G, groups)
    orgs = [n for n, d in G.nodes(data=True) if d.get("type") in ("ORG", "NORP", "GPE", "FAC")
            and d.get("kind") not in ("generic", "group")]    # "protesters", "Croatian extremists" are no body
    _forms(G, groups, orgs)
    _acronyms(G, groups, orgs)


def _gazetteer_variants(G: nx.MultiDiGraph, groups: Groups) -> None:
    """A label the gazetteer knows ("U.S", written without its last dot) is that actor."""
    gaz = gazetteer()
    for node, data in list(G.nodes(data=True)):
        if data.get("kind"):
            continue
        entry_id = gaz.lookup(data.get("label", node))
        if entry_id == node:
            entry = gaz.entries[entry_id]
            data.update(label=entry.name, type=entry.type, kind=entry.kind)
        elif entry_id:
            if entry_id not in G:
                entry = gaz.entries[entry_id]
                G.add_node(entry_id, label=entry.name, type=entry.type, kind=entry.kind,
                           aliases=[entry.name], roles=[], mentions=0, docs=[])
                groups.add(entry_id)
            groups.join(entry_id, node)


def _same_names(G: nx.MultiDiGraph, groups: Groups) -> None:
    """One name, tagged ORG in one document and PERSON in another, is one actor."""
    same: dict[str, list[str]] = defaultdict(list)
    for node, data in G.nodes(data=True):
        if not data.get("kind"):
            same[fold(data.get("label", node))].append(node)
    for nodes in same.values():
        for other in nodes[1:]:
            groups.join(nodes[0], other)


def _qualifier_rest(label: str) -> str | None:
    """"White House Gender Policy Council" → "Gender Policy Council"; "U.S. Department of
    Health" → "Department of Health": a body named with its state or parent in front."""
    gaz = gazetteer()
    words = label.split()
    for n in (3, 2, 1):
        if len(words) > n + 1 and gaz.lookup(" ".join(words[:n])):
            return " ".join(words[n:])
    return None


def _forms(G: nx.MultiDiGraph, groups: Groups, orgs: list[str]) -> None:
    """"Department of the Treasury" = "Treasury Department" = "Treasury", and a body named
    with its state or parent in front is the body named without, when only one such is."""
    by_form: dict[str, list[str]] = defaultdict(list)
    for node in orgs:
        by_form[organisation_form(G.nodes[node].get("label", node))].append(node)
    for nodes in by_form.values():
        for other in nodes[1:]:
            groups.join(nodes[0], other)
    longer: dict[str, list[str]] = defaultdict(list)      # short form → the fuller bodies
    for form, nodes in by_form.items():
        m = re.match(r"^(.+) (department|ministry)$", form)
        if m:
            longer[m.group(1)].extend(nodes)
        rest = _qualifier_rest(G.nodes[nodes[0]].get("label", nodes[0]))
        if rest:
            longer[organisation_form(rest)].extend(nodes)
            m = re.match(r"^(.+) (department|ministry)$", organisation_form(rest))
            if m:
                longer[m.group(1)].extend(nodes)
    for form, nodes in by_form.items():
        owners = {groups.group_of[n] for n in longer.get(form, ())} - {groups.group_of[nodes[0]]}
        if len(owners) == 1 and G.nodes[nodes[0]].get("type") == "ORG":
            groups.join(longer[form][0], nodes[0])


def _acronyms(G: nx.MultiDiGraph, groups: Groups, orgs: list[str]) -> None:
    """"FEMA" is the one body whose initials it is."""
    by_initials: dict[str, set[int]] = defaultdict(set)
    for node in orgs:
        label = G.nodes[node].get("label", node)
        if len(label.split()) >= 2:
            by_initials[initials(label)].add(groups.group_of[node])
    for node in orgs:
        label = G.nodes[node].get("label", node)
        if not _is_acronym(label) or G.nodes[node].get("kind"):
            continue
        owners = {g for g in by_initials.get(label.replace(".", ""), ()) if g in groups.members}
        owners.discard(groups.group_of[node])
        if len(owners) == 1:
            groups.join(groups.members[owners.pop()][0], node)
