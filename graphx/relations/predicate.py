"""The predicate family: adjectives that state a relation ("Israel is opposed to French
mediation" → Israel rejects France)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graphx.relations.arguments import actors_of, prep_objects
from graphx.relations.context import Context
from graphx.relations.emit import emit
from graphx.relations.subjects import subjects
from graphx.relations.targets import event_complement


def applies(ctx: Context, tok: Token) -> bool:
    return tok.pos_ == "ADJ" or tok.tag_ == "VBN"


def find(ctx: Context, sent: Span, adj: Token) -> None:
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
