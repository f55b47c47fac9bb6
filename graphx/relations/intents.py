"""Announced intentions. A hostile act announced is a threat (CAMEO 13): "NATO confirmed it
would tighten the blockade of Serbia", "Greece plans to impose restrictions on …", "the army
prepared to resume shelling …". A cooperative act refused is a rejection (CAMEO 12): "Obama
said he would not provide support to Israel", "UNITA refused to allow UN planes to land". The
act itself stays, hypothetical or negated; the threat or rejection is a second relation,
asserted.

Only the actor's own announcement counts: "Kenya said Uganda will attack" is Kenya's claim,
not Uganda's threat; "if Iran attacks Israel" is a condition; a bare "will impose" in a
government's statement stays the act it announces; "did not meet" reports, it refuses nothing.
"""
from __future__ import annotations

from spacy.tokens import Token

from graphx.relations.context import Context
from graphx.relations.subjects import subjects

THREAT = "threatens"
REJECTION = "rejects"
REFUSAL_VERBS = {"refuse", "decline", "reject", "renege", "abandon"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
CONDITION_MARKS = {"if", "unless", "when", "whether"}


CLAUSE_DEPS = ("xcomp", "ccomp", "conj", "dobj")
PHRASE_DEPS = CLAUSE_DEPS + ("pobj", "pcomp", "prep")      # "reneged on his commitment to X"


def _chain(trigger: Token, deps: tuple[str, ...] = CLAUSE_DEPS) -> list[Token]:
    """The trigger and the words it hangs from, through clauses (and phrases, if asked)."""
    chain = [trigger]
    tok = trigger
    while tok.dep_ in deps and len(chain) < 6:
        tok = tok.head
        chain.append(tok)
    return chain


def _own_word(ctx: Context, chain: list[Token], sources: list[str]) -> bool | None:
    """True/False when a say-verb reports the act (is it its sources' own word?), else None."""
    sayer = next((t for t in chain[1:] if t.pos_ == "VERB" and ctx.in_list(t, "say_verbs")), None)
    return None if sayer is None else bool(set(subjects(ctx, sayer)) & set(sources))


def refused(ctx: Context, trigger: Token, sources: list[str]) -> bool:
    """Is the trigger's cooperative act one its sources refuse ("refused to allow", "said it
    would not provide")?"""
    chain = _chain(trigger, PHRASE_DEPS)
    if any(t.pos_ == "VERB" and t.lemma_.lower() in REFUSAL_VERBS for t in chain[1:4]):
        return _own_word(ctx, chain, sources) is not False
    will_not = any(any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children) and
                   any(c.dep_ == "neg" for c in t.children) for t in chain[:2])
    return will_not and _own_word(ctx, chain, sources) is True


def announced(ctx: Context, trigger: Token, sources: list[str]) -> bool:
    """Does the trigger's hostile act stand as its sources' announced intention?"""
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in trigger.children):
        return False
    chain = _chain(trigger)
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for t in chain[:3] for c in t.children)
    intent = any(t.pos_ in ("VERB", "ADJ") and ctx.in_list(t, "intent_words") for t in chain[1:])
    own = _own_word(ctx, chain, sources)
    if own is not None:
        return (future or intent) and own
    return intent
