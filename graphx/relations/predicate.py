"""The predicate family: adjectives and nouns that state a relation as what someone is
("Israel is opposed to French mediation" → Israel rejects France; "Navalny, a critic of
Putin" and "Kremlin critic Navalny" → Navalny criticizes Putin, the Kremlin)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graphx.relations.arguments import actors_of, key, modifier_actors, prep_objects
from graphx.relations.context import Context
from graphx.relations.emit import emit
from graphx.relations.subjects import subjects
from graphx.relations.targets import event_complement


def applies(ctx: Context, tok: Token) -> bool:
    return tok.pos_ in ("ADJ", "NOUN") or tok.tag_ == "VBN"


def find(ctx: Context, sent: Span, tok: Token) -> None:
    if tok.pos_ == "NOUN":
        _stance_noun(ctx, sent, tok)
    else:
        _adjective(ctx, sent, tok)


def _stance_noun(ctx: Context, sent: Span, noun: Token) -> None:
    """"X, a critic of Y", "X is an outspoken critic of Y", "Y critic X" (not "critics say")."""
    entry = ctx.lex.stance_nouns.get(noun.lower_)
    if entry is None:
        return
    prep, relation = entry
    targets = [k for _, obj in prep_objects(noun, (prep,)) for k in actors_of(ctx, obj)] \
        or modifier_actors(ctx, noun)
    holder = None
    if noun.dep_ in ("appos", "compound"):            # "Navalny, a critic of …", "Kremlin critic Navalny"
        holder = noun.head
    elif noun.dep_ == "attr":                          # "Navalny is a critic of …"
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    holder = holder or next((c for c in noun.children if c.dep_ == "appos"), None)   # "a critic, X,"
    sources = [k for k in ([key(ctx, holder)] if holder is not None else []) if k and k not in targets]
    if sources and targets:
        emit(ctx, sent, noun, relation, sources, targets, "predicate.stance_noun", confidence=0.7)


def _adjective(ctx: Context, sent: Span, adj: Token) -> None:
    entry = ctx.lex.predicate_adjectives.get(adj.lower_)
    if entry is None:
        return
    prep, relation = entry
    targets: list[str] = []
    for _, obj in prep_objects(adj, (prep,)):
        targets += actors_of(ctx, obj) or event_complement(ctx, obj, relation)
    # "is opposed to" parses as a passive participle: its passive subject is the source
    sources = [k for c in adj.children if c.dep_ == "nsubjpass" for k in actors_of(ctx, c)] \
        or subjects(ctx, adj)
    if sources and targets:
        emit(ctx, sent, adj, relation, sources, targets, "predicate.adjective", confidence=0.7)
