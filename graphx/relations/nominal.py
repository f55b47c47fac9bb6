"""The nominal family: an event noun ("US talks with the Taliban", "a Taliban attack on
Bagram"). Its target is the object of the noun's prepositions (noun_targets in the
lexicon); its source a modifier, a "by" agent, or the subject of the verb it depends on —
a light verb ("sought an agreement with", "imposed sanctions on"), a participation verb
("engaged in ethnic cleansing against"), an own event ("In a visit to Kabul, Trump said"),
a claim or blame ("took credit for the attack", "blamed Israel for the bombing")."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from graphx.relations import claims, discourse
from graphx.relations.arguments import (
    actors_of,
    by_agents,
    clause_subjects,
    key,
    modifier_actors,
    of_actors,
    part_of_place,
    prep_actors,
    prep_objects,
)
from graphx.relations.context import Context
from graphx.relations.groups import generic_group
from graphx.relations.emit import emit
from graphx.relations.targets import (
    PLACE_LIKE,
    event_complement,
    purpose_targets,
)
from graphx.relations.subjects import subjects
from graphx.relations.claims import held_responsible
from graphx.relations.verbal import under_trigger

# "took credit for the attack": the subject did the event; "blamed X for it": X did.
OWN_EVENT_PREPS = {"in", "during", "on", "at", "for"}


@dataclass
class Reading:
    """What is known so far of one event noun's relation."""

    relation: str
    targets: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    between: bool = False              # the targets came from "between A and B"
    pattern: str = "nominal.modifier"
    confidence: float = 0.8


def applies(ctx: Context, tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and not (tok.pos_ == "ADJ" or tok.tag_ == "VBN") \
        and not ctx.in_mention(tok)


def find(ctx: Context, sent: Span, noun: Token) -> None:
    relation = ctx.nominal_relation(noun)
    if relation is None or noun.dep_ == "compound":
        return
    governing = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj") and governing.pos_ == "VERB" and under_trigger(ctx, governing):
        return   # "promised to continue military aid to X": the promise speaks for it
    r = Reading(relation)
    target_words = set(ctx.lex.noun_targets.get(relation, ()))
    if ctx.in_list(noun, "of_target_nouns"):
        target_words.add("of")
    _own_targets(ctx, noun, r, target_words)
    frame = _container(ctx, noun)          # "a new round of sanctions": the round is where they sit
    if frame is not noun and not r.targets:
        _own_targets(ctx, frame, r, target_words)
    r.sources = modifier_actors(ctx, noun, exclude=set(r.targets)) or \
        (modifier_actors(ctx, frame, exclude=set(r.targets)) if frame is not noun else [])
    if r.sources and not r.targets and ctx.in_list(noun, "place_target_nouns"):   # "Russia's war in Ukraine"
        r.targets = [k for k in prep_actors(ctx, noun, ("in",)) if k not in r.sources]
    head = noun.head
    governed_by_trigger = (noun.dep_ == "dobj" and ctx.match_verb(head) is not None) or (
        noun.dep_ == "pobj" and head.dep_ == "prep" and ctx.match_verb(head.head) is not None
        and head.lower_ not in OWN_EVENT_PREPS)
    mediating = noun.lower_ in ctx.words["mediation_nouns"] or any(
        c.dep_ == "compound" and c.lower_ in ctx.words["mediation_nouns"] for c in noun.children)
    if r.sources and not r.targets and not governed_by_trigger and noun.dep_ in ("dobj", "attr") \
            and head.pos_ in ("VERB", "AUX"):          # "expressed its solidarity with Israel"
        r.targets = [k for k in prep_actors(ctx, head, target_words) if k not in r.sources]
    if r.sources and not r.targets and ctx.has(relation, "defender_target"):
        r.targets = [k for k in _defenders(ctx, noun) if k not in r.sources]
        r.pattern = "nominal.defended" if r.targets else r.pattern
    if r.between and not r.sources and not mediating:
        r.sources, r.targets, r.pattern = r.targets, [], "nominal.between"
    if not _other_sources(ctx, sent, noun, frame, r, target_words, mediating, governed_by_trigger):
        return
    _last_targets(ctx, noun, r)
    if governed_by_trigger and not r.between and not modifier_actors(ctx, noun) and \
            not (r.sources and r.pattern == "nominal.by_agent"):     # "condemned the killing … by X"
        return
    owned_up = relation == claims.CLAIMED and not r.between and discourse.is_anaphoric(noun) and claims.owns_up(ctx, noun)
    if r.sources and not r.targets and (r.pattern in ("nominal.claim", "nominal.blame") or owned_up):
        claims.claimed(ctx, sent, noun, r.sources, r.pattern, relation)   # "blamed X for the bombing"
        return                                                  # told before, "they carried out the attack"
    if not r.sources:
        claims.remember_unclaimed(ctx, noun, relation, r.targets)
    if r.sources:
        emit(ctx, sent, noun, relation, r.sources, r.targets, r.pattern, confidence=r.confidence,
             modality_from=head if noun.dep_ in ("dobj", "nsubjpass", "nsubj") else noun)


def _other_sources(ctx: Context, sent: Span, noun: Token, frame: Token, r: Reading, target_words: set[str],
                   mediating: bool, governed_by_trigger: bool) -> bool:
    """Who did an event no modifier names: a giver, a "by" agent, who is held responsible or
    claims it, the verb that governs it. False when the noun refers to an event named before."""
    head = noun.head
    if not r.sources and ctx.has(r.relation, "given_from"):
        _given_with(ctx, noun, r)
    if not r.sources:                           # "attacks carried out by X", "a visit by X"
        agent_preps = ("by",) if "from" in target_words else ("by", "from")      # "demands from X"
        r.sources = by_agents(ctx, noun) or [k for k in prep_actors(ctx, noun, agent_preps) if k not in r.targets]
        r.pattern = "nominal.by_agent"
    if not r.sources and noun.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "ADJ" and \
            ctx.in_list(head.head, "accountable_adjectives"):     # "held Hamas responsible for the attack"
        holder = next((a for a in head.head.ancestors if a.pos_ == "VERB"), None)
        r.sources = held_responsible(ctx, holder) if holder is not None else []
        r.pattern, r.confidence = "nominal.blame", 0.7
    if not r.sources and noun.dep_ == "pobj" and head.lower_ == "for" and (claim := claims.claim_or_blame(ctx, head)):
        r.sources, r.pattern, r.confidence = claim      # "took credit for …", "blamed X for …"
    elif not r.sources and not governed_by_trigger:
        if _event_reference(ctx, sent, noun):
            return False
        _verb_sources(ctx, frame, r, target_words, mediating)
    return True


def _last_targets(ctx: Context, noun: Token, r: Reading) -> None:
    """A protest's purpose; a generic group killed or arrested ("Israel's killing of five
    civilians", "the regime's arrest of students")."""
    if r.sources and not r.targets and ctx.has(r.relation, "purpose_target"):
        r.targets = [k for k in purpose_targets(ctx, noun) if k not in r.sources]
    if r.sources and not r.targets and ctx.has(r.relation, "generic_target") and ctx.in_list(noun, "of_target_nouns"):
        r.targets = [k for _, o in prep_objects(noun, ("of",)) if (k := generic_group(ctx, o))][:1]


def _own_targets(ctx: Context, noun: Token, r: Reading, target_words: set[str]) -> None:
    """Targets on the noun itself: its prepositions, a "that" clause, a victim clause."""
    for word, obj in prep_objects(noun, target_words) or _after_its_place(noun, target_words) or \
            _after_its_object(noun, target_words) or _between_on_its_verb(noun, target_words):
        keys = actors_of(ctx, obj)
        if not keys and word != "between":      # "riots against Israeli policies", "links with X",
            keys = modifier_actors(ctx, obj) or by_agents(ctx, obj) or \
                prep_actors(ctx, obj, ("by",)) or event_complement(ctx, obj, r.relation)   # "… violations by X"
        r.between = r.between or word == "between"
        r.targets += keys
    if not r.targets:                           # "sanctions targeting Russian banks"
        r.targets += [k for c in noun.children if c.dep_ == "acl" and ctx.in_list(c, "aiming_participles")
                      for o in c.children if o.dep_ == "dobj" for k in actors_of(ctx, o)]
    if not r.targets and ctx.has(r.relation, "that_clause_target"):
        clauses = list(noun.children)           # "its demand that Israel ease restrictions"
        if noun.dep_ == "dobj":                 # the parser may hang the clause on the verb
            clauses += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
        for c in clauses:
            if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in c.children):
                r.targets += clause_subjects(ctx, c)
    if ctx.has(r.relation, "victim_clause"):   # an attack "that killed a US servicemember"
        for c in noun.children:
            if c.dep_ in ("relcl", "acl") and ctx.lex.verbs.get(c.lemma_.lower()) == r.relation:
                r.targets += [k for cc in c.children if cc.dep_ == "dobj" for k in actors_of(ctx, cc)]
    r.targets = list(dict.fromkeys(r.targets))


def _between_on_its_verb(noun: Token, target_words: set[str]) -> list[tuple[str, Token]]:
    """"Fighting broke out between A and B": the parser hangs "between" on the verb the event
    is the subject of."""
    if noun.dep_ != "nsubj" or "between" not in target_words:
        return []
    return [(w, o) for w, o in prep_objects(noun.head, ("between",))]


def _after_its_object(noun: Token, target_words: set[str]) -> list[tuple[str, Token]]:
    """"the withdrawal of invasion forces from Panama", "the sale of weapons to Taiwan": the
    parser hangs the target on what the event moves."""
    return [found for _, obj in prep_objects(noun, ("of",)) for found in prep_objects(obj, target_words)
            if found[0] != "of"]


def _after_its_place(noun: Token, target_words: set[str]) -> list[tuple[str, Token]]:
    """"meetings in Brussels, Belgium with NATO Allies": the parser hangs the target on the
    place the event is in (or on that place's apposition)."""
    places = [obj for word, obj in prep_objects(noun, ("in", "at")) if obj.pos_ == "PROPN"]
    places += [c for p in places for c in p.children if c.dep_ == "appos"]
    return [found for p in places for found in prep_objects(p, target_words)]


def _defenders(ctx: Context, noun: Token) -> list[str]:
    """"Ukraine defends itself against Russian aggression", "Ukraine's defense against …",
    "defends its sovereignty in the face of …": who defends against the event."""
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and ctx.in_list(noun.head, "defence_words"):
        return subjects(ctx, noun.head)          # "Ukraine resists Russia's invasion"
    tok = noun
    for _ in range(6):
        if tok.dep_ not in ("pobj", "prep") or tok.head is tok:
            return []
        tok = tok.head
        if tok.pos_ in ("VERB", "NOUN") and ctx.in_list(tok, "defence_words"):
            if tok.pos_ == "VERB":
                return subjects(ctx, tok)
            return modifier_actors(ctx, tok) or of_actors(ctx, tok)
    return []


def _event_reference(ctx: Context, sent: Span, noun: Token) -> bool:
    """"Those talks were led by X" is the discourse family's; True when it was."""
    head = noun.head
    if noun.dep_ in ("nsubjpass", "dobj") and discourse.is_anaphoric(noun) and \
            head.lemma_.lower() in ctx.words["event_lead_verbs"] and not (
                noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX")):
        discourse.event_reference(ctx, sent, noun, ctx.nominal_relation(noun))
        return True
    return False


def _container(ctx: Context, noun: Token) -> Token:
    """The noun that holds an event noun ("a surge in assistance", "a wave of attacks"), or
    the event noun itself."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("of", "in") and head.head.pos_ == "NOUN" and \
            ctx.in_list(head.head, "container_nouns"):
        return head.head
    return noun


def _given_with(ctx: Context, noun: Token, r: Reading) -> None:
    """"The forces of the US, with support from Canada and Bahrain, struck …": the givers
    named by "from" back the ones the "with" phrase hangs on."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "with":
        return
    givers = prep_actors(ctx, noun, ("from",))
    anchor = head.head
    backed = actors_of(ctx, anchor) if anchor.pos_ in ("NOUN", "PROPN") else \
        subjects(ctx, anchor) if anchor.pos_ in ("VERB", "AUX") else []
    if givers and backed:
        r.sources, r.targets, r.pattern = givers, [k for k in backed if k not in givers], "nominal.given_with"


def _acting_verb(tok: Token) -> Token | None:
    """The verb whose subject acts: the token itself, or the verb of the object it is
    ("staged a demonstration in protest")."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return None


def _verb_sources(ctx: Context, noun: Token, r: Reading, target_words: set[str], mediating: bool) -> None:
    """The subject of the verb the noun depends on is its source ("launched artillery and
    rocket fire against X": a conjunct of the object shares its verb)."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    head = first.head
    if first.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        r.sources, r.pattern = subjects(ctx, head), "nominal.light_verb"   # "imposed sanctions on"
        if not r.targets:
            shared = prep_objects(first, target_words) if first is not noun else []   # on the first conjunct
            for word, obj in prep_objects(head, target_words) + shared:
                r.targets += actors_of(ctx, obj)
                r.between = r.between or word == "between"
        if not r.targets and ctx.has(r.relation, "dative_target"):
            r.targets += [k for c in head.children if c.dep_ == "dative" for k in actors_of(ctx, c)]
        if not r.targets and ctx.has(r.relation, "place_target"):      # "imposed a curfew in Abidjan"
            r.targets += [k for _, obj in prep_objects(head, ("in",)) + prep_objects(noun, ("in",))
                          for k in [key(ctx, obj) or part_of_place(ctx, obj)]
                          if k and k not in r.sources and ctx.actor_type(k) in PLACE_LIKE]
        if r.between and not mediating and r.sources and r.targets:
            r.sources, r.targets = r.targets, []      # "reached a deal between A and B"
        r.confidence = 0.7
    elif noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" and \
            ctx.in_list(head.head, "participation_verbs"):
        r.sources, r.pattern = subjects(ctx, head.head), "nominal.participation"   # "engaged in … against X"
        if not r.targets:
            r.targets += prep_actors(ctx, head.head, target_words)
        r.confidence = 0.7
    elif noun.dep_ == "pobj" and head.lower_ == "in" and ctx.in_list(noun, "purpose_nouns") \
            and (verb := _acting_verb(head.head)) is not None:
        # "marched in protest against X", "staged a strike in protest …"
        r.sources, r.pattern = subjects(ctx, verb), "nominal.purpose"
        if not r.targets:                                                     # "rallied in support of X"
            r.targets += prep_actors(ctx, noun, ("of",))
        if not r.targets:                     # the parser may hang "against X" on the verb
            r.targets += prep_actors(ctx, head.head, target_words)
        r.confidence = 0.7
    elif noun.dep_ == "pobj" and head.lower_ in OWN_EVENT_PREPS and ctx.has(r.relation, "own_event_source") \
            and head.head.pos_ in ("VERB", "AUX") and head.head.dep_ not in ("acl", "relcl"):
        r.sources, r.pattern = subjects(ctx, head.head), "nominal.own_event"   # "In a visit to Kabul, X said"
        r.confidence = 0.6
