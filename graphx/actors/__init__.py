"""The actor stage: one parsed document in, its actors and which tokens name each out.

`find_actors` runs `MENTION_PASSES` in order over a fresh `DocumentActors`; each pass reads
and refines what the passes before it left (the mentions, then the actors they cluster into).
To add a pass, write a function of the state in the module of its kind and put it in the
table where what it reads exists: before "clusters" a pass works on mentions, after it on
actors. `resolve_references` then runs `COREF_STEPS` on the result: pronouns, titles, nominals,
the first person.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from graphx.actors import cluster, first_person, repairs, role_claims, spans
from graphx.actors.coref import Coreference
from graphx.actors.document import DocumentActors
from graphx.actors.mentions import Key, Mention, RoleClaim
from graphx.knowledge import Gazetteer

MENTION_PASSES: tuple[tuple[str, Callable[[DocumentActors], None]], ...] = (
    ("entity_spans", spans.ner_mentions),                 # NER and gazetteer spans, offices
    ("adjacent_names", repairs.adjacent_names),           # "Hassan Sheikh" + "Mohamud"
    ("coordinated_names", repairs.coordinated_names),     # "Margrethe Vestager and Valdis Dombrovskis"
    ("speaker_labels", repairs.speaker_labels),           # "MR. KIRBY:" names its speaker
    ("common_words", repairs.common_words),               # words the document writes in lower case
    ("families_and_buildings", repairs.families_and_buildings),   # "the Bidens", "Evin Prison"
    ("possessed_names", repairs.possessed_names),         # "Jeff Bezos's Blue Origin": a person, a body
    ("places_tagged_as_people", repairs.places_tagged_as_people),   # "civilians in western Tigray"
    ("propagated_names", repairs.propagated_names),       # one sense per discourse
    ("clusters", cluster.clusters),                       # mentions → actors
    ("index", DocumentActors.index),                      # token → actor
    ("role_claims", role_claims.collect),                 # "US Secretary of State Mike Pompeo"
    ("states_of_capitals", repairs.states_of_capitals),   # "Moscow warned Kyiv": Russia exists
    ("speakers_of_turns", repairs.speakers_of_turns),     # who speaks each paragraph
)

# Then references: each step adds to the resolutions of those before it.
COREF_STEPS: tuple[tuple[str, Callable[[Coreference], None]], ...] = (
    ("third_person", Coreference.third_person),         # he, they, it; "the Secretary"; "the group"
    ("quote_speakers", first_person.quote_speakers),    # "I" in a quote: who said it
    ("turn_speakers", first_person.speaker_turns),      # "I", "we" in a transcript's turn
    ("authors_we", first_person.authors_we),            # a statement's "we": its state
)

__all__ = ["COREF_STEPS", "MENTION_PASSES", "DocumentActors", "Key", "Mention", "RoleClaim", "find_actors",
           "resolve_references"]


def find_actors(paras: list[tuple[int, Doc]], title: str | None = None,
                gaz: Gazetteer | None = None) -> DocumentActors:
    """The actors of one document (its paragraphs as (offset, parsed Doc) pairs)."""
    actors = DocumentActors(paras, gaz, title)
    for _, step in MENTION_PASSES:
        step(actors)
    return actors


def resolve_references(actors: DocumentActors) -> dict[Key, str]:
    """{(paragraph, token): actor} for the tokens that refer to an actor without naming it."""
    coref = Coreference(actors)
    for _, step in COREF_STEPS:
        step(coref)
    return coref.resolutions
