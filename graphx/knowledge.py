"""The knowledge graphx ships as data: ontology, trigger lexicon and gazetteer.

Everything here is read from `graphx/data/` once per process; the code that uses it
never hard-codes a word list.
"""
from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


def _data_text(name: str) -> str:
    return resources.files("graphx").joinpath("data", name).read_text(encoding="utf-8")


def slugify(name: str) -> str:
    """A stable node id: lower-case words joined by '-'."""
    s = name.replace("\u2019", "'").lower()
    s = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-")
    return s or "actor"


NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "du", "la", "le", "abu"}


def name_words(name: str) -> list[str]:
    """The words a shorter mention of a person may use: "al-Burhan" gives "al-Burhan" and "Burhan"."""
    words = []
    for w in name.split():
        words.append(w)
        parts = [x for x in re.split(r"-", w) if x and x.lower() not in NAME_PARTICLES]
        if len(parts) > 1 or (parts and parts[0] != w):
            words.extend(parts)
    return words



@dataclass(frozen=True)
class RelationType:
    name: str
    meaning: str
    symmetric: bool
    family: str
    cameo: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True)
class GazetteerEntry:
    """A known actor: its canonical name, type, kind and the surface forms naming it."""

    id: str
    name: str
    type: str
    kind: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital_of: str | None = None  # for capitals: the id of their state


@dataclass
class Lexicon:
    verbs: dict[str, str]               # "lemma" or "lemma word" -> relation
    restricted_verbs: dict[str, tuple[str, str]]   # "lemma>prep": relation, the only target preposition
    nouns: dict[str, str]               # noun lemma or text -> relation
    noun_targets: dict[str, tuple[str, ...]]
    words: dict[str, frozenset[str]]    # named word lists (agent_nouns, say_verbs, ...)
    credit_phrases: tuple[str, ...] = field(default_factory=tuple)
    verb_heads: frozenset[str] = frozenset()    # first words of verb entries: a quick "no trigger"
    predicate_adjectives: dict[str, tuple[str, str]] = field(default_factory=dict)  # word → (prep, relation)


@cache
def ontology() -> dict[str, RelationType]:
    data = tomllib.loads(_data_text("ontology.toml"))["relations"]
    return {
        name: RelationType(name, d["meaning"], d["symmetric"], d["family"],
                           tuple(d["cameo"]), tuple(d["targets"]))
        for name, d in data.items()
    }


@cache
def lexicon() -> Lexicon:
    data = tomllib.loads(_data_text("lexicon.toml"))
    verbs: dict[str, str] = {}
    restricted: dict[str, tuple[str, str]] = {}
    for relation, entries in data["verbs"].items():
        for entry in entries:
            if ">" in entry:
                lemma, prep = entry.split(">")
                restricted[lemma] = (relation, prep)
            else:
                verbs[entry] = relation
    nouns: dict[str, str] = {}
    for relation, entries in data["nouns"].items():
        for entry in entries:
            nouns[entry] = relation
    words = {k: frozenset(v) for k, v in data["words"].items()
             if k not in ("credit_phrases", "predicate_adjectives")}
    adjectives = {}
    for entry in data["words"]["predicate_adjectives"]:      # "opposed to:rejects"
        phrase, relation = entry.split(":")
        word, prep = phrase.split()
        adjectives[word] = (prep, relation)
    return Lexicon(
        verbs=verbs,
        restricted_verbs=restricted,
        nouns=nouns,
        noun_targets={k: tuple(v) for k, v in data["noun_targets"].items()},
        words=words,
        credit_phrases=tuple(data["words"]["credit_phrases"]),
        verb_heads=frozenset([e.split()[0] for e in verbs] + list(restricted)),
        predicate_adjectives=adjectives,
    )


@dataclass
class Gazetteer:
    entries: dict[str, GazetteerEntry]
    titles: frozenset[str]
    role_synonyms: dict[str, tuple[str, ...]]
    nominals: dict[str, str]   # nominal phrase -> actor kind it refers back to
    organisation_words: frozenset[str] = frozenset()
    party_nominals: frozenset[str] = frozenset()

    @property
    def by_name(self) -> dict[str, str]:
        """Lower-cased name, alias or demonym → entry id."""
        index = self.__dict__.get("_by_name")
        if index is None:
            index = {}
            for form, entry_id, _ in self.surface_forms():
                index.setdefault(form.lower(), entry_id)
            self.__dict__["_by_name"] = index
        return index

    def lookup(self, name: str) -> str | None:
        lowered = name.lower()
        if lowered.startswith("the "):
            lowered = lowered[4:]
        return self.by_name.get(lowered)

    def surface_forms(self):
        """(surface form, entry id, NER label) for every alias, demonym and capital."""
        for entry in self.entries.values():
            for form in (entry.name, *entry.aliases):
                yield form, entry.id, entry.type
            for form in entry.demonyms:
                yield form, entry.id, "NORP"


@cache
def gazetteer() -> Gazetteer:
    entries: dict[str, GazetteerEntry] = {}
    rows = csv.DictReader(_data_text("countries.tsv").splitlines(), delimiter="\t")
    for row in rows:
        split = lambda s: tuple(x for x in (s or "").split(";") if x)  # noqa: E731
        cid = slugify(row["name"])
        entries[cid] = GazetteerEntry(cid, row["name"], "GPE", "country",
                                      split(row["aliases"]), split(row["demonyms"]))
        for capital in split(row["capital"]):
            kid = slugify(capital)
            if kid not in entries and capital not in entries[cid].aliases:
                entries[kid] = GazetteerEntry(kid, capital, "GPE", "capital", capital_of=cid)
    data = tomllib.loads(_data_text("gazetteer.toml"))
    for org in data["organisation"]:
        oid = slugify(org["name"])
        entries[oid] = GazetteerEntry(oid, org["name"], org.get("type", "ORG"), org["kind"],
                                      tuple(org.get("aliases", ())))
    return Gazetteer(
        entries=entries,
        titles=frozenset(w.lower() for w in data["titles"]["words"]),
        role_synonyms={k: tuple(v) for k, v in data["role_synonyms"].items()},
        nominals={phrase: kind for kind, phrases in data["nominals"].items() for phrase in phrases},
        organisation_words=frozenset(data["organisation_words"]["words"]),
        party_nominals=frozenset(data["party_nominals"]["words"]),
    )
