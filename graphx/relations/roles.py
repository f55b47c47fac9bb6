"""The roles family: "US Secretary of State Mike Pompeo" → Mike Pompeo member_of the US,
with the title kept as the edge's role (the claims come from the actor stage)."""
from __future__ import annotations

from graphx.model import Evidence, Relation
from graphx.relations.context import Context

MEMBERSHIP = "member_of"


def find_all(ctx: Context) -> None:
    for claim in ctx.actors.roles:
        offset, doc = ctx.actors.paras[claim.para]
        tok = doc[claim.token]
        sent = tok.sent
        evidence = Evidence(ctx.doc_id, sent.text, offset + sent.start_char, offset + sent.end_char,
                            offset + tok.idx, offset + tok.idx + len(tok.text), "roles.title")
        for org in claim.organisations:
            if org.key == claim.person.key:
                continue
            ctx.relations.append(Relation(claim.person.key, org.key, MEMBERSHIP, claim.role,
                                          evidence, "asserted", 0.9, None, claim.role))
