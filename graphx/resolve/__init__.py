"""Who is who across documents: the graph stage's entity resolution, then the analyst's curation.

It runs on the graph merged from per-document extractions (after the cache, so a changed
decision never re-parses): labels are cleaned, states and organisations joined with their
variants, people joined when their names are compatible (`persons`), non-actors dropped;
the curation file then has the last word; each resulting group becomes one node.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from graphx.errors import GraphxError
from graphx.knowledge import gazetteer
from graphx.names import slugify
from graphx.resolve.names import fold
from graphx.query.lookup import find_actor
from graphx.resolve.curation import Action, Curation
from graphx.resolve.governments import resolve_administrations
from graphx.resolve.groups import Groups, add_alias, add_evidence, move_evidence_actors
from graphx.resolve.labels import clean_label, is_non_actor, titled_person
from graphx.resolve.organisations import resolve_organisations
from graphx.resolve.persons import resolve_persons


@dataclass
class Resolution:
    """What resolution did, for the build summary and `graphx duplicates`."""

    merged: int = 0                                         # nodes joined into another
    dropped: list[str] = field(default_factory=list)        # non-actors left out
    ambiguous: list[str] = field(default_factory=list)      # names that could be several people
    warnings: list[str] = field(default_factory=list)       # curation actions that found nothing


def resolve(G: nx.MultiDiGraph, curation: Curation | None = None,
            concepts: set[str] = frozenset()) -> Resolution:
    """Resolve G's actors in place; `concepts` are acronyms some document spelled out in
    lower case ("PPE"): common nouns, never actors. The steps are `RESOLVERS`, in order, on
    groups of nodes that are contracted into one node each at the end."""
    report = Resolution()
    before = G.number_of_nodes()
    _clean_labels(G)
    groups = Groups(G)
    for _, step in RESOLVERS:
        step(G, groups, report)
    _drop_non_actors(G, groups, report, concepts)
    document_splits = []
    for n, action in enumerate(curation.actions if curation else [], start=1):
        if action.do == "split" and "document" in action.fields:
            document_splits.append((n, action))
        else:
            _apply(groups, action, n, report.warnings)
    members = groups.contract()
    move_evidence_actors(G, {m["id"]: rep for rep, joined in members.items() for m in joined})
    for n, action in document_splits:
        _split_document(G, members, action, n, report.warnings)
    report.merged = before - G.number_of_nodes() - len(report.dropped)
    return report


# Who is who across documents, in this order: each step joins groups of nodes.
RESOLVERS = (
    ("organisations", lambda G, groups, report: resolve_organisations(G, groups)),   # acronyms, one body's names
    ("persons", lambda G, groups, report: resolve_persons(G, groups, report.ambiguous)),   # the name model
    ("administrations", lambda G, groups, report: resolve_administrations(G, groups)),   # "the Biden administration"
)


def _clean_labels(G: nx.MultiDiGraph) -> None:
    """Labels and aliases as names only (no markup, handle or sentence tail: "@NATO",
    "Americans</u", "Department of State revoked"); a known actor is labelled by its gazetteer
    name; a title-shaped label of an unknown actor makes it a person."""
    entries = gazetteer().entries
    for node, data in G.nodes(data=True):
        data["aliases"] = sorted({c for a in data.get("aliases", []) if (c := _name_alias(a))})
        if node in entries and data.get("label") != entries[node].name:
            data["label"] = entries[node].name
        if not data.get("kind"):
            person = titled_person(data.get("label", "")) if data.get("type") != "PERSON" else None
            if person:
                data["type"] = "PERSON"
            cleaned = clean_label(data.get("label", ""), data.get("type", ""))
            if cleaned != data.get("label"):
                if alias := _name_alias(data["label"]):
                    add_alias(data, alias)
                data["label"] = cleaned


def _name_alias(alias: str) -> str | None:
    """An alias as a name: markup stripped ("Department of State</u>"); none when the text ran
    on into a sentence or a handle ("Department of State revoked", "@POTUS Trump", "0.2px")."""
    cleaned = clean_label(alias, "")
    if not cleaned or cleaned.startswith("@") or not any(c.isupper() for c in cleaned) \
            or len(cleaned.split()) != len(alias.split()):
        return None
    return cleaned


def _drop_non_actors(G: nx.MultiDiGraph, groups: Groups, report: Resolution, concepts: set[str]) -> None:
    for group in list(groups.members):
        rep = groups.representative(group)
        data = G.nodes[rep]
        label = data.get("label", "")
        if not data.get("kind") and (label in concepts or is_non_actor(label, data.get("type", ""))):
            groups.dropped.add(group)
            report.dropped.append(data.get("label") or rep)


def _find(groups: Groups, name: str, n: int, action: Action, warnings: list[str]) -> int | None:
    found = {g for g in groups.index().get(fold(name), set()) if g in groups.members}
    if len(found) > 1:      # a label beats an alias, as in every query ("Harris" and "Kamala Harris")
        found = {g for g in found if fold(groups.label_of(g)) == fold(name)} or found
    if len(found) == 1:
        return found.pop()
    what = "no actor" if not found else f"{len(found)} actors"
    warnings.append(f"curation action {n} ({action.do}): {what} named {name!r}; skipped")
    return None


def _apply(groups: Groups, action: Action, n: int, warnings: list[str]) -> None:
    f = action.fields
    if action.do == "merge":
        found = [_find(groups, name, n, action, warnings) for name in f["actors"]]
        if None in found:
            return
        first = groups.members[found[0]][0]
        for g in found[1:]:
            if g in groups.members:
                groups.join(first, groups.members[g][0])
        group = groups.group_of[first]
        if f.get("as"):
            groups.label[group] = f["as"]
        groups.dropped.discard(group)
        groups.note(group, action.describe())
        return
    group = _find(groups, f["actor"], n, action, warnings)
    if group is None:
        return
    if action.do == "rename":
        groups.label[group] = f["name"]
        groups.note(group, action.describe())
    elif action.do == "drop":
        groups.dropped.add(group)
    elif action.do == "split":
        G = groups.G
        members = list(groups.members[group])
        if "alias" in f:
            alias = fold(f["alias"])
            chosen = [m for m in members if alias in {fold(G.nodes[m]["label"]), fold(m)}]
            if not chosen or len(chosen) == len(members):
                warnings.append(f"curation action {n} (split): {_unsplittable(G, members, f)}; skipped")
                return
            new = groups.detach(chosen)
            groups.note(new, action.describe())
        else:
            for m in members[1:]:
                new = groups.detach([m])
                groups.note(new, action.describe())


def _unsplittable(G: nx.MultiDiGraph, members: list[str], f: dict) -> str:
    """Why an alias cannot be split off: no such form, or a form only used inside documents
    that name the actor in full too (their mentions are one cluster, undone only by document)."""
    alias = fold(f["alias"])
    if len(members) == 1 and alias == fold(G.nodes[members[0]].get("label", "")):
        return f"{f['alias']!r} is the actor's own name; split off another of its names, or a --document"
    inside = sorted({doc for m in members if alias in {fold(a) for a in G.nodes[m].get("aliases", [])}
                     for doc in G.nodes[m].get("docs", [])})
    if not inside:
        return f"{f['actor']!r} has no other name form {f['alias']!r} to split off"
    if len(members) == 1:
        return (f"{f['alias']!r} names {f['actor']!r} only inside {', '.join(inside)}, which names it in full too; "
                "nothing was joined to split off")
    return (f"{f['alias']!r} names {f['actor']!r} only inside documents that name it in full too "
            f"({', '.join(inside[:3])}); take one document's mentions out with --document")


def _split_document(G: nx.MultiDiGraph, members: dict[str, list[dict]], action: Action, n: int,
                    warnings: list[str]) -> None:
    """The mentions one document makes of an actor become an actor of their own."""
    f = action.fields
    try:
        node = find_actor(G, f["actor"])
    except GraphxError as e:
        warnings.append(f"curation action {n} (split): {e}; skipped")
        return
    doc = f["document"]
    data = G.nodes[node]
    if doc not in data.get("docs", []) or len(data["docs"]) < 2:
        warnings.append(f"curation action {n} (split): {f['actor']!r} is not named in document "
                        f"{doc!r} and others; skipped")
        return
    forms = [m for m in members.get(node, []) if doc in m["docs"]]
    label = max((m["label"] for m in forms), key=lambda s: (len(s.split()), len(s)), default=data["label"])
    new = slugify(label)
    while new in G:
        new += "-" + slugify(doc)[:12]
    G.add_node(new, label=label, type=data.get("type"), kind=None,
               aliases=sorted({m["label"] for m in forms} | {label}), roles=[], mentions=0, docs=[doc],
               curated=[action.describe()])
    data["docs"] = [d for d in data["docs"] if d != doc]
    moved = 0
    for u, v, k, edge in list(G.in_edges(node, keys=True, data=True)) + list(G.out_edges(node, keys=True, data=True)):
        taken = [e for e in edge["evidence"] if e.get("doc") == doc]
        if not taken:
            continue
        moved += len(taken)
        edge["evidence"] = [e for e in edge["evidence"] if e.get("doc") != doc]
        edge["count"] = len(edge["evidence"])
        add_evidence(G, new if u == node else u, new if v == node else v, k, edge, taken)
        if not edge["evidence"]:
            G.remove_edge(u, v, k)
    move_evidence_actors(G, {node: new}, doc)
    G.nodes[new]["mentions"] = max(1, moved)
    data["mentions"] = max(0, data.get("mentions", 0) - G.nodes[new]["mentions"])
