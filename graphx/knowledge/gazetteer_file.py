"""The gazetteer: countries with their aliases, demonyms and capitals (`countries.tsv`),
organisations, armed groups and agencies, titles and nominals (`gazetteer.toml`)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from graphx.knowledge.files import KnowledgeError, data_path, data_text, read_toml, strings
from graphx.knowledge.ontology_file import actor_kinds
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
    occupations: frozenset[str] = frozenset()   # jobs read as titles in role claims only
    ambiguous_demonyms: frozenset[str] = frozenset()   # in a community's name, not its state's
    regional_words: frozenset[str] = frozenset()       # "Latin American": a region, no community
    facility_heads: frozenset[str] = frozenset()       # "Evin Prison" tagged a person is a building

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
        found = self.by_name.get(lowered)             # "The Hill" as it is named
        if found is None and lowered.startswith("the "):
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


COUNTRY_COLUMNS = ["name", "aliases", "demonyms", "capital"]
ORGANISATION_KEYS = {"name", "kind", "aliases", "type"}
ORGANISATION_TYPES = ("ORG", "GPE", "NORP", "LOC", "FAC", "PERSON")    # entity labels an actor may have
WORD_TABLES = ("titles", "occupations", "organisation_words", "party_nominals", "ambiguous_demonyms", "regional_words", "facility_heads")      # [NAME] words = [...]


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, checked as it loads: a wrong column, key, kind or type is one
    KnowledgeError naming the file and where in it."""
    entries = _countries()
    data = read_toml("gazetteer.toml")
    where = data_path("gazetteer.toml")
    kinds = actor_kinds()
    for table in WORD_TABLES:
        if not isinstance(data.get(table), dict) or "words" not in data[table]:
            raise KnowledgeError(f"{where}: [{table}] with a 'words' list is missing")
        strings(data[table]["words"], where, f"{table}.words")
    for table in ("role_synonyms", "nominals"):
        if not isinstance(data.get(table), dict):
            raise KnowledgeError(f"{where}: [{table}] is missing")
        for name, words in data[table].items():
            strings(words, where, f"{table}.{name}")
    for kind in data["nominals"]:
        if kind not in kinds:
            raise KnowledgeError(f"{where}: nominals.{kind}: unknown kind (declare it in ontology.toml [kinds])")
    organisations = data.get("organisation")
    if not isinstance(organisations, list) or not organisations:
        raise KnowledgeError(f"{where}: [[organisation]] tables are missing")
    for n, org in enumerate(organisations, start=1):
        entry = _organisation(org, f"{where}: organisation #{n}", kinds)
        entries[entry.id] = entry
    return Gazetteer(
        entries=entries,
        titles=frozenset(w.lower() for w in data["titles"]["words"]),
        role_synonyms={k: tuple(v) for k, v in data["role_synonyms"].items()},
        nominals={phrase: kind for kind, phrases in data["nominals"].items() for phrase in phrases},
        organisation_words=frozenset(data["organisation_words"]["words"]),
        party_nominals=frozenset(data["party_nominals"]["words"]),
        occupations=frozenset(w.lower() for w in data["occupations"]["words"]),
        ambiguous_demonyms=frozenset(w.lower() for w in data["ambiguous_demonyms"]["words"]),
        regional_words=frozenset(w.lower() for w in data["regional_words"]["words"]),
        facility_heads=frozenset(w.lower() for w in data["facility_heads"]["words"]),
    )


def _organisation(org, at: str, kinds: frozenset[str]) -> GazetteerEntry:
    if not isinstance(org, dict) or not isinstance(org.get("name"), str) or not org["name"].strip():
        raise KnowledgeError(f"{at}: needs a name")
    at = f"{at} ({org['name']})"
    unknown = sorted(org.keys() - ORGANISATION_KEYS)
    if unknown:
        raise KnowledgeError(f"{at}: {unknown[0]}: unknown key (known: {', '.join(sorted(ORGANISATION_KEYS))})")
    if org.get("kind") not in kinds:
        raise KnowledgeError(f"{at}: kind: {org.get('kind')!r} is not a kind declared in ontology.toml [kinds]")
    if org.get("type", "ORG") not in ORGANISATION_TYPES:
        raise KnowledgeError(f"{at}: type: {org['type']!r} is not one of {', '.join(ORGANISATION_TYPES)}")
    aliases = strings(org.get("aliases", []), at, "aliases")
    oid = slugify(org["name"])
    return GazetteerEntry(oid, org["name"], org.get("type", "ORG"), org["kind"], aliases)


def _countries() -> dict[str, GazetteerEntry]:
    """countries.tsv: a state a row, with its aliases, demonyms and capitals (";"-separated)."""
    where = data_path("countries.tsv")
    lines = data_text("countries.tsv").splitlines()
    rows = list(csv.reader(lines, delimiter="\t"))
    if not rows or rows[0] != COUNTRY_COLUMNS:
        raise KnowledgeError(f"{where}: the header must be {' / '.join(COUNTRY_COLUMNS)} (tab-separated)")
    entries: dict[str, GazetteerEntry] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) > len(COUNTRY_COLUMNS):
            raise KnowledgeError(f"{where}: line {number}: {len(row)} columns, expected at most {len(COUNTRY_COLUMNS)}")
        name, aliases, demonyms, capitals = (row + [""] * len(COUNTRY_COLUMNS))[:len(COUNTRY_COLUMNS)]
        if not name.strip():
            raise KnowledgeError(f"{where}: line {number}: name: a country needs a name")
        cid = slugify(name)
        if cid in entries and entries[cid].kind == "country":
            raise KnowledgeError(f"{where}: line {number}: {name!r} is listed twice")
        entries[cid] = GazetteerEntry(cid, name, "GPE", "country", _split(aliases), _split(demonyms))
        for capital in _split(capitals):
            kid = slugify(capital)
            if kid not in entries and capital not in entries[cid].aliases:
                entries[kid] = GazetteerEntry(kid, capital, "GPE", "capital", capital_of=cid)
    return entries


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x for x in (cell or "").split(";") if x)
