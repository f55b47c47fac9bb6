"""What resolving actors across documents knows about names (`names.toml`)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from graphx.knowledge.files import KnowledgeError, data_path, read_toml, strings

NAME_LISTS = ("family_first", "deities", "non_actor_heads", "degrees", "regional_peoples")


@dataclass(frozen=True)
class NameKnowledge:
    """names.toml: what resolving actors across documents knows about names."""

    family_first: frozenset[str]
    deities: frozenset[str]
    non_actor_heads: frozenset[str]
    degrees: frozenset[str]
    regional_peoples: frozenset[str]


@cache
def name_knowledge() -> NameKnowledge:
    data = read_toml("names.toml")
    where = data_path("names.toml")
    unknown = sorted(set(data) - set(NAME_LISTS))
    if unknown:
        raise KnowledgeError(f"{where}: unknown list [{unknown[0]}] (known: {', '.join(NAME_LISTS)})")
    lists = {}
    for name in NAME_LISTS:
        if not isinstance(data.get(name), dict) or "words" not in data[name]:
            raise KnowledgeError(f"{where}: [{name}] with a 'words' list is missing")
        words = strings(data[name]["words"], str(where), f"{name}.words")
        bad = [w for w in words if w != w.lower() or not w.strip()]
        if bad:
            raise KnowledgeError(f"{where}: {name}.words must be lower-case words, not {bad[0]!r}")
        lists[name] = frozenset(words)
    return NameKnowledge(**lists)
