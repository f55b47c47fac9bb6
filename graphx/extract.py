"""One document in, its actors and relations out: actors → coreference → relations."""
from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from graphx.actors import DocumentActors
from graphx.coref import Coreference
from graphx.model import Document, Extraction
from graphx.relations import RelationExtractor

# What extraction output depends on besides the text and the model: the code and the data.
_SOURCES = ("corpus.py", "nlp.py", "actors.py", "coref.py", "relations.py", "extract.py",
            "knowledge.py", "model.py")


@cache
def extraction_version() -> str:
    """A fingerprint of the extraction code and its data files: it keys the build cache, so a
    changed lexicon or rule never serves stale extractions."""
    h = hashlib.sha256()
    package = resources.files("graphx")
    for name in _SOURCES:
        h.update(package.joinpath(name).read_bytes())
    for entry in sorted(package.joinpath("data").iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".toml", ".tsv")):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return h.hexdigest()[:16]


def extract_document(document: Document, paras: list[tuple[int, Doc]]) -> Extraction:
    actors = DocumentActors(paras)
    coref = Coreference(actors)
    coref.run()
    relations = RelationExtractor(document.id, actors, coref, document.date).run()
    used = {r.source for r in relations} | {r.target for r in relations}
    kept = {k: a for k, a in actors.actors.items() if a.mentions or k in used}
    return Extraction(document, kept, relations)
