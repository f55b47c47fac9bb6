"""The verbal family: a trigger verb, its subject (or passive agent) and its target — an
object, a preposition's object, a clause's target ("threatened to ban X"), an event noun's
target ("mobilized for a war against Iraq"), a condition ("unless Baghdad accepted")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graphx.relations import claims, discourse
from graphx.relations.attribution import denies_act
from graphx.relations.arguments import (
    actors_of,
    clause_subjects,
    modifier_actors,
    to_infinitive,
)
from graphx.relations.context import Context
from graphx.relations.groups import distinct_groups
from graphx.relations.emit import emit
from graphx.relations.subjects import subjects
from graphx.relations.targets import event_complement, search_objects
from graphx.relations.targets import targets as find_targets

WAR_READING = "attacks"   # "mobilized reservists for a war against Iraq": the war's target
THREAT = "threatens"      # "vowed to retaliate against X": a promise of hostile action
YIELDING = "concedes"        # ending a sanction ("lifted the curfew in X") or meeting a request
LIFTED, DEMANDED = "sanctions", "requests"      # ("accepted demands from X") yields to X
HOSTILE_CALL = "criticizes"                     # "called for sanctions against X" disapproves of X
ARRIVAL, PROTECTION = "visits", "aids"          # peacekeepers arriving protect (CAMEO 074)


def applies(ctx: Context, tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and not ctx.in_mention(tok)


def find(ctx: Context, sent: Span, verb: Token) -> None:
    obligation(ctx, sent, verb)
    claims.holding_responsible(ctx, sent, verb)
    match = _yielding(ctx, verb) or ctx.match_verb(verb)
    if match is None or under_trigger(ctx, verb) or _protest_purpose(ctx, verb) or _aims_event(ctx, verb) \
            or _resisting_attack(ctx, verb) or denies_act(ctx, verb):
        return
    relation, prep = match
    if ctx.has(relation, "promise") and _promises_hostility(ctx, verb):
        relation = THREAT
    if ctx.mediating(verb) and not any(c.dep_ == "prep" and c.lower_ in ("between", "with")
                                       for c in verb.children):
        discourse.mediation(ctx, sent, verb)
        return
    sources = subjects(ctx, verb)
    if not sources:
        claims.remember_unclaimed_act(ctx, verb, relation, prep)
        return
    if relation == ARRIVAL and _peacekeepers(ctx, verb):
        relation = PROTECTION            # "peacekeeping troops arrived in X": they protect X
    targets, via = find_targets(ctx, verb, relation, prep, sources)
    if via is not None and targets:
        noun_relation = ctx.nominal_relation(via)
        if noun_relation and noun_relation != relation:   # "hosted talks with Hamas"
            ctx.discourse.last_event[noun_relation] = (sources, targets)
    pattern = "verbal.object"
    for name, fallback in VERB_TARGET_FALLBACKS:
        if targets:
            break
        targets, pattern = fallback(ctx, verb, relation, sources), name
    if not targets:
        pattern = "verbal.coordination"     # "The US and the Taliban signed an agreement"
    targets = distinct_groups(ctx, verb, sources, targets)
    emit(ctx, sent, verb, relation, sources, targets, pattern, confidence=0.9)
    if targets and ctx.has(relation, "hostile_call"):          # "called for sanctions against X"
        hostile = _hostile_event_targets(ctx, verb)
        if hostile and set(targets) <= set(hostile):
            emit(ctx, sent, verb, HOSTILE_CALL, sources, targets, "verbal.hostile_call", confidence=0.7)


def _yielding(ctx: Context, verb: Token) -> tuple[str, None] | None:
    """"lifted a state of emergency in X", "cancelled restrictions on X" (ending a sanction),
    "accepted demands from the rebels" (meeting a request): the verb yields."""
    if verb.pos_ != "VERB":
        return None
    lifting, meeting = ctx.in_list(verb, "lifting_verbs"), ctx.in_list(verb, "meeting_verbs")
    if not (lifting or meeting):          # most verbs: no object is looked at
        return None
    objects = {ctx.nominal_relation(c) for c in verb.children if c.dep_ == "dobj"}
    return (YIELDING, None) if (lifting and LIFTED in objects) or (meeting and DEMANDED in objects) else None


def _resisting_attack(ctx: Context, verb: Token) -> bool:
    """"as they resist Russia's invasion": defending against an attack is no rejection (the
    nominal family reads the attack, its target the defender)."""
    return ctx.in_list(verb, "defence_words") and any(
        c.dep_ == "dobj" and ctx.nominal_relation(c) == WAR_READING for c in verb.children)


def _aims_event(ctx: Context, verb: Token) -> bool:
    """"new sanctions targeting Russian banks": the participle aims the event noun (the nominal
    family reads it), it is no attack of its own."""
    return verb.dep_ == "acl" and ctx.in_list(verb, "aiming_participles") and ctx.nominal_relation(verb.head) is not None


def _permitted(ctx: Context, verb: Token) -> list[str]:
    """Who a permission lets act: the subject of the clause it permits."""
    return [k for c in verb.children if c.dep_ == "ccomp" for k in clause_subjects(ctx, c)]


def _hostile_purpose_targets(ctx: Context, verb: Token) -> list[str]:
    """"opened fire to disperse demonstrators", "used force to crush the rebels": a hostile act
    with no target of its own is aimed at what its hostile purpose acts on."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and to_infinitive(c):
            inner = ctx.match_verb(c)
            if inner and ctx.has(inner[0], "hostile_act"):
                return find_targets(ctx, c, inner[0], inner[1])[0]
    return []


def _promises_hostility(ctx: Context, verb: Token) -> bool:
    """"vowed to retaliate", "pledged to punish": the promised act is conflict."""
    for c in verb.children:
        if c.dep_ == "xcomp":
            inner = ctx.match_verb(c)
            if inner and ctx.onto[inner[0]].family == "conflict":
                return True
    return False


def obligation(ctx: Context, sent: Span, verb: Token) -> None:
    """"Straw said the Sudanese government must reach an agreement": a demand on it."""
    if not ctx.in_list(verb, "say_verbs"):
        return
    for c in verb.children:
        if _obliged(ctx, c):
            targets = clause_subjects(ctx, c)
            sources = subjects(ctx, verb)
            if sources and targets:
                emit(ctx, sent, verb, "requests", sources, targets, "verbal.obligation", confidence=0.6)


def _obliged(ctx: Context, clause: Token) -> bool:
    """A "must" clause under a verb of saying: what the speaker demands of its subject."""
    return clause.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "must" for a in clause.children) \
        and ctx.in_list(clause.head, "say_verbs")


def under_trigger(ctx: Context, verb: Token) -> bool:
    """"threatened to attack X" is a threat, not an attack: the outer trigger speaks for both;
    "said the government must reach an agreement" is a demand on it (`obligation`), no agreement."""
    clause = verb
    for _ in range(3):                 # "said the US must be ready to mediate": the clause above
        if _obliged(ctx, clause):
            return True
        if clause.dep_ not in ("xcomp", "acomp", "conj") or clause.head is clause:
            break
        clause = clause.head
    if verb.dep_ == "xcomp" and ctx.in_list(verb.head, "summoning_verbs"):
        return False            # "summoned the ambassador to complain": the summoner's own purpose
    if denies_act(ctx, verb.head):
        return False            # "denied that it attacked X": the act, negated and said by the denier
    if verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)):
        outer = ctx.match_verb(verb.head)
        return outer is not None and ctx.has(outer[0], "takes_clause")
    return False


def clause_targets(ctx: Context, verb: Token, relation: str) -> list[str]:
    """"threatened to ban X" → X; "agreed to provide aid for X" → X; "demanded that the US
    cancel …", "alleged that the government was hiding …" → the US, the government."""
    takes_clause = ctx.has(relation, "takes_clause")
    for c in verb.children:
        found = _intended_targets(ctx, c) if takes_clause else []
        if not found and c.dep_ == "ccomp" and (ctx.has(relation, "clause_subject_target")
                                                or ctx.in_list(verb, "allegation_verbs")):
            found = clause_subjects(ctx, c)
        if found:
            return found
    return []


def _intended_targets(ctx: Context, c: Token) -> list[str]:
    """What an intention clause or "to" phrase acts on: "threatened to ban X", "agreed to a
    six-month extension of …"."""
    if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
        inner = ctx.match_verb(c)
        found = find_targets(ctx, c, inner[0], inner[1])[0] if inner else []
        if not found and inner and ctx.has(inner[0], "permit_target"):
            found = _permitted(ctx, c)             # "refused to allow UN planes to land"
        return found or search_objects(ctx, c)
    if c.dep_ == "prep" and c.lower_ == "to":
        for obj in c.children:
            if obj.dep_ == "pobj":
                found = actors_of(ctx, obj) or modifier_actors(ctx, obj) or search_objects(ctx, obj)
                if found:
                    return found
    return []


def condition_subjects(ctx: Context, verb: Token) -> list[str]:
    """"threatened to launch an offensive unless Baghdad accepted": the threat's target is
    whoever the condition is about."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    for head in heads:
        for c in head.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in c.children):
                found = clause_subjects(ctx, c)
                if found:
                    return found
    return []


def _protest_purpose(ctx: Context, verb: Token) -> bool:
    """"staged a hunger strike to demand X's resignation": the protest carries the demand
    (its target comes from this clause), which is no second relation."""
    if verb.dep_ not in ("advcl", "xcomp", "acl") or not ctx.in_list(verb, "purpose_verbs"):
        return False
    head = verb.head
    heads = [head] + [c for c in head.children if c.dep_ == "dobj"]
    for h in heads:
        rel = (ctx.match_verb(h) or (None,))[0] if h.pos_ in ("VERB", "AUX") else ctx.nominal_relation(h)
        if rel and ctx.has(rel, "purpose_target"):
            return True
    return False


def _peacekeepers(ctx: Context, verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(ctx.in_list(t, "protection_words") for t in subject.subtree)


def _hostile_event_targets(ctx: Context, verb: Token) -> list[str]:
    """"called for sanctions against X": the targets of a hostile event asked for (not of
    "talks with X")."""
    events = [c for c in verb.children if c.dep_ == "dobj"]
    events += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return [k for e in events for rel in [ctx.nominal_relation(e)] if rel and ctx.has(rel, "hostile_act")
            for k in event_complement(ctx, e, rel)]


def prep_event_targets(ctx: Context, verb: Token) -> list[str]:
    """"mobilized reservists for a war against Iraq" → Iraq (the event noun's target)."""
    for c in verb.children:
        if c.dep_ == "prep":
            for obj in c.children:
                if obj.dep_ == "pobj" and ctx.nominal_relation(obj):
                    found = event_complement(ctx, obj, WAR_READING)
                    if found:
                        return found
    return []


def _hostile_purpose(ctx: Context, verb: Token, relation: str, sources: list[str]) -> list[str]:
    """"opened fire to disperse the crowd"."""
    return _hostile_purpose_targets(ctx, verb) if ctx.has(relation, "hostile_act") else []


def _purpose_of(ctx: Context, verb: Token, relation: str, sources: list[str]) -> list[str]:
    """"summoned Niger's ambassador to complain of …": the one summoned."""
    if not (ctx.has(relation, "purpose_target") and verb.dep_ in ("advcl", "xcomp") and to_infinitive(verb)):
        return []
    return [k for c in verb.head.children if c.dep_ == "dobj" for k in actors_of(ctx, c) if k not in sources]


def _permit(ctx: Context, verb: Token, relation: str, sources: list[str]) -> list[str]:
    """"allowed Ouattara to run"."""
    return _permitted(ctx, verb) if ctx.has(relation, "permit_target") else []


def _condition(ctx: Context, verb: Token, relation: str, sources: list[str]) -> list[str]:
    """"threatened to strike unless Baghdad accepted": Baghdad."""
    return condition_subjects(ctx, verb) if ctx.has(relation, "condition_target") else []


# When a trigger's objects and prepositions name no target: the first of these that finds one
# gives the targets and its name is the evidence's pattern.
VERB_TARGET_FALLBACKS = (
    ("verbal.clause", lambda ctx, verb, relation, sources: clause_targets(ctx, verb, relation)),
    ("verbal.event_prep", lambda ctx, verb, relation, sources: prep_event_targets(ctx, verb)),
    ("verbal.hostile_purpose", _hostile_purpose),
    ("verbal.purpose_of", _purpose_of),
    ("verbal.permit", _permit),
    ("verbal.condition", _condition),
)
