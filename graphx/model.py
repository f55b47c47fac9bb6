"""Plain data passed between the stages: documents in, actors and relations out."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Document:
    """One article. `id` is unique within a build; offsets point into `text`."""

    id: str
    text: str
    source: str = ""          # file path, or "file.jsonl:LINE"
    title: str | None = None
    date: str | None = None
    url: str | None = None
    known: dict | None = None  # sha256 and words of a document known only from a graph.json
    input_bytes: int = 0       # bytes of input it was read from (markup too): what progress counts
    outlet: str | None = None  # who published it (inputs/outlets.py)

    @classmethod
    def from_provenance(cls, p: dict) -> "Document":
        """A document as graph.json remembers it (no text): enough to find its cached extraction."""
        return cls(p["id"], "", p.get("source", ""), p.get("title"), p.get("date"), p.get("url"),
                   known={"sha256": p.get("sha256", ""), "words": p.get("words", 0)}, outlet=p.get("outlet"))

    @property
    def sha256(self) -> str:
        if self.known:
            return self.known["sha256"]
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def word_count(self) -> int:
        if self.known:
            return self.known["words"]
        return len(self.text.split())

    def provenance(self) -> dict:
        out = {"id": self.id, "source": self.source, "title": self.title, "date": self.date,
               "url": self.url, "sha256": self.sha256, "words": self.word_count}
        if self.outlet:
            out["outlet"] = self.outlet
        return out


@dataclass
class Actor:
    """An actor as resolved inside one document."""

    key: str                  # stable id: gazetteer id or slug of the canonical name
    label: str
    type: str
    kind: str | None = None   # gazetteer kind (country, armed_group, ...) when known
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    mentions: int = 0


@dataclass
class Evidence:
    doc: str
    sentence: str
    start: int                # sentence offsets in the document text
    end: int
    trigger_start: int | None = None
    trigger_end: int | None = None
    pattern: str = ""         # the rule that found it: "verbal.object", "nominal.light_verb", …
    said_by: str | None = None    # actor key of whose words carry it (None: the text's own voice)
    via: tuple[str, ...] = ()     # the speakers it was reported through, innermost first
    place: str | None = None      # actor key of where the act happened ("in Doha")

    def as_dict(self) -> dict:
        out = {"doc": self.doc, "sentence": self.sentence, "start": self.start, "end": self.end,
               "trigger_start": self.trigger_start, "trigger_end": self.trigger_end,
               "pattern": self.pattern}
        if self.said_by:
            out["said_by"] = self.said_by
        if self.via:
            out["via"] = list(self.via)
        if self.place:
            out["place"] = self.place
        return out

    def speakers(self) -> list[str]:
        return ([self.said_by] if self.said_by else []) + list(self.via)

    def actors(self) -> list[str]:
        """The actors the evidence itself names: its speakers and its place."""
        return self.speakers() + ([self.place] if self.place else [])


@dataclass
class Relation:
    """One typed, directed claim found in one sentence."""

    source: str               # actor keys
    target: str
    relation: str
    trigger: str
    evidence: Evidence
    modality: str = "asserted"   # asserted | hypothetical | negated | reported
    confidence: float = 0.8
    date: str | None = None      # the time expression governing it, else the document's date
    role: str | None = None      # for member_of: the title held
    date_text: str | None = None  # the time expression of the text, if any ("in November 2019")


@dataclass
class Extraction:
    """What one document yields."""

    document: Document
    actors: dict[str, Actor]
    relations: list[Relation]
    concepts: set[str] = field(default_factory=set)   # acronyms it spells out in lower case ("PPE")
