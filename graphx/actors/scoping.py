"""Actors of one document only: a body named by a bare common noun ("the Administration",
"Council", "the Senate") names different bodies in different documents, so it is not joined
across documents unless the gazetteer knows it. Its key carries the document, like a generic
group's. (A title alone, "the Crown Prince", is no actor at all: the graph stage leaves it out.)"""
from __future__ import annotations

import hashlib
from dataclasses import replace

from graphx.knowledge import Gazetteer, gazetteer, lexicon
from graphx.model import Actor, Relation


def is_document_scoped(actor: Actor, gaz: Gazetteer) -> bool:
    """"Administration", "Council", "Year": no name of one actor."""
    if actor.kind or gaz.lookup(actor.label):
        return False
    return actor.label.lower() in lexicon().words["generic_names"]


def scope_to_document(doc_id: str, actors: dict[str, Actor], relations: list[Relation]
                      ) -> tuple[dict[str, Actor], list[Relation]]:
    """The document's actors and relations with document-scoped keys for such actors."""
    gaz = gazetteer()
    suffix = hashlib.sha1(doc_id.encode()).hexdigest()[:8]
    renamed = {k: f"{k}-{suffix}" for k, a in actors.items() if is_document_scoped(a, gaz)}
    if not renamed:
        return actors, relations
    scoped = {}
    for k, a in actors.items():
        if k in renamed:
            a = replace(a, key=renamed[k], type="ORG" if a.type == "PERSON" else a.type, kind="generic")
        scoped[a.key] = a
    return scoped, [replace(r, source=renamed.get(r.source, r.source), target=renamed.get(r.target, r.target),
                            evidence=_evidence_actors_renamed(r.evidence, renamed))
                    for r in relations]


def _evidence_actors_renamed(evidence, renamed: dict[str, str]):
    """The evidence with its speakers and place under their document-scoped keys."""
    if not evidence.actors():
        return evidence
    return replace(evidence, said_by=renamed.get(evidence.said_by, evidence.said_by),
                   via=tuple(renamed.get(k, k) for k in evidence.via),
                   place=renamed.get(evidence.place, evidence.place))
