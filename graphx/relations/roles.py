"""The roles family: "US Secretary of State Mike Pompeo" → Mike Pompeo member_of the US,
with the title kept as the edge's role (the claims come from the actor stage); and a known
leader named without one ("Obama said …") → member_of the state or organisation
`data/leaders.tsv` says they act for; a group the text sets apart from its own state ("Croatia
investigates Croatian extremists") → member_of that state; a community named with a state's
demonym ("Bosnian Serbs", "Irish-Americans") → member_of that state."""
from __future__ import annotations

from graphx.knowledge import leader_of
from graphx.model import Evidence, Relation
from graphx.relations.attribution import attribution
from graphx.relations.context import Context

MEMBERSHIP = "member_of"
KNOWN_AFFILIATION = "known affiliation"     # the trigger of a leader's membership outside their office's years


def find_all(ctx: Context) -> None:
    for claim in ctx.actors.roles:
        for org in claim.organisations:
            if org.key == claim.person.key or _a_person(ctx, org.key) or _a_remit(ctx, org):
                continue                     # "former Obama adviser X" worked for, is no member of
            ctx.relations.append(Relation(claim.person.key, org.key, MEMBERSHIP, claim.role,
                                          evidence_at(ctx, claim.para, claim.token, claim.pattern),
                                          "asserted", 0.9, None, claim.role or None))
    _known_leaders(ctx)
    for mention, state in ctx.actors.communities:              # "Bosnian Serbs", "Irish-Americans"
        if mention.key and mention.key != state:
            ctx.relations.append(Relation(mention.key, ctx.actors.ensure_gazetteer_actor(state), MEMBERSHIP,
                                          mention.text, evidence_at(ctx, mention.para, mention.end - 1, "roles.community"),
                                          "asserted", 0.6, None, None))
    for group, state, para, token in ctx.qualified_groups:       # "Croatian extremists" of Croatia
        ctx.relations.append(Relation(group, state, MEMBERSHIP, ctx.actors.paras[para][1][token].text,
                                      evidence_at(ctx, para, token, "roles.qualified_group"),
                                      "asserted", 0.6, None, None))


def _known_leaders(ctx: Context) -> None:
    """Each person the text gives no affiliation, whom the leaders list knows: one member_of
    edge, its evidence the first sentence that names them."""
    done = {claim.person.key for claim in ctx.actors.roles
            if any(org.key != claim.person.key for org in claim.organisations)}
    for mention in ctx.actors.mentions:
        actor = ctx.actors.actors.get(mention.key) if mention.key else None
        if actor is None or actor.type != "PERSON" or actor.key in done:
            continue
        done.add(actor.key)
        leader = leader_of({actor.label, *actor.aliases}, actor.label)
        if leader is None or leader.of == actor.key:
            continue
        target = ctx.actors.ensure_gazetteer_actor(leader.of)
        role = leader.role_in(_year(ctx.date))              # the office only in its years
        ctx.relations.append(Relation(actor.key, target, MEMBERSHIP, role or KNOWN_AFFILIATION,
                                      evidence_at(ctx, mention.para, mention.end - 1, "roles.known_leader"),
                                      "asserted", 0.6, None, role))


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _a_person(ctx: Context, key: str) -> bool:
    """A body that is a person: one the text gives a title, or a leader the leaders table knows
    (a company is often tagged as a person: "Oklo CEO Jacob DeWitte", "Baker Hughes CEO X")."""
    actor = ctx.actors.actors[key]
    return actor.type == "PERSON" and (bool(actor.roles) or leader_of({actor.label, *actor.aliases}, actor.label) is not None)


def _a_remit(ctx: Context, org) -> bool:
    """A region modifying a title is what the job is about, no body one belongs to ("a former
    Asia adviser", "Middle East envoy", "the Europe director at the NSC"); "the mayor of X" is."""
    if ctx.actor_type(org.key) != "LOC" or ctx.actor_kind(org.key):
        return False
    head = ctx.actors.paras[org.para][1][org.end - 1]
    return head.dep_ in ("compound", "amod", "nmod")


def evidence_at(ctx: Context, para: int, token: int, pattern: str) -> Evidence:
    offset, doc = ctx.actors.paras[para]
    tok = doc[token]
    sent = tok.sent
    said_by, via = attribution(ctx, sent, tok, tok)          # a title in a quote is the speaker's claim
    return Evidence(ctx.doc_id, sent.text, offset + sent.start_char, offset + sent.end_char,
                    offset + tok.idx, offset + tok.idx + len(tok.text), pattern, said_by=said_by, via=via)
