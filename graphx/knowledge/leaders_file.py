"""Who leads or led which state or organisation (`data/leaders.tsv`): general knowledge that
holds in any news text ("Obama" acts for the United States wherever he is named), checked at
load: every row names a gazetteer actor and the years its role was held, and a short form
("Bush") names people of one affiliation only.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from graphx.knowledge.files import KnowledgeError, data_path, data_text
from graphx.knowledge.gazetteer_file import gazetteer
from graphx.names import leader_key

COLUMNS = ["name", "of", "role", "terms", "alone", "aliases"]
_TERM = re.compile(r"((?:1[89]|20)\d\d)-((?:1[89]|20)\d\d)?")


@dataclass(frozen=True)
class Leader:
    name: str
    of: str          # gazetteer id of the state or organisation
    role: str
    terms: tuple[tuple[int, int | None], ...] = ()    # (first year, last year or None: in office)

    def role_in(self, year: int | None) -> str | None:
        """The role a document of `year` may give them: theirs in a year they held it,
        "former …" after, none before or in an undated document."""
        if year is None or not self.role or not self.terms:
            return None
        if any(first <= year and (last is None or year <= last) for first, last in self.terms):
            return self.role
        if any(last is not None and last < year for _, last in self.terms):
            return f"former {self.role}"
        return None


@cache
def leaders() -> dict[str, Leader]:
    """Name form (as `leader_key` gives it) → the leader it names."""
    where = data_path("leaders.tsv")
    numbered = [(n, line) for n, line in enumerate(data_text("leaders.tsv").splitlines(), start=1)
                if line.strip() and not line.startswith("#")]
    rows = list(csv.reader([line for _, line in numbered], delimiter="\t"))
    if not rows or rows[0] != COLUMNS:
        raise KnowledgeError(f"{where}: the header must be {' / '.join(COLUMNS)}")
    gaz = gazetteer()
    full: dict[str, Leader] = {}
    short: dict[str, list[Leader]] = {}
    for (number, _), row in zip(numbered[1:], rows[1:]):
        row += [""] * (len(COLUMNS) - len(row))
        name, of, role, terms, alone, aliases = (cell.strip() for cell in row[:len(COLUMNS)])
        if not name or not role:
            raise KnowledgeError(f"{where}: line {number}: a name and a role are needed")
        entry = gaz.lookup(of)
        if entry is None:
            raise KnowledgeError(f"{where}: line {number}: {of!r} is not an actor of the gazetteer")
        leader = Leader(name, entry, role, _terms(terms, f"{where}: line {number}"))
        for form in [name, *filter(None, aliases.split(";"))]:
            key = leader_key(form)
            if key in full and full[key].of != entry:
                raise KnowledgeError(f"{where}: line {number}: {form!r} already names {full[key].name}")
            full[key] = leader
        for form in filter(None, alone.split(";")):
            short.setdefault(leader_key(form), []).append(leader)
    for key, found in short.items():
        if len({leader.of for leader in found}) > 1:
            raise KnowledgeError(f"{where}: {key!r} alone names people of different affiliations")
        roles = {leader.role for leader in found}      # "Bush": two presidents, one role
        full.setdefault(key, found[0] if len(found) == 1 else
                        Leader(" or ".join(x.name for x in found), found[0].of, roles.pop() if len(roles) == 1 else ""))
    return full


@cache
def _by_first_and_last() -> dict[tuple[str, str], dict[str, Leader]]:
    """(first word, last word) of each leader's full name → the leaders so named."""
    index: dict[tuple[str, str], dict[str, Leader]] = {}
    for leader in leaders().values():
        key = leader_key(leader.name).split()
        if len(key) > 1:
            index.setdefault((key[0], key[-1]), {})[leader.name] = leader
    return index


def _terms(text: str, where: str) -> tuple[tuple[int, int | None], ...]:
    found = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        m = _TERM.fullmatch(part)
        if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
            raise KnowledgeError(f"{where}: terms {part!r} must be YYYY-YYYY or YYYY- (still in office)")
        found.append((int(m.group(1)), int(m.group(2)) if m.group(2) else None))
    if not found:
        raise KnowledgeError(f"{where}: the years the role was held (terms) are needed")
    return tuple(found)


def leader_of(names: set[str] | list[str], label: str | None = None) -> Leader | None:
    """The leader any of these names (a person's label and aliases) names, if exactly one
    affiliation answers. A person whose full name (`label`) is not a leader's is another
    person even when the text also calls them by a leader's family name ("Melania Trump" …
    "Trump"): their short aliases count for nothing."""
    table = leaders()
    if label and len(label.split()) > 1 and leader_key(label) not in table:
        words = leader_key(label).split()           # "Jair Messias Bolsonaro": a middle name more
        alike = _by_first_and_last().get((words[0], words[-1]), {})
        if len(alike) == 1:
            return next(iter(alike.values()))
        if not alike:                               # another person of a leader's family
            names = [n for n in names if len(n.split()) > 1]
    # the longest form first ("Bill Clinton" before "Clinton"), so the answer never depends on
    # the order of a set
    forms = sorted({k for k in map(leader_key, names) if k in table}, key=lambda k: (-len(k), k))
    found = [table[k] for k in forms]
    return found[0] if len({leader.of for leader in found}) == 1 else None
