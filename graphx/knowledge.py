"""The knowledge graphx ships as data: ontology, trigger lexicon and gazetteer.

Everything here is read from `graphx/data/` once per process (a file of the same name in
the folder named by the GRAPHX_DATA environment variable replaces the packaged one); the code
that uses it never hard-codes a word list. Like followthemoney's schema, the data is checked
as it loads: an unknown relation, a flag nobody declared or uses, a word under two relations
is a `KnowledgeError` naming the file and the key, and graphx refuses to run on it.
"""
from __future__ import annotations

import csv
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from graphx.errors import GraphxError

FAMILIES = ("cooperation", "conflict", "membership")
# The [words] lists of lexicon.toml that rules read (a test checks this against the code);
# a list outside it is refused at load as unused, one missing from the file as missing.
WORD_LISTS = frozenset({
    "accountable_adjectives", "agent_nouns", "aiming_participles", "anonymous_speaker_words", "backing_participles", "blame_verbs", "container_nouns", "defence_words", "directive_nouns", "event_lead_verbs", "generic_groups",
    "hypothetical_aux", "hypothetical_nouns", "hypothetical_verbs", "inclusion_verbs", "intent_words", "leading_participles", "lifting_verbs",
    "mediation_nouns", "mediation_verbs", "meeting_party_nouns", "meeting_verbs", "negating_verbs",
    "participant_nouns", "participation_verbs", "place_part_nouns", "of_target_nouns", "place_target_nouns", "protection_words", "purpose_nouns", "purpose_verbs", "quantity_nouns", "reciprocal_triggers",
    "say_verbs", "statement_nouns", "summoning_verbs"})
PARSED_WORD_LISTS = ("credit_phrases", "predicate_adjectives")
TARGET_SLOTS = ("dobj", "dative", "pass")


class KnowledgeError(GraphxError):
    """A data file of graphx's knowledge (ontology, lexicon, gazetteer) is invalid."""


def data_path(name: str):
    """The file `name` of graphx's knowledge: GRAPHX_DATA's copy if it has one, else the packaged one."""
    override = os.environ.get("GRAPHX_DATA")
    if override and (Path(override) / name).is_file():
        return Path(override) / name
    return resources.files("graphx").joinpath("data", name)


def _data_text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


def _toml(name: str) -> dict:
    try:
        return tomllib.loads(_data_text(name))
    except tomllib.TOMLDecodeError as e:
        raise KnowledgeError(f"{data_path(name)}: not valid TOML ({e})") from None


def slugify(name: str) -> str:
    """A stable node id: lower-case words joined by '-'."""
    s = name.replace("\u2019", "'").lower()
    s = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-")
    return s or "actor"


def normal_name(text: str) -> str:
    """A name as graphx writes it: straight apostrophes, single spaces, no leading article,
    no possessive, no stray punctuation at the ends ("the Taliban's" → "Taliban")."""
    text = text.replace("\u2019", "'").strip()
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"^(the|a|an) ", "", text, flags=re.I)
    text = re.sub(r"\s*'s?$", "", text)
    return text.strip(" .,;:-\"'")


def name_key(text) -> str:
    """The form names are compared in (queries, evaluation): `normal_name`, lower-cased."""
    return normal_name(str(text).replace("\u2018", "'")).lower()


# Words an acronym skips: "Special Inspector General for Afghanistan Reconstruction" is SIGAR.
INITIALS_STOP_WORDS = frozenset({"of", "for", "on", "and", "the", "to", "in", "at"})

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
    flags: frozenset[str] = frozenset()
    object_prepositions: tuple[str, ...] = ()
    declared: frozenset[str] = frozenset()      # every flag of the ontology, to catch typos in code

    def has(self, flag: str) -> bool:
        """Whether the relation has `flag` (which must be a declared flag)."""
        if flag not in self.declared:
            raise KnowledgeError(f"{data_path('ontology.toml')}: no flag {flag!r} is declared in [flags]")
        return flag in self.flags


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


def _strings(value, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeError(f"{where}: {key}: expected a list of strings")
    return tuple(value)


@cache
def ontology() -> dict[str, RelationType]:
    where = data_path("ontology.toml")
    data = _toml("ontology.toml")
    declared = data.get("flags", {})
    if not isinstance(declared, dict) or not all(isinstance(v, str) for v in declared.values()):
        raise KnowledgeError(f"{where}: flags: expected a table of flag = \"what it does\"")
    relations, used = {}, set()
    for name, d in (data.get("relations") or {}).items():
        at = f"relations.{name}"
        if not isinstance(d, dict):
            raise KnowledgeError(f"{where}: {at}: expected a table")
        unknown = d.keys() - {"meaning", "symmetric", "family", "cameo", "targets", "flags",
                              "object_prepositions"}
        if unknown:
            raise KnowledgeError(f"{where}: {at}.{sorted(unknown)[0]}: unknown key")
        if not isinstance(d.get("meaning"), str) or not isinstance(d.get("symmetric"), bool):
            raise KnowledgeError(f"{where}: {at}: needs meaning (text) and symmetric (true/false)")
        if d.get("family") not in FAMILIES:
            raise KnowledgeError(f"{where}: {at}.family: {d.get('family')!r} is not one of {', '.join(FAMILIES)}")
        flags = _strings(d.get("flags", []), where, f"{at}.flags")
        for flag in flags:
            if flag not in declared:
                raise KnowledgeError(f"{where}: {at}.flags: unknown flag {flag!r} (declare it in [flags])")
        used.update(flags)
        relations[name] = RelationType(
            name, d["meaning"], d["symmetric"], d["family"], _strings(d.get("cameo", []), where, f"{at}.cameo"),
            _strings(d.get("targets", []), where, f"{at}.targets"), frozenset(flags),
            _strings(d.get("object_prepositions", []), where, f"{at}.object_prepositions"),
            frozenset(declared))
    if not relations:
        raise KnowledgeError(f"{where}: relations: no relation is defined")
    for flag in declared:
        if flag not in used:
            raise KnowledgeError(f"{where}: flags.{flag}: declared but no relation uses it")
    return relations


def _triggers(data: dict, section: str, where, relations) -> dict[str, list[str]]:
    """A section of relation = [words], checked: known relations, no word under two."""
    table = data.get(section)
    if not isinstance(table, dict):
        raise KnowledgeError(f"{where}: [{section}]: missing")
    owner: dict[str, str] = {}
    for relation, entries in table.items():
        if relation not in relations:
            raise KnowledgeError(f"{where}: {section}.{relation}: unknown relation {relation!r} "
                                 f"(not in ontology.toml)")
        for entry in _strings(entries, where, f"{section}.{relation}"):
            word = entry.split(">")[0]
            if word in owner and owner[word] != relation:
                raise KnowledgeError(f"{where}: {section}.{relation}: {word!r} is already under "
                                     f"{section}.{owner[word]} (one word, one relation)")
            owner[word] = relation
    return table


@cache
def lexicon() -> Lexicon:
    where = data_path("lexicon.toml")
    data = _toml("lexicon.toml")
    relations = ontology()
    verbs: dict[str, str] = {}
    restricted: dict[str, tuple[str, str]] = {}
    for relation, entries in _triggers(data, "verbs", where, relations).items():
        for entry in entries:
            if ">" in entry:
                lemma, prep = entry.split(">")
                restricted[lemma] = (relation, prep)
            else:
                verbs[entry] = relation
    nouns: dict[str, str] = {}
    for relation, entries in _triggers(data, "nouns", where, relations).items():
        for entry in entries:
            nouns[entry] = relation
    for relation, preps in (data.get("noun_targets") or {}).items():
        if relation not in relations:
            raise KnowledgeError(f"{where}: noun_targets.{relation}: unknown relation {relation!r}")
        _strings(preps, where, f"noun_targets.{relation}")
    for name in data.get("words", {}):
        if name not in WORD_LISTS and name not in PARSED_WORD_LISTS:
            raise KnowledgeError(f"{where}: words.{name}: no rule reads this list")
    for name in sorted(WORD_LISTS | set(PARSED_WORD_LISTS)):
        if name not in data.get("words", {}):
            raise KnowledgeError(f"{where}: words.{name}: missing (the rules read it)")
    words = {k: frozenset(_strings(v, where, f"words.{k}")) for k, v in data["words"].items()
             if k not in PARSED_WORD_LISTS}
    adjectives = {}
    for entry in data["words"]["predicate_adjectives"]:      # "opposed to:rejects"
        try:
            phrase, relation = entry.split(":")
            word, prep = phrase.split()
        except ValueError:
            raise KnowledgeError(f"{where}: words.predicate_adjectives: {entry!r} is not "
                                 f"\"adjective preposition:relation\"") from None
        if relation not in relations:
            raise KnowledgeError(f"{where}: words.predicate_adjectives: {entry!r}: unknown relation {relation!r}")
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


NAME_LISTS = ("family_first", "deities", "non_actor_heads")


@dataclass(frozen=True)
class NameKnowledge:
    """names.toml: what resolving actors across documents knows about names."""

    family_first: frozenset[str]
    deities: frozenset[str]
    non_actor_heads: frozenset[str]


@cache
def name_knowledge() -> NameKnowledge:
    data = _toml("names.toml")
    where = data_path("names.toml")
    unknown = sorted(set(data) - set(NAME_LISTS))
    if unknown:
        raise KnowledgeError(f"{where}: unknown list [{unknown[0]}] (known: {', '.join(NAME_LISTS)})")
    lists = {}
    for name in NAME_LISTS:
        if not isinstance(data.get(name), dict) or "words" not in data[name]:
            raise KnowledgeError(f"{where}: [{name}] with a 'words' list is missing")
        words = _strings(data[name]["words"], str(where), f"{name}.words")
        bad = [w for w in words if w != w.lower() or not w.strip()]
        if bad:
            raise KnowledgeError(f"{where}: {name}.words must be lower-case words, not {bad[0]!r}")
        lists[name] = frozenset(words)
    return NameKnowledge(**lists)


def check_knowledge() -> None:
    """Load and check every data file now, so a bad one stops a build before any work."""
    ontology()
    lexicon()
    gazetteer()
    name_knowledge()
    from graphx.leaders import leaders      # it reads the gazetteer: imported here, not above
    leaders()
