"""The relation ontology (`ontology.toml`): each relation's meaning, family, CAMEO codes,
where a verb finds its target, and the flags that tell the rules how to treat it — checked at
load: an unknown key, family or flag, or a flag declared and never used, is refused."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from graphx.knowledge.files import KnowledgeError, data_path, read_toml, strings

FAMILIES = ("cooperation", "conflict", "membership")


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


@cache
def ontology() -> dict[str, RelationType]:
    where = data_path("ontology.toml")
    data = read_toml("ontology.toml")
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
        flags = strings(d.get("flags", []), where, f"{at}.flags")
        for flag in flags:
            if flag not in declared:
                raise KnowledgeError(f"{where}: {at}.flags: unknown flag {flag!r} (declare it in [flags])")
        used.update(flags)
        relations[name] = RelationType(
            name, d["meaning"], d["symmetric"], d["family"], strings(d.get("cameo", []), where, f"{at}.cameo"),
            strings(d.get("targets", []), where, f"{at}.targets"), frozenset(flags),
            strings(d.get("object_prepositions", []), where, f"{at}.object_prepositions"),
            frozenset(declared))
    if not relations:
        raise KnowledgeError(f"{where}: relations: no relation is defined")
    actor_kinds()                          # the [kinds] table is part of the ontology
    for flag in declared:
        if flag not in used:
            raise KnowledgeError(f"{where}: flags.{flag}: declared but no relation uses it")
    return relations


@cache
def actor_kinds() -> frozenset[str]:
    """The kinds of actor declared in ontology.toml's [kinds] table."""
    where = data_path("ontology.toml")
    kinds = read_toml("ontology.toml").get("kinds")
    if kinds is None:
        raise KnowledgeError(f"{where}: kinds: missing (the actor kinds the gazetteer may use)")
    if not isinstance(kinds, dict) or not kinds or not all(isinstance(v, str) for v in kinds.values()):
        raise KnowledgeError(f"{where}: kinds: expected a table of kind = \"what it is\"")
    return frozenset(kinds)


@cache
def opposites() -> dict[str, str]:
    """Relation → its opposite, both ways, from ontology.toml's [opposites] (checked: known
    relations, a relation in one pair at most, none its own opposite)."""
    where = data_path("ontology.toml")
    table = read_toml("ontology.toml").get("opposites") or {}
    if not isinstance(table, dict):
        raise KnowledgeError(f"{where}: opposites: expected a table of relation = \"relation\"")
    relations, out = ontology(), {}
    for a, b in table.items():
        if not isinstance(b, str):
            raise KnowledgeError(f"{where}: opposites.{a}: expected the name of a relation")
        for name in (a, b):
            if name not in relations:
                raise KnowledgeError(f"{where}: opposites.{a}: unknown relation {name!r}")
            if name in out:
                raise KnowledgeError(f"{where}: opposites.{a}: {name!r} is already in another pair")
        if a == b:
            raise KnowledgeError(f"{where}: opposites.{a}: a relation cannot be its own opposite")
        out[a], out[b] = b, a
    return out
