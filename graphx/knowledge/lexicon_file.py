"""The trigger lexicon (`lexicon.toml`): verbs and nouns that name each relation, the
prepositions that name targets, and the named word lists the rules read — checked at load:
a relation the ontology does not know, a word under two relations, a list no rule reads."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from graphx.knowledge.files import KnowledgeError, data_path, read_toml, strings
from graphx.knowledge.ontology_file import ontology

# The [words] lists of lexicon.toml that rules read (a test checks this against the code);
# a list outside it is refused at load as unused, one missing from the file as missing.
WORD_LISTS = frozenset({
    "accountable_adjectives", "agent_nouns", "allegation_verbs", "aiming_participles", "anonymous_speaker_words", "backing_participles", "blame_verbs", "claim_nouns", "claim_verbs", "container_nouns", "defence_words", "denial_verbs", "directive_nouns", "event_lead_verbs", "generic_groups", "generic_names",
    "hypothetical_aux", "hypothetical_nouns", "hypothetical_verbs", "inclusion_verbs", "intent_words", "leading_participles", "lifting_verbs",
    "mediation_nouns", "mediation_verbs", "meeting_party_nouns", "meeting_verbs", "negating_verbs",
    "participant_nouns", "participation_verbs", "perpetration_verbs", "person_nouns", "place_part_nouns", "of_target_nouns", "place_target_nouns", "protection_words", "purpose_nouns", "purpose_verbs", "quantity_nouns", "reciprocal_triggers",
    "say_verbs", "statement_nouns", "summoning_verbs"})
PARSED_WORD_LISTS = ("credit_phrases", "predicate_adjectives", "stance_nouns")
TARGET_SLOTS = ("dobj", "dative", "pass")


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
    stance_nouns: dict[str, tuple[str, str]] = field(default_factory=dict)  # "critic" → ("of", "criticizes")


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
        for entry in strings(entries, where, f"{section}.{relation}"):
            word = entry.split(">")[0]
            if word in owner and owner[word] != relation:
                raise KnowledgeError(f"{where}: {section}.{relation}: {word!r} is already under "
                                     f"{section}.{owner[word]} (one word, one relation)")
            owner[word] = relation
    return table


@cache
def lexicon() -> Lexicon:
    where = data_path("lexicon.toml")
    data = read_toml("lexicon.toml")
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
        strings(preps, where, f"noun_targets.{relation}")
    for name in data.get("words", {}):
        if name not in WORD_LISTS and name not in PARSED_WORD_LISTS:
            raise KnowledgeError(f"{where}: words.{name}: no rule reads this list")
    for name in sorted(WORD_LISTS | set(PARSED_WORD_LISTS)):
        if name not in data.get("words", {}):
            raise KnowledgeError(f"{where}: words.{name}: missing (the rules read it)")
    words = {k: frozenset(strings(v, where, f"words.{k}")) for k, v in data["words"].items()
             if k not in PARSED_WORD_LISTS}
    return Lexicon(
        verbs=verbs,
        restricted_verbs=restricted,
        nouns=nouns,
        noun_targets={k: tuple(v) for k, v in data["noun_targets"].items()},
        words=words,
        credit_phrases=tuple(data["words"]["credit_phrases"]),
        verb_heads=frozenset([e.split()[0] for e in verbs] + list(restricted)),
        predicate_adjectives=_word_preposition_relation(data, "predicate_adjectives", where, relations),
        stance_nouns=_word_preposition_relation(data, "stance_nouns", where, relations),
    )


def _word_preposition_relation(data: dict, name: str, where, relations) -> dict[str, tuple[str, str]]:
    """A list of "word preposition:relation" ("opposed to:rejects", "critic of:criticizes")."""
    found = {}
    for entry in data["words"][name]:
        try:
            phrase, relation = entry.split(":")
            word, prep = phrase.split()
        except ValueError:
            raise KnowledgeError(f"{where}: words.{name}: {entry!r} is not "
                                 f"\"word preposition:relation\"") from None
        if relation not in relations:
            raise KnowledgeError(f"{where}: words.{name}: {entry!r}: unknown relation {relation!r}")
        found[word] = (prep, relation)
    return found
