"""Who does and who undergoes a trigger: subjects (inherited through xcomp, conj, participles
and relative clauses; passive agents), objects and prepositional targets, the actor behind an
event object ("condemned the Russian attack"), places as last-resort targets."""
from __future__ import annotations

from spacy.tokens import Token

from graphx.relations.arguments import (
    actors_of,
    by_agents,
    generic_group,
    key,
    list_members,
    modifier_actors,
    of_actors,
    part_of_place,
    prep_objects,
    to_infinitive,
)
from graphx.relations.context import Context

EVENT_OBJECT_PREPS = {"with", "against", "between"}
AGENT_PREPS = ("of", "by", "from")
PLACE_LIKE = {"GPE", "LOC", "FAC"}
SEARCH_STOP_PREPS = ("by", "since", "until", "during", "after", "before", "unless", "despite")


def subjects(ctx: Context, verb: Token, depth: int = 0) -> list[str]:
    if depth > 4:
        return []
    if verb.dep_ == "amod" and verb.tag_ == "VBN":       # "Iran-backed Houthis": Iran backs them
        if not ctx.in_list(verb, "backing_participles"):   # not "the Israeli-occupied West Bank"
            return []
        return [k for c in verb.children if c.dep_ in ("npadvmod", "compound") for k in actors_of(ctx, c)]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or \
        (verb.dep_ == "acl" and verb.tag_ == "VBN")
    if passive:
        agents = []
        for _, obj in prep_objects(verb, ("by",)):
            agents += actors_of(ctx, obj)
        if agents:
            return agents
        if ctx.in_list(verb, "participation_verbs"):      # "Serb forces were engaged in …"
            return [k for c in verb.children if c.dep_ == "nsubjpass" for k in actors_of(ctx, c)]
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []
    # "Egypt and Qatar are mediating": the parser may hang the subject on the auxiliary
    for c in list(verb.children) + [s for a in verb.children if a.dep_ == "aux" for s in a.children]:
        if c.dep_ in ("nsubj", "csubj"):      # "The US, Russia and Switzerland met": a list
            return list_members(ctx, c) or event_agents(ctx, c) or _reduced_relative(ctx, c)
    head = verb.head
    if verb.dep_ == "xcomp":
        for c in head.children:
            if c.dep_ == "dobj" and not ctx.in_list(head, "summoning_verbs"):
                objs = actors_of(ctx, c)
                if objs:
                    return objs
        return subjects(ctx, head, depth + 1)
    if verb.dep_ in ("conj", "advcl", "acomp"):   # "began a hunger strike to protest against X"
        return subjects(ctx, head, depth + 1)
    if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        accused = accused_of(ctx, head.head)         # "accused India of shelling Kashmir": India
        if accused or ctx.in_list(head.head, "accountable_adjectives"):
            return accused
        if head.head.pos_ == "ADJ" and head.head.dep_ != "acomp":
            return []
        return subjects(ctx, head.head, depth + 1)   # "We remain committed to partnering with X"
    if verb.dep_ in ("relcl", "acl") and head.dep_ == "attr" and to_infinitive(verb) and \
            head.head.lemma_ in ("be", "become"):      # "I will be the first President to fly to X"
        return subjects(ctx, head.head, depth + 1)
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return actors_of(ctx, head)
    if verb.dep_ == "pcomp" and head.head.pos_ == "NOUN":
        return _owners(ctx, head.head, depth)          # "their commitment to supporting Ukraine"
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and verb.tag_ == "VBG":
        if not (ctx.in_list(head, "directive_nouns") or ctx.in_list(head, "statement_nouns")):
            return []                                    # "violence targeting X": whose, the text does not say
        return _owners(ctx, head, depth, said=True)      # "adopted a resolution condemning X"
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and to_infinitive(verb):
        return _owners(ctx, head, depth)               # "Italy's decision to impose sanctions"
    return []


def _reduced_relative(ctx: Context, subject: Token) -> list[str]:
    """"The Red Cross operating in Iraq said …" parsed with the participle as the subject: the
    participle's own subject is the one who speaks."""
    if subject.pos_ != "VERB" or subject.tag_ != "VBG":
        return []
    return [k for c in subject.children if c.dep_ == "nsubj" for k in list_members(ctx, c)]


def _owners(ctx: Context, noun: Token, depth: int, said: bool = False) -> list[str]:
    """Who acts in an act a noun frames ("their commitment to …", "efforts to …"): the noun's
    possessor or "of" ("the right of Russian troops to fire"), else the subject of the verb it is
    the object of ("They underscored their commitment", "X made efforts to …"); nobody for a
    request or permission, whose act is another's."""
    if ctx.in_list(noun, "directive_nouns") and not said:   # a request's act is another's; what a
        return []                                              # resolution or call says is its own
    owners = modifier_actors(ctx, noun) or of_actors(ctx, noun)    # "the right of Russian troops to"
    if owners:
        return owners
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return subjects(ctx, noun.head, depth + 1)
    return []


def accused_of(ctx: Context, outer: Token) -> list[str]:
    """The one a blame verb lays an act on: its object ("blamed X for …", "held X responsible
    for …", "charged X with …")."""
    if outer.pos_ == "ADJ" and ctx.in_list(outer, "accountable_adjectives"):
        outer = outer.head
    if outer.pos_ not in ("VERB", "AUX") or not ctx.in_list(outer, "blame_verbs"):
        return []
    if outer.dep_ == "acl" and outer.tag_ == "VBN":     # "nationals suspected by the West of …"
        return actors_of(ctx, outer.head)
    return [k for c in outer.children if c.dep_ == "dobj" for k in actors_of(ctx, c)]


def targets(ctx: Context, verb: Token, relation: str, prep: str | None,
            sources: list[str] = ()) -> tuple[list[str], Token | None]:
    """Targets by priority: objects and the relation's prepositions, then what an event
    object points at ("called off a summit with X"), then a place ("a curfew in X")."""
    spec = (prep,) if prep else ctx.onto[relation].targets
    found: list[str] = []
    via = None
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if verb.dep_ == "amod" and verb.tag_ == "VBN" and "pass" in spec:    # "Iran-backed Houthis": the
        return actors_of(ctx, verb.head, via_modifiers=False), None       # Houthis (not "… facilities in Syria")
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and "pass" in spec and prep_objects(verb, ("by",)):
        return actors_of(ctx, verb.head), None          # "Americans unjustly detained by Russia"
    objects = []
    parts = []                  # objects that are part of the trigger ("launched a barrage")
    where: list[str] = []       # places named by a preposition
    for c in verb.children:
        if c.dep_ == "dobj" and "dobj" in spec and c.tag_ == "WDT":
            event = relative_event(ctx, c)    # "Russia's strikes on Kyiv, which X condemned"
            if event is not None:
                objects.append(event)
                via = via or event
                continue
        if c.dep_ == "dobj" and f"{verb.lemma_.lower()} {c.lemma_.lower()}" in ctx.lex.verbs:
            objects.append(c)            # "strengthened its forces in Lebanon": part of the trigger
            parts.append(c)
            continue
        if c.dep_ == "dobj" and c.lower_ in REFLEXIVES:
            continue                     # "blew themselves up in Tel Aviv": the place is the target
        if c.dep_ == "dobj" and "dobj" in spec:
            keys = actors_of(ctx, _antecedent(c))
            if keys:
                found += keys
            else:
                objects.append(c)
            via = via or c
        elif c.dep_ == "prt" and c.lower_ == "up" and "dobj" in spec:
            found += _counted_object(ctx, c)        # "kidnapped up to 16 Russian advisers"
        elif c.dep_ == "dative" and "dative" in spec:
            found += actors_of(ctx, c)
            if c.pos_ == "ADP" and c.lower_ in spec:        # "providing intelligence to Macedonia"
                found += [k for o in c.children if o.dep_ == "pobj" for k in actors_of(ctx, o)]
        elif c.dep_ == "nsubjpass" and passive and "pass" in spec:
            found += actors_of(ctx, _antecedent(c))
        elif c.dep_ in ("prep", "dative") and c.lower_ in spec:
            for obj in list(c.children) + [s for o in c.children if o.dep_ == "pcomp" for s in o.children
                                           if s.dep_ == "nsubj"]:        # "a deal with Somaliland giving it …"
                if obj.dep_ in ("pobj", "nsubj"):
                    keys = actors_of(ctx, obj)
                    found += keys
                    if all(ctx.actor_type(k) in PLACE_LIKE for k in keys):   # not "between Israel and Hamas"
                        where += keys
                    if not keys:
                        objects.append(obj)
    if len(where) < len(found):         # "beat up detainees on the West Bank": a place beside an
        found = [k for k in found if k not in where]      # actor acted on is where it happened
    if not found and prep:              # "shared evidence with the US": on the object
        found += [k for o in verb.children if o.dep_ == "dobj"
                  for _, obj in prep_objects(o, (prep,)) for k in actors_of(ctx, obj)]
    if not found:                       # "launched a barrage of drones against Israel"
        held = parts + [o for p in parts for _, o in prep_objects(p, ("of",))]
        found += [k for h in held for _, obj in prep_objects(h, spec) for k in actors_of(ctx, obj)]
    if not found:
        for obj in objects:
            found += event_complement(ctx, obj, relation, exclude=set(sources))
    if not found and ctx.has(relation, "purpose_target"):     # before the place a protest is in
        found = purpose_targets(ctx, verb)
    if not found and ctx.has(relation, "place_target"):
        found = place_target(ctx, verb, objects)
    # "arrested dozens of protesters" (also "… in Nairobi" by Kenyan police: at home, the place
    # is where, not whom)
    if (not found or all(ctx.capital_state(k) in sources for k in found)) and \
            ctx.has(relation, "generic_target") and not ctx.told_in_sentence(verb, relation):
        acted_on = [c for c in verb.children if (c.dep_ == "dobj" and c not in parts) or c.dep_ == "nsubjpass"]
        found = [k for c in acted_on[:1] if (k := generic_group(ctx, c))] or found
    return list(dict.fromkeys(found)), via


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


def event_agents(ctx: Context, noun: Token) -> list[str]:
    """Who did an event named by a noun: "Russian attacks", "attacks carried out by X"."""
    if ctx.nominal_relation(noun) is None:
        return []
    return modifier_actors(ctx, noun) or by_agents(ctx, noun)


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

