"""Claims and blame: who owns up to an attack, or is blamed for one ("took credit for the
attack", "blamed X for the bombing", "The Taliban claimed responsibility"). An attack told
without its author is remembered (whom it hit) until a claim or blame names the author."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graphx.relations.arguments import actors_of
from graphx.relations.context import Context
from graphx.relations.emit import emit
from graphx.relations.subjects import subjects
from graphx.relations.targets import targets

CLAIMED = "attacks"                 # what a claim of responsibility owns up to
CLAIM_NOUNS = {"responsibility", "credit"}
BLAME = "criticizes"                # "held X responsible": the holder accuses X


def claim_or_blame(ctx: Context, for_: Token) -> tuple[list[str], str, float] | None:
    """The authors of the event a "for" phrase names, with the pattern that says so: "took
    credit for a deadly attack", "claimed responsibility for …" → the subject did it; "blamed
    Israel for the bombing" → Israel did."""
    head = for_.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS and head.head.pos_ == "VERB":
        return subjects(ctx, head.head), "nominal.claim", 0.7        # "responsibility for …"
    if head.pos_ != "VERB":
        return None
    if any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in head.children):
        return subjects(ctx, head), "nominal.claim", 0.7
    if ctx.in_list(head, "blame_verbs"):
        return [k for c in head.children if c.dep_ == "dobj" for k in actors_of(ctx, c)], "nominal.blame", 0.7
    return None


def claims_alone(ctx: Context, verb: Token) -> bool:
    """"claimed responsibility" with no "for …" saying for what (not "I get the responsibility")."""
    return ctx.in_list(verb, "claim_verbs") and \
        any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS and not any(p.lower_ == "for" for p in c.children)
            for c in verb.children) and not any(p.dep_ == "prep" and p.lower_ == "for" for p in verb.children)


def owns_up(ctx: Context, noun: Token) -> bool:
    """"They carried out the attack": an attack named before, done by the verb's subject (not
    "characterised the attack as …")."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and ctx.in_list(verb, "perpetration_verbs")


NEAR = 2          # paragraphs after an unclaimed attack that a claim may still be about


def remember_unclaimed(ctx: Context, trigger: Token, relation: str, targets: list[str]) -> None:
    """An attack told without its author: whom it hit, for a claim or blame that follows."""
    if relation == CLAIMED and targets:
        ctx.discourse.unclaimed = (ctx.para_of(trigger), list(targets))


def remember_unclaimed_act(ctx: Context, verb: Token, relation: str, prep: str | None) -> None:
    """"A car bomb killed 12 soldiers": whom an attack verb with no subject hit (its targets are
    looked for only when it is an attack)."""
    if relation == CLAIMED:
        remember_unclaimed(ctx, verb, relation, targets(ctx, verb, relation, prep, [])[0])


def claimed(ctx: Context, sent: Span, trigger: Token, authors: list[str], pattern: str = "discourse.claimed",
            relation: str = CLAIMED) -> None:
    """"A car bomb killed 12 soldiers at the base. The Taliban claimed responsibility": the
    claimant (or the one blamed) attacked whom the unclaimed attack, told just before, hit."""
    para, hit = ctx.discourse.unclaimed
    targets = [k for k in hit if k not in authors]
    if relation == CLAIMED and authors and targets and 0 <= ctx.para_of(trigger) - para <= NEAR:
        emit(ctx, sent, trigger, CLAIMED, authors, targets, pattern, confidence=0.6, remember=False)


def held_responsible(ctx: Context, verb: Token) -> list[str]:
    """Who "held X responsible / accountable" names, however the adjective was parsed."""
    if verb.lemma_.lower() != "hold":
        return []
    for c in verb.children:
        if c.pos_ == "ADJ" and ctx.in_list(c, "accountable_adjectives"):     # "hold Russia accountable"
            return [k for s in c.children if s.dep_ == "nsubj" for k in actors_of(ctx, s)] or \
                [k for o in verb.children if o.dep_ == "dobj" for k in actors_of(ctx, o)]
        if c.dep_ == "dobj" and any(a.pos_ == "ADJ" and ctx.in_list(a, "accountable_adjectives") for a in c.children):
            return actors_of(ctx, c)                                           # "held Hamas responsible"
    return []


def holding_responsible(ctx: Context, sent: Span, verb: Token) -> None:
    """"Israel held Hamas responsible for the attack": Israel accuses Hamas."""
    blamed = held_responsible(ctx, verb)
    sources = subjects(ctx, verb) if blamed else []
    if sources:
        emit(ctx, sent, verb, BLAME, sources, blamed, "verbal.held_responsible", confidence=0.8)
