"""The discourse family: relations that lean on earlier sentences. Mediators negotiate with
the parties of the latest two-sided event ("the deal, mediated by Qatar"); "Those talks were
led by X" joins X to the talks named before. The state itself is `Context.discourse`."""
from __future__ import annotations

from spacy.tokens import Span, Token

from graphx.relations import claims
from graphx.relations.arguments import list_members
from graphx.relations.context import Context
from graphx.relations.emit import emit
from graphx.relations.subjects import subjects

MEDIATION = "negotiates"     # a mediator holds talks with each party


def mediation(ctx: Context, sent: Span, verb: Token) -> None:
    """"The deal, mediated by Qatar and Egypt": the mediators negotiate with the deal's
    parties (the latest two-sided event), never with each other."""
    mediators = subjects(ctx, verb)
    parties = [k for k in ctx.discourse.two_parties() if k not in mediators]
    if mediators and parties:
        emit(ctx, sent, verb, MEDIATION, mediators, parties, "discourse.mediation", confidence=0.6,
             remember=False)


def applies(ctx: Context, tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and (ctx.in_list(tok, "inclusion_verbs") or claims.claims_alone(ctx, tok))


def find(ctx: Context, sent: Span, verb: Token) -> None:
    if claims.claims_alone(ctx, verb):                       # "The Taliban claimed responsibility."
        claims.claimed(ctx, sent, verb, subjects(ctx, verb))
        return
    """Readouts: "Participants in the call included A, B and C" — whoever held the call named
    before (the latest event of that relation) holds it with each participant."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and ctx.in_list(c, "participant_nouns")):
        events = [obj for c in subject.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "at")
                  for obj in c.children if obj.dep_ == "pobj" and ctx.nominal_relation(obj)]
        for event in events:
            relation = ctx.nominal_relation(event)
            hosts = ctx.discourse.meeting_hosts if ctx.has(relation, "meeting") else \
                (ctx.discourse.last_event.get(relation) or ([], []))[0]
            participants = [k for c in verb.children if c.dep_ in ("dobj", "attr") for k in list_members(ctx, c)]
            if hosts and participants:
                emit(ctx, sent, verb, relation, hosts, participants, "discourse.participants",
                     confidence=0.7, remember=False)
                _participants_did(ctx, participants)


def _participants_did(ctx: Context, participants: list[str]) -> None:
    """"The leaders expressed their support for Ukraine. … Participants in the call included A
    and B": what the meeting's parties did, each participant did."""
    done, ctx.discourse.parties_did = ctx.discourse.parties_did, []
    for sent, trigger, relation, targets, pattern, confidence, modality_from in done:
        emit(ctx, sent, trigger, relation, participants, targets, pattern, confidence=confidence * 0.85,
             modality_from=modality_from, remember=False)


def is_anaphoric(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("those", "these", "the", "that", "this")
               for c in noun.children)


def event_reference(ctx: Context, sent: Span, noun: Token, relation: str) -> None:
    """"Those talks have been led by X": X joins the talks against their counterpart."""
    previous = ctx.discourse.last_event.get(relation)
    if not previous:
        return
    leaders = subjects(ctx, noun.head)
    if not leaders:
        return
    prev_sources, prev_targets = previous
    if ctx.mediating(noun.head):
        # "the deal was brokered by X": X mediated between the parties
        side_all = list(dict.fromkeys(prev_sources + prev_targets))
        for leader in leaders:
            emit(ctx, sent, noun, MEDIATION, [leader], [k for k in side_all if k != leader],
                 "discourse.brokered", confidence=0.6, modality_from=noun.head, remember=False)
        return
    for leader in leaders:
        side = prev_targets if leader not in prev_targets else prev_sources
        emit(ctx, sent, noun, relation, [leader], [k for k in side if k != leader],
             "discourse.event_reference", confidence=0.6, modality_from=noun.head, remember=False)
