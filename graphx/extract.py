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

# Files of the package that run after extraction and cannot change what it finds.
# (Readers may be listed too: what they read is keyed by its text and date.)
GRAPH_STAGE = ("resolve", "data/names.toml", "graph.py", "pipeline.py", "cli", "cli.py", "query.py",
               "render.py", "export.py", "evaluate.py", "lock.py", "cache.py", "curate.py", "errors.py",
               "dates.py", "timeline.py", "spill.py", "distributed.py", "web_inputs.py")


@cache
def extraction_version() -> str:
    """A fingerprint of graphx's code and the data it extracts with: it keys the build cache,
    so a changed rule or lexicon never serves stale extractions. Every Python and data file of
    the package counts but the explorer's assets and the modules that run after extraction
    (GRAPH_STAGE: resolution and curation, queries, the CLI), so a changed resolution or
    curation never re-parses; a new module counts until it is listed there."""
    h = hashlib.sha256()
    roots = [Path(__file__).resolve().parent]
    if os.environ.get("GRAPHX_DATA"):
        roots.append(Path(os.environ["GRAPHX_DATA"]))     # knowledge files that replace ours
    for root in roots:
        for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
            rel = path.relative_to(root).as_posix()
            if path.suffix in (".py", ".toml", ".tsv", ".json") and "__pycache__" not in path.parts \
                    and not any(rel == p or rel.startswith(p + "/") for p in GRAPH_STAGE):
                h.update(rel.encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def extract_document(document: Document, paras: list[tuple[int, Doc]]) -> Extraction:
    actors = DocumentActors(paras, title=document.title)
    resolutions = Coreference(actors).run()
    relations = extract_relations(document.id, actors, resolutions, document.date)
    used = {r.source for r in relations} | {r.target for r in relations}
    kept = {k: a for k, a in actors.actors.items() if a.mentions or k in used}
    return Extraction(document, kept, relations, actors.concepts)
