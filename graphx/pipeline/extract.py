"""One document in, its actors and relations out: actors → coreference → relations."""
from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from graphx.actors import find_actors, resolve_references
from graphx.actors.scoping import scope_to_document
from graphx.model import Document, Extraction
from graphx.relations import extract_relations

# The parts of graphx that run before the cache, whose output it stores: readers (what they read
# is keyed by its text and date, but a reader that reads differently must not serve stale text),
# paragraphs, the parser, the actor and relation stages and the knowledge they read. Everything
# else (resolution, the graph, queries, the explorer, the CLI) runs after the cache, so changing
# it never re-parses. A module added inside one of these counts without being listed.
EXTRACTION_STAGE = ("inputs", "paragraphs.py", "nlp.py", "actors", "relations", "knowledge",
                    "model.py", "names.py", "pipeline/extract.py")
FINGERPRINTED = (".py", ".toml", ".tsv", ".json")


@cache
def extraction_version() -> str:
    """A fingerprint of the code and data of the extraction stage (EXTRACTION_STAGE), and of
    the knowledge files GRAPHX_DATA names: it keys the build cache, so a changed rule or lexicon
    never serves stale extractions, and a changed resolution or query never re-parses."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    files = [(package, package / part) for part in EXTRACTION_STAGE]
    if os.environ.get("GRAPHX_DATA"):
        override = Path(os.environ["GRAPHX_DATA"])     # knowledge files that replace ours
        files.append((override, override))
    for root, top in files:
        found = [top] if top.is_file() else sorted(top.rglob("*"), key=lambda p: p.as_posix())
        for path in found:
            if path.suffix in FINGERPRINTED and path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(root).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def extract_document(document: Document, paras: list[tuple[int, Doc]]) -> Extraction:
    actors = find_actors(paras, title=document.title)
    resolutions = resolve_references(actors)
    relations = extract_relations(document.id, actors, resolutions, document.date)
    used = {k for r in relations for k in (r.source, r.target, *r.evidence.actors())}
    kept = {k: a for k, a in actors.actors.items() if a.mentions or k in used}
    kept, relations = scope_to_document(document.id, kept, relations)
    return Extraction(document, kept, relations, actors.concepts)
