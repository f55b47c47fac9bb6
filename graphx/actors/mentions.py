"""Mentions of actors in a document, and the roles the text gives them."""
from __future__ import annotations

from dataclasses import dataclass, field

Key = tuple[int, int]          # (paragraph index, token index)
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}     # entity labels that can name an actor


@dataclass
class Mention:
    para: int
    start: int                 # token span in the paragraph Doc
    end: int
    text: str
    label: str
    gaz_id: str | None = None
    office: bool = False       # a title used as a name: "the Special Inspector General for X"
    key: str | None = None     # the actor it resolves to


@dataclass
class RoleClaim:
    """A person introduced with a title: "US Secretary of State Mike Pompeo"."""

    person: Mention
    role: str
    organisations: list[Mention] = field(default_factory=list)
    para: int = 0
    token: int = 0             # the title's head token, for evidence
    pattern: str = "roles.title"   # the construction that says so (relations/patterns.py)
