"""One document in, its actors and relations out: actors → coreference → relations."""
from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from graphx.actors import DocumentActors
from graphx.coref import Coreference
from graphx.model import Document, Extraction
from graphx.relations import extract_relations

@cache
def extraction_version() -> str:
    """A fingerprint of graphx's code and the data it extracts with: it keys the build cache,
    so a changed rule or lexicon never serves stale extractions. Every Python file of the
    package counts (no hand-kept list to forget a new module in); the explorer's assets,
    which do not shape extractions, do not."""
    h = hashlib.sha256()
    roots = [Path(__file__).resolve().parent]
    if os.environ.get("GRAPHX_DATA"):
        roots.append(Path(os.environ["GRAPHX_DATA"]))     # knowledge files that replace ours
    for root in roots:
        for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
            if path.suffix in (".py", ".toml", ".tsv", ".json") and "__pycache__" not in path.parts:
                h.update(path.relative_to(root).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def extract_document(document: Document, paras: list[tuple[int, Doc]]) -> Extraction:
    actors = DocumentActors(paras)
    resolutions = Coreference(actors).run()
    relations = extract_relations(document.id, actors, resolutions, document.date)
    used = {r.source for r in relations} | {r.target for r in relations}
    kept = {k: a for k, a in actors.actors.items() if a.mentions or k in used}
    return Extraction(document, kept, relations)
