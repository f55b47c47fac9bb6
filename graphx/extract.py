"""One document in, its actors and relations out: actors → coreference → relations."""
from __future__ import annotations

from spacy.tokens import Doc

from graphx.actors import DocumentActors
from graphx.coref import Coreference
from graphx.model import Document, Extraction
from graphx.relations import RelationExtractor

# Bumped whenever extraction changes what it outputs (it keys the build cache).
EXTRACTION_VERSION = "1"


def extract_document(document: Document, paras: list[tuple[int, Doc]]) -> Extraction:
    actors = DocumentActors(paras)
    coref = Coreference(actors)
    coref.run()
    relations = RelationExtractor(document.id, actors, coref, document.date).run()
    used = {r.source for r in relations} | {r.target for r in relations}
    kept = {k: a for k, a in actors.actors.items() if a.mentions or k in used}
    return Extraction(document, kept, relations)
