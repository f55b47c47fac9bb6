"""Who undergoes a trigger: objects and prepositional targets, the actor behind an event object
("condemned the Russian attack"), a protest's purpose, places as last-resort targets. (Who
does it is subjects.py.)"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from spacy.tokens import Token

from graphx.relations.arguments import (
    actors_of,
    by_agents,
    key,
    modifier_actors,
    part_of_place,
    prep_objects,
    to_infinitive,
)
from graphx.relations.context import Context
from graphx.relations.groups import generic_group

EVENT_OBJECT_PREPS = {"with", "against", "between"}
AGENT_PREPS = ("of", "by", "from")
PLACE_LIKE = {"GPE", "LOC", "FAC"}
SEARCH_STOP_PREPS = ("by", "since", "until", "during", "after", "before", "unless", "despite")


@dataclass
class Slots:
    """What a trigger's children give: the actors found as its targets, the objects that named
    none (for the fallbacks to look into), the objects that are part of the trigger ("launched a
    barrage") and the places named by a preposition."""

    verb: Token
    relation: str
    prep: str | None
    spec: tuple[str, ...]
    sources: list[str]
    found: list[str] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    parts: list[Token] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    via: Token | None = None


def targets(ctx: Context, verb: Token, relation: str, prep: str | None,
            sources: list[str] = ()) -> tuple[list[str], Token | None]:
    """Targets by priority: objects and the relation's prepositions, then the fallbacks of
    `TARGET_FALLBACKS` in order (what an event object points at, "called off a summit with X";
    a place, "a curfew in X"), then a generic group acted on ("arrested dozens of protesters")."""
    spec = (prep,) if prep else ctx.onto[relation].targets
    if verb.dep_ == "amod" and verb.tag_ == "VBN" and "pass" in spec:    # "Iran-backed Houthis": the
        return actors_of(ctx, verb.head, via_modifiers=False), None       # Houthis (not "… facilities in Syria")
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and "pass" in spec and prep_objects(verb, ("by",)):
        return actors_of(ctx, verb.head), None          # "Americans unjustly detained by Russia"
    slots = Slots(verb, relation, prep, spec, list(sources))
    for c in verb.children:
        _read_child(ctx, slots, c)
    found = slots.found
    if len(slots.where) < len(found):   # "beat up detainees on the West Bank": a place beside an
        found = [k for k in found if k not in slots.where]      # actor acted on is where it happened
    elif found and set(found) <= set(slots.where):   # "opened fire on protesters in Khartoum"
        found = _generic_acted_on(ctx, slots) or found
    for _, fallback in TARGET_FALLBACKS:
        if found:
            break
        found = fallback(ctx, slots)
    # "arrested dozens of protesters in Nairobi" by Kenyan police: at home, the place is where,
    # not whom
    if found and all(ctx.capital_state(k) in sources for k in found):
        found = _generic_acted_on(ctx, slots) or found
    return list(dict.fromkeys(found)), slots.via


def _generic_acted_on(ctx: Context, s: Slots) -> list[str]:
    """"arrested dozens of protesters", "opened fire on protesters", "clashed with
    counter-protesters": with no named target, the group acted on (before the place it is in)."""
    if not ctx.has(s.relation, "generic_target") or ctx.told_in_sentence(s.verb, s.relation):
        return []
    acted_on = [c for c in s.verb.children if (c.dep_ == "dobj" and c not in s.parts) or c.dep_ == "nsubjpass"]
    acted_on += [o for w, o in prep_objects(s.verb, s.spec)]
    return [k for c in acted_on[:1] if (k := generic_group(ctx, c))]


def _read_child(ctx: Context, slots: Slots, c: Token) -> None:
    verb, spec = slots.verb, slots.spec
    if c.dep_ == "dobj" and "dobj" in spec and c.tag_ == "WDT":
        event = relative_event(ctx, c)    # "Russia's strikes on Kyiv, which X condemned"
        if event is not None:
            slots.objects.append(event)
            slots.via = slots.via or event
            return
    if c.dep_ == "dobj" and f"{verb.lemma_.lower()} {c.lemma_.lower()}" in ctx.lex.verbs:
        slots.objects.append(c)            # "strengthened its forces in Lebanon": part of the trigger
        slots.parts.append(c)
    elif c.dep_ == "dobj" and c.lower_ in REFLEXIVES:
        return                             # "blew themselves up in Tel Aviv": the place is the target
    elif c.dep_ == "dobj" and "dobj" in spec:
        keys = actors_of(ctx, _antecedent(c))
        if keys:
            slots.found += keys
        else:
            slots.objects.append(c)
        slots.via = slots.via or c
    elif c.dep_ == "prt" and c.lower_ == "up" and "dobj" in spec:
        slots.found += _counted_object(ctx, c)        # "kidnapped up to 16 Russian advisers"
    elif c.dep_ == "dative" and "dative" in spec:
        slots.found += actors_of(ctx, c)
        if c.pos_ == "ADP" and c.lower_ in spec:        # "providing intelligence to Macedonia"
            slots.found += [k for o in c.children if o.dep_ == "pobj" for k in actors_of(ctx, o)]
    elif c.dep_ == "nsubjpass" and "pass" in spec:
        slots.found += actors_of(ctx, _antecedent(c))
    elif c.dep_ in ("prep", "dative") and c.lower_ in spec:
        for obj in list(c.children) + [s for o in c.children if o.dep_ == "pcomp" for s in o.children
                                       if s.dep_ == "nsubj"]:        # "a deal with Somaliland giving it …"
            if obj.dep_ in ("pobj", "nsubj"):
                keys = actors_of(ctx, obj)
                slots.found += keys
                if all(ctx.actor_type(k) in PLACE_LIKE for k in keys):   # not "between Israel and Hamas"
                    slots.where += keys
                if not keys:
                    slots.objects.append(obj)


def _on_the_object(ctx: Context, s: Slots) -> list[str]:
    """"shared evidence with the US": the preposition hangs on the object."""
    if not s.prep:
        return []
    return [k for o in s.verb.children if o.dep_ == "dobj"
            for _, obj in prep_objects(o, (s.prep,)) for k in actors_of(ctx, obj)]


def _held_by_the_trigger(ctx: Context, s: Slots) -> list[str]:
    """"launched a barrage of drones against Israel": on what the trigger's own object holds."""
    held = s.parts + [o for p in s.parts for _, o in prep_objects(p, ("of",))]
    return [k for h in held for _, obj in prep_objects(h, s.spec) for k in actors_of(ctx, obj)]


def _event_objects(ctx: Context, s: Slots) -> list[str]:
    """"condemned the Russian attack", "called off a summit with the group"."""
    return [k for obj in s.objects for k in event_complement(ctx, obj, s.relation, exclude=set(s.sources))]


def _purpose(ctx: Context, s: Slots) -> list[str]:
    """"staged a hunger strike to demand the resignation of X" (before the place a protest is in)."""
    return purpose_targets(ctx, s.verb) if ctx.has(s.relation, "purpose_target") else []


def _place(ctx: Context, s: Slots) -> list[str]:
    """"lifted a night curfew in Montenegro" (not "shot a man in Streatham": the place is where)."""
    if not ctx.has(s.relation, "place_target") or any(ctx.in_list(o, "person_nouns") for o in s.objects):
        return []
    return place_target(ctx, s.verb, s.objects)


TARGET_FALLBACKS: tuple[tuple[str, Callable[[Context, Slots], list[str]]], ...] = (
    ("on_the_object", _on_the_object),
    ("held_by_the_trigger", _held_by_the_trigger),
    ("generic_acted_on", _generic_acted_on),
    ("event_objects", _event_objects),
    ("purpose", _purpose),
    ("place", _place),
)


RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
REFLEXIVES = {"themselves", "itself", "himself", "herself", "ourselves", "myself", "yourself", "yourselves"}


def _antecedent(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause describes ("Marc Fogel, an American
    who was detained by Russia" → Marc Fogel); any other token for itself."""
    verb = tok.head
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.tag_ not in ("WP", "WDT") or verb.dep_ != "relcl":
        return tok
    noun = verb.head
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN") else noun


def _counted_object(ctx: Context, up: Token) -> list[str]:
    """"up to 16 advisers" misparsed as a particle and a preposition: the counted noun is the
    object."""
    return [k for p in up.children if p.dep_ == "prep" and p.lower_ == "to"
            for obj in p.children if obj.dep_ == "pobj" and any(n.dep_ == "nummod" for n in obj.children)
            for k in actors_of(ctx, obj)]


def relative_event(ctx: Context, pronoun: Token) -> Token | None:
    """"which" whose clause hangs on the object of an event noun refers to the event
    ("Russia's latest missile strikes on Kyiv, which Biden condemned")."""
    for anc in pronoun.ancestors:
        if anc.dep_ == "relcl":
            head = anc.head
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and \
                    ctx.nominal_relation(head.head.head) is not None:
                return head.head.head
            return None
    return None


def place_target(ctx: Context, verb: Token, objects: list[Token]) -> list[str]:
    """"lifted a night curfew in Montenegro", "rioted at a jail in northern Israel", "shortened
    the curfew imposed in Sudan"."""
    heads = [verb] + objects + [c for o in objects for c in o.children if c.dep_ in ("acl", "relcl")]
    for _ in range(2):
        nested = []
        for head in heads:
            for _, obj in prep_objects(head, ("in", "on", "into", "at")):
                k = key(ctx, obj) or part_of_place(ctx, obj)      # "in the capital city of Algiers"
                if k and ctx.actors.actors[k].type in ("GPE", "LOC", "FAC", "NORP"):
                    return [k]
                nested.append(obj)
        heads = nested
    return []


def event_complement(ctx: Context, noun: Token, relation: str, exclude: set[str] = frozenset()) -> list[str]:
    """The actor behind an event object: "condemned the Russian attack" → Russia,
    "called off a summit with the group" → the group; not the subject's own ("suspended its
    sanctions on Belarus" → Belarus)."""
    out = []
    if ctx.has(relation, "object_agents"):      # "investigating crimes by X against Y": X did them
        out = [k for _, obj in prep_objects(noun, ("by",)) for k in actors_of(ctx, obj)] or by_agents(ctx, noun)
        if not out and ctx.nominal_relation(noun) and not ctx.in_list(noun, "of_target_nouns"):
            # "demanded the withdrawal of Serbian forces from Bosnia": who is to act, not where
            out = [k for _, obj in prep_objects(noun, ("of",)) for k in actors_of(ctx, obj)]
    if not out and ctx.has(relation, "object_owner_target"):     # "the killing of civilians by X"
        out = modifier_actors(ctx, noun, exclude=exclude) or \
            [k for _, o in prep_objects(noun, ("by",)) for k in actors_of(ctx, o) if k not in exclude]
    if not out:
        preps = set(EVENT_OBJECT_PREPS)
        noun_relation = ctx.nominal_relation(noun)
        if noun_relation and ctx.has(relation, "object_noun_prepositions"):
            preps |= set(ctx.lex.noun_targets.get(noun_relation, ()))   # "cancelled a visit to Haiti"
        preps |= set(ctx.onto[relation].object_prepositions)          # "provided intelligence to X"
        for _, obj in prep_objects(noun, preps):
            out += actors_of(ctx, obj)
    if not out and ctx.has(relation, "object_agents"):
        for _, obj in prep_objects(noun, AGENT_PREPS):                   # "the withdrawal of Serbian forces"
            out += actors_of(ctx, obj)
    return out


def search_objects(ctx: Context, head: Token, max_depth: int = 4) -> list[str]:
    """Breadth-first through objects and prepositions of a clause, for the first actors
    reached ("to provide 70 million dollars of aid for Romania and Poland" → both)."""
    level, places = [head], []
    for _ in range(max_depth):
        nxt = []
        for tok in level:
            for c in tok.children:
                if c.dep_ in ("dobj", "dative", "pobj", "attr", "oprd"):
                    keys = actors_of(ctx, c)
                    if keys:
                        place = tok.dep_ == "prep" and tok.lower_ in ("in", "into", "at")
                        if not place:
                            return keys
                        places += keys
                    nxt.append(c)
                elif c.dep_ == "prep" and c.lower_ not in SEARCH_STOP_PREPS:
                    nxt.append(c)
                elif c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "NOUN"):
                    nxt.append(c)
        level = nxt
    return list(dict.fromkeys(places))


def purpose_targets(ctx: Context, head: Token) -> list[str]:
    """The one a protest's purpose clause acts on: "staged a hunger strike to demand the
    resignation of X", "rallied to protest X's policies", "marched to press demands on X".
    `head` is the protest verb or noun; for a noun, the clause may hang on its verb."""
    anchors = [head]
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "pobj", "nsubj"):
        anchors.append(head.head if head.dep_ != "pobj" else head.head.head)
    for anchor in anchors:
        for c in anchor.children:
            if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB" and ctx.in_list(c, "purpose_verbs") \
                    and (c.tag_ == "VBG" or to_infinitive(c)):
                found = _acted_on(ctx, c)        # "to demand …", "… calling for independence from X"
                if found:
                    return found
    return []


def _acted_on(ctx: Context, verb: Token) -> list[str]:
    for c in verb.children:
        if c.dep_ == "dobj":
            found = actors_of(ctx, c) or modifier_actors(ctx, c) or _owned(ctx, c)
            if found:
                return found
    return _owned(ctx, verb) or search_objects(ctx, verb)


def _owned(ctx: Context, head: Token) -> list[str]:
    """Actors behind a head's of/by/from/against/on/for objects ("the resignation of X",
    "disapproval for the United States' policies")."""
    return [k for _, obj in prep_objects(head, ("of", "by", "from", "against", "on", "for", "at", "over"))
            for k in actors_of(ctx, obj) or modifier_actors(ctx, obj)]

