"""Who does a trigger: `subjects` asks the rules of `SUBJECT_RULES` in order, and the first
that applies answers (an empty answer too: "the Israeli-occupied West Bank" has no occupier
the rules may guess). A rule returns None when its construction is not there.

Subjects are inherited through control ("urged X to …"), coordination, participles and
relative clauses; passives give their "by" agents; a noun that frames an act gives its owner
("Italy's decision to impose sanctions").
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from graphx.relations.arguments import actors_of, by_agents, list_members, modifier_actors, of_actors, prep_objects, to_infinitive
from graphx.relations.context import Context
from graphx.relations.groups import generic_group

MAX_DEPTH = 4        # clauses climbed to find an inherited subject


def subjects(ctx: Context, verb: Token, depth: int = 0) -> list[str]:
    """The actors who do what `verb` says."""
    if depth > MAX_DEPTH:
        return []
    for _, rule in SUBJECT_RULES:
        found = rule(ctx, verb, depth)
        if found is not None:
            return found
    return []


def _backing_participle(ctx: Context, verb: Token, depth: int) -> list[str] | None:
    """"Iran-backed Houthis": Iran backs them (not "the Israeli-occupied West Bank")."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN":
        return None
    if not ctx.in_list(verb, "backing_participles"):
        return []
    return [k for c in verb.children if c.dep_ in ("npadvmod", "compound") for k in actors_of(ctx, c)]


def _passive_agent(ctx: Context, verb: Token, depth: int) -> list[str] | None:
    """"was attacked by X"; "Serb forces were engaged in …" (participation: the subject acts)."""
    passive_subject = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if not passive_subject and not (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return None
    agents = [k for _, obj in prep_objects(verb, ("by",)) for k in actors_of(ctx, obj)]
    if agents:
        return agents
    if ctx.in_list(verb, "participation_verbs"):
        return [k for c in verb.children if c.dep_ == "nsubjpass" for k in actors_of(ctx, c)]
    return [] if passive_subject else None


def _own_subject(ctx: Context, verb: Token, depth: int) -> list[str] | None:
    """The verb's subject: "The US, Russia and Switzerland met" (a list), "Russian attacks
    killed …" (an event's agents); the parser may hang it on the auxiliary ("Egypt and Qatar
    are mediating")."""
    for c in list(verb.children) + [s for a in verb.children if a.dep_ == "aux" for s in a.children]:
        if c.dep_ in ("nsubj", "csubj"):
            return list_members(ctx, c) or event_agents(ctx, c) or _reduced_relative(ctx, c) \
                or _generic_subject(ctx, c)
    return None


def _generic_subject(ctx: Context, subject: Token) -> list[str]:
    """"Police detained X", "dozens of protesters stormed Y": a group named by what it is, an
    actor of its document only (the name of a state or body before it wins: "Kenyan police")."""
    found = generic_group(ctx, subject) if subject.pos_ == "NOUN" else None
    return [found] if found else []


def _controlled(ctx: Context, verb: Token, depth: int) -> list[str] | None:
    """"urged X to negotiate": X; "agreed to negotiate": the one who agreed."""
    if verb.dep_ != "xcomp":
        return None
    head = verb.head
    for c in head.children:
        if c.dep_ == "dobj" and not ctx.in_list(head, "summoning_verbs"):
            objs = actors_of(ctx, c)
            if objs:
                return objs
    return subjects(ctx, head, depth + 1)


def _coordinated(ctx: Context, verb: Token, depth: int) -> list[str] | None:
    """"met X and signed …", "began a hunger strike to protest against X": the head's subject."""
    return subjects(ctx, verb.head, depth + 1) if verb.dep_ in ("conj", "advcl", "acomp") else None


def _after_preposition(ctx: Context, verb: Token, depth: int) -> list[str] | None:
    """"accused India of shelling Kashmir": India; "We remain committed to partnering with X": we."""
    head = verb.head
    if verb.dep_ != "pcomp" or head.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    accused = accused_of(ctx, head.head)
    if accused or ctx.in_list(head.head, "accountable_adjectives"):
        return accused
    if head.head.pos_ == "ADJ" and head.head.dep_ != "acomp":
        return []
    return subjects(ctx, head.head, depth + 1)


def _copula_attribute(ctx: Context, verb: Token, depth: int) -> list[str] | None:
    """"I will be the first President to fly to X": the copula's subject."""
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.dep_ == "attr" and to_infinitive(verb) and \
            head.head.lemma_ in ("be", "become"):
        return subjects(ctx, head.head, depth + 1)
    return None


def _relative_clause(ctx: Context, verb: Token, depth: int) -> list[str] | None:
    """"Eritrea, which sent troops": the noun the clause describes."""
    return actors_of(ctx, verb.head) if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") else None


def _framing_noun(ctx: Context, verb: Token, depth: int) -> list[str] | None:
    """"their commitment to supporting Ukraine", "adopted a resolution condemning X", "Italy's
    decision to impose sanctions" (not "violence targeting X": whose, the text does not say)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.head.pos_ == "NOUN":
        return _owners(ctx, head.head, depth)
    if verb.dep_ != "acl" or head.pos_ != "NOUN":
        return None
    if verb.tag_ == "VBG":
        if not (ctx.in_list(head, "directive_nouns") or ctx.in_list(head, "statement_nouns")):
            return []
        return _owners(ctx, head, depth, said=True)
    return _owners(ctx, head, depth) if to_infinitive(verb) else None


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


def event_agents(ctx: Context, noun: Token) -> list[str]:
    """Who did an event named by a noun: "Russian attacks", "attacks carried out by X"."""
    if ctx.nominal_relation(noun) is None:
        return []
    return modifier_actors(ctx, noun) or by_agents(ctx, noun)


SUBJECT_RULES: tuple[tuple[str, Callable[[Context, Token, int], list[str] | None]], ...] = (
    ("backing_participle", _backing_participle),
    ("passive_agent", _passive_agent),
    ("own_subject", _own_subject),
    ("controlled", _controlled),
    ("coordinated", _coordinated),
    ("after_preposition", _after_preposition),
    ("copula_attribute", _copula_attribute),
    ("relative_clause", _relative_clause),
    ("framing_noun", _framing_noun),
)
