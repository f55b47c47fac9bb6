"""The gazetteer: countries with their aliases, demonyms and capitals (`countries.tsv`),
organisations, armed groups and agencies, titles and nominals (`gazetteer.toml`)."""
from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass
from functools import cache

from graphx.knowledge.files import data_text
from graphx.names import slugify


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
        found = self.by_name.get(lowered)
        if found is None and "." in lowered and not lowered.endswith("."):
            found = self.by_name.get(lowered + ".")     # "U.S" is "U.S." without its last dot
        return found

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
    rows = csv.DictReader(data_text("countries.tsv").splitlines(), delimiter="\t")
    for row in rows:
        split = lambda s: tuple(x for x in (s or "").split(";") if x)  # noqa: E731
        cid = slugify(row["name"])
        entries[cid] = GazetteerEntry(cid, row["name"], "GPE", "country",
                                      split(row["aliases"]), split(row["demonyms"]))
        for capital in split(row["capital"]):
            kid = slugify(capital)
            if kid not in entries and capital not in entries[cid].aliases:
                entries[kid] = GazetteerEntry(kid, capital, "GPE", "capital", capital_of=cid)
    data = tomllib.loads(data_text("gazetteer.toml"))
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
