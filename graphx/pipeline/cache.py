"""The build cache: one JSON file per document extraction, under OUT/.graphx-cache/.

Keyed by the document's text (by its sha256, so a graph.json's document list finds its
entries: curation rebuilds the graph from the cache alone) and date, the spaCy model and a
fingerprint of graphx's extraction code and data (so a changed rule or lexicon never serves
stale results), so a rebuild parses only documents that are new or changed, and an
unchanged rebuild never loads spaCy. A fresh output folder is a cold build.

The cache is a disposable copy: each entry carries a checksum of its content, and an entry
that is truncated, edited, not JSON, of the wrong shape or not a file at all is a miss (the
document is extracted again and the entry rewritten), reported in `damaged`.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from graphx.pipeline.extract import extraction_version
from graphx.graph import write_atomic
from graphx.model import Actor, Document, Evidence, Extraction, Relation

CACHE_DIR = ".graphx-cache"
FORMAT = b"graphx-cache/3"      # entries: "<sha256 of the payload>\n<payload JSON>"


class ExtractionCache:
    def __init__(self, out_dir: str | Path, model: str):
        self.folder = Path(out_dir) / CACHE_DIR
        self.model = model
        self.hits = 0
        self.misses = 0
        self.damaged: list[str] = []     # one line per damaged entry met, for the build's warnings

    def key(self, document: Document) -> str:
        h = hashlib.sha256(FORMAT)
        for part in (self.model, extraction_version(), document.date or "", document.title or "", document.sha256):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, document: Document) -> Extraction | None:
        path = self._path(self.key(document))
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as e:           # a folder where the entry should be, unreadable, …
            return self._damaged(path, document, e.strerror or str(e))
        digest, _, payload = raw.partition(b"\n")
        if digest.decode("ascii", "replace") != hashlib.sha256(payload).hexdigest():
            return self._damaged(path, document, "checksum mismatch")
        try:
            extraction = _from_json(json.loads(payload), document)
        except Exception as e:          # noqa: BLE001 - a checksummed entry of an older shape
            return self._damaged(path, document, f"{type(e).__name__}: {e}")
        self.hits += 1
        return extraction

    def _damaged(self, path: Path, document: Document, why: str) -> None:
        self.misses += 1
        self.damaged.append(f"damaged cache entry {path} ({why}): document {document.id} extracted again")
        return None

    def put(self, extraction: Extraction) -> None:
        payload = json.dumps(_to_json(extraction), ensure_ascii=False).encode("utf-8")
        entry = hashlib.sha256(payload).hexdigest() + "\n" + payload.decode("utf-8")
        path = self._path(self.key(extraction.document))
        try:
            if path.is_dir():
                shutil.rmtree(path)     # the cache folder is graphx's own: a stray folder goes
            write_atomic(path, entry)
        except OSError:
            pass   # a cache that cannot be written only costs time


def _to_json(ex: Extraction) -> dict:
    return {
        "actors": [{"key": a.key, "label": a.label, "type": a.type, "kind": a.kind,
                    "aliases": sorted(a.aliases), "roles": sorted(a.roles), "mentions": a.mentions}
                   for a in ex.actors.values()],
        "relations": [{"source": r.source, "target": r.target, "relation": r.relation,
                       "trigger": r.trigger, "modality": r.modality, "confidence": r.confidence,
                       "date": r.date, "role": r.role, "date_text": r.date_text,
                       "evidence": r.evidence.as_dict()}
                      for r in ex.relations],
        "concepts": sorted(ex.concepts),
    }


def _from_json(data: dict, document: Document) -> Extraction:
    """Rebuild an extraction; evidence is re-pointed at this document's id."""
    actors = {a["key"]: Actor(a["key"], a["label"], a["type"], a["kind"], set(a["aliases"]),
                              set(a["roles"]), a["mentions"]) for a in data["actors"]}
    relations = []
    for r in data["relations"]:
        ev = dict(r["evidence"], doc=document.id)
        ev["via"] = tuple(ev.get("via", ()))
        relations.append(Relation(r["source"], r["target"], r["relation"], r["trigger"],
                                  Evidence(**ev), r["modality"], r["confidence"], r["date"], r["role"],
                                  r["date_text"]))
    return Extraction(document, actors, relations, set(data["concepts"]))
