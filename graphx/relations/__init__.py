"""Typed, directed relations from the dependency parse, found by pattern families.

Each family is a module with `applies(ctx, token)` and `find(ctx, sentence, token)`; `FAMILIES`
runs them in order on every token of every sentence, then the roles family adds member_of
edges. Every evidence records the pattern that produced it ("verbal.object",
"nominal.light_verb", …): `graphx evaluate GOLD --by-pattern` scores each.

- verbal: a trigger verb, its subject and its target (verbal.py);
- predicate: "is opposed to" (predicate.py);
- nominal: an event noun, its modifier, "by" agent or governing verb (nominal.py);
- discourse: readout participants ("Participants in the call included …"), and mediation and
  "those talks" across sentences, which the verbal and nominal families hand it (discourse.py);
- roles: "US Secretary of State Mike Pompeo" → member_of (roles.py);
- claims: who owns up to or is blamed for an attack, told in the sentence or before
  ("The Taliban claimed responsibility") (claims.py, used by the nominal and discourse families).
Arguments (actors of a phrase, subjects, targets) are in arguments.py and targets.py,
modality in modality.py, the making of relations in emit.py; what differs per relation is a
flag in ontology.toml, read through `Context.has`.
"""
from __future__ import annotations

from graphx.actors import DocumentActors, Key
from graphx.model import Relation
from graphx.relations import discourse, nominal, predicate, roles, verbal
from graphx.relations.context import Context, word_forms

FAMILIES = (verbal, predicate, nominal, discourse)      # in this order on each token

__all__ = ["FAMILIES", "Context", "extract_relations", "word_forms"]


def extract_relations(doc_id: str, actors: DocumentActors, resolutions: dict[Key, str],
                      date: str | None = None) -> list[Relation]:
    """The relations of one document, given its actors and coreference's resolutions."""
    ctx = Context(doc_id, actors, resolutions, date)
    for p, (_, doc) in enumerate(actors.paras):
        for sent in doc.sents:
            if actors.in_credit(p, sent.start):
                continue
            for tok in sent:
                for family in FAMILIES:
                    if family.applies(ctx, tok):
                        family.find(ctx, sent, tok)
    roles.find_all(ctx)
    return ctx.relations
