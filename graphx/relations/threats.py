"""Announced hostile intent is a threat (CAMEO 13): "NATO confirmed it would tighten the
blockade of Serbia", "Greece plans to impose restrictions on …", "the army prepared to resume
shelling …". The act itself stays, hypothetical; the threat is a second relation, asserted.

Only the actor's own announcement counts: "Kenya said Uganda will attack" is Kenya's claim,
not Uganda's threat; "if Iran attacks Israel" is a condition; a bare "will impose" in a
government's statement stays the act it announces.
"""
from __future__ import annotations

from spacy.tokens import Token

from graphx.relations.context import Context
from graphx.relations.targets import subjects

THREAT = "threatens"
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
CONDITION_MARKS = {"if", "unless", "when", "whether"}


def announced(ctx: Context, trigger: Token, sources: list[str]) -> bool:
    """Does the trigger's hostile act stand as its sources' announced intention?"""
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in trigger.children):
        return False
    chain = [trigger]
    tok = trigger
    while tok.dep_ in ("xcomp", "ccomp", "conj", "dobj", "pcomp", "prep") and len(chain) < 6:
        tok = tok.head
        chain.append(tok)
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for t in chain[:3] for c in t.children)
    intent = any(t.pos_ in ("VERB", "ADJ") and ctx.in_list(t, "intent_words") for t in chain[1:])
    sayer = next((t for t in chain[1:] if t.pos_ == "VERB" and ctx.in_list(t, "say_verbs")), None)
    if sayer is not None:
        return (future or intent) and bool(set(subjects(ctx, sayer)) & set(sources))
    return intent
