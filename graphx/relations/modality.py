"""Modality: negated ("did not", "declined to", "without"), hypothetical (modals including
"will", hope/aim/seek, conditionals, cancelled events), reported (under a say-verb) or
asserted — from the trigger and the chain of heads it hangs from."""
from __future__ import annotations

from spacy.tokens import Token

from graphx.relations.context import Context

CHAIN_DEPS = ("xcomp", "ccomp", "conj", "acl", "relcl", "pcomp", "dobj", "pobj", "prep", "advcl", "attr",
              "nsubjpass", "nsubj")


def head_chain(tok: Token, limit: int = 8) -> list[Token]:
    """`tok` and the heads it hangs from through clauses, objects and conjuncts (at most `limit`)."""
    chain = [tok]
    cur = tok
    while cur.dep_ in CHAIN_DEPS and cur.head is not cur and len(chain) < limit:
        cur = cur.head
        chain.append(cur)
    return chain


def modality(ctx: Context, tok: Token, trigger: Token) -> str:
    w = ctx.words
    chain = head_chain(tok)
    first = chain[:4]
    for t in [trigger, tok]:
        if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in t.children):
            return "negated"
        if t.dep_ == "pcomp" and (t.head.lower_ == "without" or (        # "without returning to X",
                t.head.lower_ == "of" and any(c.lower_ == "instead" for c in t.head.children))):
            return "negated"                                              # "instead of attacking X"
        if t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and any(
                r.lower_ == "rather" for r in c.children) for c in t.head.children):
            return "negated"                                              # "rather than punish it"
        if any(c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children)
               for c in t.children) and ctx.match_verb(t):  # "vowed not to return it to X"
            return "negated"
    if trigger.dep_ in ("dobj", "nsubjpass") and trigger.pos_ == "NOUN":   # "the visit was cancelled"
        match = ctx.match_verb(trigger.head)
        if match and ctx.has(match[0], "cancels") and not ctx.in_list(trigger.head, "defence_words"):
            return "negated"          # but an invasion resisted took place
    if trigger.pos_ == "NOUN" and _cancelled_in_relative(ctx, trigger):   # "a meeting that was canceled"
        return "negated"
    for t in first[1:]:
        if t.pos_ == "VERB" and ctx.in_list(t, "negating_verbs"):
            return "negated"
    for below, t in zip(first, first[1:3]):      # "I'm not going to meet him", "did not try to call"
        if below.dep_ == "xcomp" and any(c.dep_ == "neg" for c in t.children):
            return "negated"
    for t in first:
        if any(c.dep_ == "aux" and c.lower_ in w["hypothetical_aux"] for c in t.children):
            return "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return "hypothetical"
    if tok is not trigger and trigger.pos_ == "NOUN" and tok.pos_ == "VERB" \
            and ctx.in_list(tok, "hypothetical_verbs"):          # "has long sought an agreement with X"
        return "hypothetical"
    for t in first[1:]:
        if (t.pos_ in ("VERB", "ADJ", "AUX") and ctx.in_list(t, "hypothetical_verbs")) or \
                (t.pos_ == "NOUN" and ctx.in_list(t, "hypothetical_nouns")):
            return "hypothetical"
    for t in chain[1:]:
        if t.pos_ == "VERB" and ctx.in_list(t, "say_verbs"):
            return "reported"
    return "asserted"


def _cancelled_in_relative(ctx: Context, noun: Token) -> bool:
    """An event noun a relative clause calls off ("a meeting between X and Y that was canceled",
    the clause often hung on Y by the parser)."""
    for t in noun.subtree:
        if t.dep_ in ("relcl", "acl") and t.pos_ == "VERB" and \
                any(c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in ("that", "which") for c in t.children):
            match = ctx.match_verb(t)
            if match and ctx.has(match[0], "cancels"):
                return True
    return False
