"""The actors of one document, as the actor stage builds them and later stages read them.

`DocumentActors` is the state: the paragraphs, the mentions found, the actors they resolve to,
which tokens name which actor, the roles claimed, a transcript's turns and speakers. The
passes that fill it are the table `graphx.actors.MENTION_PASSES`; this module only holds the
state and its look-ups, and the few ways an actor comes to exist.
"""
from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from graphx.actors import speakers
from graphx.actors.mentions import Key, Mention, RoleClaim
from graphx.knowledge import Gazetteer, gazetteer, lexicon
from graphx.model import Actor
from graphx.names import slugify


class DocumentActors:
    """The actors of one document and which tokens refer to each."""

    def __init__(self, paras: list[tuple[int, Doc]], gaz: Gazetteer | None = None, title: str | None = None):
        self.gaz = gaz or gazetteer()
        self.paras = paras
        self.title = title
        # a transcript's speaker turns: paragraph → (paragraph of its label, the label)
        self.turns = speakers.turns(paras, self.gaz.titles, lexicon().words["anonymous_speaker_words"])
        self.speakers: dict[int, str | None] = {}     # paragraph → who speaks it (None: the press …)
        self.label_mentions: dict[int, Mention] = {}
        self.label_tokens: set[Key] = set()         # a label names who speaks: no antecedent
        self.mentions: list[Mention] = []
        self.roles: list[RoleClaim] = []
        self.communities: list[tuple[Mention, str]] = []   # "Bosnian Serbs" and the state of "Serbs"
        self.actors: dict[str, Actor] = {}
        self.token_actor: dict[Key, str] = {}
        self.concepts: set[str] = set()             # acronyms the document spells out in lower case
        self.credit_tokens: dict[int, set[int]] = {}
        self.texts: dict[int, list[str]] = {}
        self.title_starts = {t.split()[0] for t in self.gaz.titles}
        self.role_words = self.gaz.titles | self.gaz.occupations     # what a role claim reads as a title
        self.demonyms = {d for e in self.gaz.entries.values() for d in e.demonyms}
        self._mention_index: dict[Key, Mention] = {}

    # -- look-ups ---------------------------------------------------------------------------
    def in_credit(self, para: int, i: int) -> bool:
        """Is token i of paragraph `para` in a byline or credit sentence?"""
        return i in self.credit_tokens.get(para, ())

    def mention_at(self, para: int, i: int) -> Mention | None:
        return self._mention_index.get((para, i))

    def mention_covering(self, para: int, i: int) -> Mention | None:
        """The mention covering a token, before the index is built."""
        return next((m for m in self.mentions if m.para == para and m.start <= i < m.end), None)

    def gazetteer_id(self, name: str) -> str | None:
        return self.gaz.lookup(name)

    # -- making actors ----------------------------------------------------------------------
    def add(self, m: Mention, key: str, label: str, type_: str, kind: str | None = None) -> None:
        """Resolve mention `m` to the actor `key`, made if new (the longest label wins)."""
        m.key = key
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = Actor(key, label, type_, kind)
        elif type_ == "PERSON" and actor.type != "PERSON":
            actor.type = "PERSON"
        if len(label) > len(actor.label) and not actor.kind:
            actor.label = label
        actor.aliases.add(m.text)
        actor.mentions += 1

    def index(self) -> None:
        """Which token names which actor, once the mentions are clustered."""
        self._mention_index = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.token_actor[(m.para, i)] = m.key
                self._mention_index[(m.para, i)] = m

    def ensure(self, actor: Actor) -> str:
        """Make a proposed actor exist (a generic group, a group told apart from its state, a
        state the text never names) unless an actor of that key already does."""
        self.actors.setdefault(actor.key, actor)
        return actor.key

    def ensure_gazetteer_actor(self, entry_id: str) -> str:
        """Make a gazetteer actor exist even if the text never names it (capital → state)."""
        return entry_id if entry_id in self.actors else self.ensure(gazetteer_actor(self.gaz, entry_id))


def gazetteer_actor(gaz: Gazetteer, entry_id: str) -> Actor:
    """The actor of a gazetteer entry, for a document that does not name it."""
    entry = gaz.entries[entry_id]
    return Actor(entry.id, entry.name, entry.type, entry.kind, {entry.name})


def generic_actor(name: str, scope: str) -> Actor:
    """A group named by what it is ("protesters"), an actor of its own document only: its key
    carries the document, so "protesters" of two documents are two nodes."""
    return Actor(f"{slugify(name)}-{hashlib.sha1(scope.encode()).hexdigest()[:8]}", name, "NORP", "generic", {name})


def group_actor(label: str) -> Actor:
    """A group named with its state ("Croatian extremists"), told apart from that state."""
    return Actor(slugify(label), label, "NORP", "group", {label})
