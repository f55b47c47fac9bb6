"""What every pattern family reads while one document's relations are found.

`Context` holds the document's actors and coreference, graphx's knowledge (lexicon,
ontology, gazetteer), the relations found so far and the discourse state. There is no
cursor: a token knows its paragraph (`para_of`), so every helper works on any token.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from graphx.actors import DocumentActors, Key
from graphx.knowledge import gazetteer, lexicon, ontology
from graphx.model import Relation

PARTICLES = {"out", "off", "down", "up", "back", "away"}     # "forced X out": parsed as a preposition
# "X and I have waged this fight": a noun with one of these refers to an event named before
REFERRING_DETERMINERS = {"this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your"}


def word_forms(tok: Token) -> tuple[str, ...]:
    """Lemma first, then the surface form and plain de-inflections: the lemmatizer errs
    ("hopes" → "hop"), and a lexicon lookup should survive that."""
    return _forms(tok.lemma_.lower(), tok.lower_)


@lru_cache(maxsize=8192)
def _forms(lemma: str, lower: str) -> tuple[str, ...]:
    forms = [lemma, lower]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("es", "e"), ("s", ""),
                         ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            forms.append(lower[: len(lower) - len(suffix)] + repl)
    return tuple(dict.fromkeys(forms))


@dataclass
class Discourse:
    """Cross-sentence state: the latest event of each relation ("Those talks were led by X")
    and the parties of two-sided events ("the two sides agreed")."""

    last_event: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    event_parties: list[tuple[list[str], list[str]]] = field(default_factory=list)
    meeting_hosts: list[str] = field(default_factory=list)      # of the latest call or meeting
    meeting_parties: list[str] = field(default_factory=list)    # with someone: host and guests
    meeting_paragraph: int = -9                                  # where that meeting was told
    party_mentions: set[tuple[int, int]] = field(default_factory=set)   # "They", "their": its parties
    # what the meeting's parties said or did before a readout lists its participants
    parties_did: list[tuple] = field(default_factory=list)
    # who was hit by the latest attack told without its author ("A car bomb killed 12 soldiers"):
    # a later claim or blame names the author ("The Taliban claimed responsibility")
    unclaimed: tuple[int, list[str]] = (-9, [])      # (paragraph, whom it hit)

    def two_parties(self) -> list[str]:
        """The parties of the latest event between two sides."""
        for sources, targets in reversed(self.event_parties):
            parties = list(dict.fromkeys(sources + targets))
            if len(parties) == 2:
                return parties
        return []


class Context:
    def __init__(self, doc_id: str, actors: DocumentActors, resolutions: dict[Key, str],
                 date: str | None = None):
        self.doc_id = doc_id
        self.actors = actors
        self.resolutions = resolutions      # coreference: (paragraph, token) → actor
        self.date = date
        self.lex = lexicon()
        self.onto = ontology()
        self.gaz = gazetteer()
        self.words = self.lex.words
        self.relations: list[Relation] = []
        self.discourse = Discourse()
        # groups told apart from their state ("Croatia investigates Croatian extremists"):
        # (group, state, paragraph, token) — the roles family makes them member_of the state
        self.qualified_groups: list[tuple[str, str, int, int]] = []
        self.memo: dict[str, object] = {}      # what a rule works out once per document (the issuer)
        self._paras = {id(doc): (p, offset) for p, (offset, doc) in enumerate(actors.paras)}

    # -- where a token is ----------------------------------------------------------------------
    def para_of(self, tok: Token) -> int:
        return self._paras[id(tok.doc)][0]

    def offset_of(self, tok: Token) -> int:
        """Character offset of the token's paragraph in the document."""
        return self._paras[id(tok.doc)][1]

    def resolved(self, tok: Token) -> bool:
        """Was this token resolved by coreference (a pronoun, a title, a nominal)?"""
        return (self.para_of(tok), tok.i) in self.resolutions

    def token_actor(self, tok: Token) -> str | None:
        """The actor a token names or refers to."""
        key = (self.para_of(tok), tok.i)
        return self.actors.token_actor.get(key) or self.resolutions.get(key)

    def in_mention(self, tok: Token) -> bool:
        """Part of an actor's name (not a resolved reference): no trigger."""
        return (self.para_of(tok), tok.i) in self.actors.token_actor

    def actor_type(self, key: str) -> str | None:
        actor = self.actors.actors.get(key)
        return actor.type if actor else None

    def actor_kind(self, key: str) -> str | None:
        actor = self.actors.actors.get(key)
        return actor.kind if actor else None

    def capital_state(self, key: str) -> str:
        """The state a capital is the capital of; any other actor itself."""
        entry = self.gaz.entries.get(key)
        return entry.capital_of if entry and entry.capital_of else key

    def told_in_sentence(self, tok: Token, relation: str) -> bool:
        """Has this sentence already given a `relation` edge ("launched missiles at Kyiv, killing
        five people": the attack has its named target)?"""
        start = self.offset_of(tok) + tok.sent.start_char
        return any(r.relation == relation and r.evidence.start == start for r in self.relations)

    # -- the lexicon -----------------------------------------------------------------------------
    def has(self, relation: str, flag: str) -> bool:
        """Does `relation` carry `flag` in ontology.toml?"""
        return self.onto[relation].has(flag)

    def in_list(self, tok: Token, name: str) -> bool:
        """Is any form of `tok` (lemma, surface, de-inflections) in the lexicon's word list `name`?"""
        return any(f in self.words[name] for f in word_forms(tok))

    def match_verb(self, verb: Token) -> tuple[str, str | None] | None:
        """(relation, the preposition naming its target or None) for a trigger verb."""
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        forms = word_forms(verb)
        if not any(f in self.lex.verb_heads for f in forms):
            return None
        # "shared evidence with the US": the parser may hang the verb's preposition on its object
        children = list(verb.children) + [p for o in verb.children if o.dep_ == "dobj"
                                          for p in o.children if p.dep_ == "prep"]
        for lemma in forms:
            found, entries = [], []
            for c in children:
                if c.dep_ in ("prt", "prep", "dobj", "agent"):
                    entry = f"{lemma} {c.lower_ if c.dep_ != 'dobj' else c.lemma_.lower()}"
                    if entry in self.lex.verbs:   # a preposition names where the target is
                        names_target = c.dep_ in ("prep", "agent") and c.lower_ not in PARTICLES
                        found.append((self.lex.verbs[entry], c.lower_ if names_target else None))
                        entries.append(c)
            if found:      # "lashed out at X": "lash at" names the target, "lash out" does not,
                phrasal = [f for f, c in zip(found, entries) if c.dep_ == "prt"]   # but "called off …
                if phrasal and any(f[0] != phrasal[0][0] for f in found):          # on Monday" is no "call on"
                    return phrasal[0]
                return next((f for f in found if f[1]), found[0])
        for lemma in forms:
            if lemma in self.lex.verbs:
                return self.lex.verbs[lemma], None
            restricted = self.lex.restricted_verbs.get(lemma)
            if restricted:       # "discussed the attacks": the topic is no partner
                return restricted[0], restricted[1]
        return None

    def nominal_relation(self, noun: Token) -> str | None:
        """The relation an event noun names; "hunger strike" before "strike": a compound
        names the event more precisely."""
        forms = []
        for c in noun.lefts:
            if c.dep_ in ("compound", "amod") and c.i == noun.i - 1:
                forms += [f"{c.lower_} {noun.lower_}", f"{c.lower_} {noun.lemma_.lower()}"]
        forms += [noun.lower_, noun.lemma_.lower()]
        forms += [f"{noun.lower_} of {o.lower_}" for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]          # "a state of emergency"
        for form in forms:
            if form in self.lex.nouns:
                return self.lex.nouns[form]
        if self.in_list(noun, "container_nouns"):      # "a security assistance package for X"
            for c in noun.lefts:
                if c.dep_ == "compound" and (c.lower_ in self.lex.nouns or c.lemma_.lower() in self.lex.nouns):
                    return self.lex.nouns.get(c.lower_) or self.lex.nouns[c.lemma_.lower()]
        return None

    def mediating(self, verb: Token) -> bool:
        return self.in_list(verb, "mediation_verbs")

    def reciprocal(self, trigger: Token) -> bool:
        """"clashed", "exchanged fire": coordinated subjects act on each other (not in "X and I
        have waged this fight", a fight named before)."""
        if trigger.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") and c.lower_ in REFERRING_DETERMINERS
                                          for c in trigger.children):
            return False
        forms = set(word_forms(trigger))
        forms |= {f"{f} {c.lemma_.lower()}" for f in list(forms) for c in trigger.children if c.dep_ == "dobj"}
        return bool(forms & self.words["reciprocal_triggers"])
