"""Where an act happened (`place` on evidence), apart from whom it was done to: a place named by
a locative preposition on the trigger, on its object or on the clause it hangs from ("talks
with the Taliban in Doha", "struck Kurdish fighters near Qamishli", "met him at Camp David")."""
from __future__ import annotations

from spacy.tokens import Token

from graphx.knowledge.places import PLACE_TYPES
from graphx.relations.context import Context

LOCATIVE = ("in", "near", "at", "outside", "inside", "around")
NOT_PLACES = ("igo", "agency", "party", "media", "armed_group", "generic", "group", "community", "alliance")


def place_of(ctx: Context, anchor: Token, trigger: Token) -> str | None:
    """The actor key of the place the act is located at, or None."""
    heads = [trigger, anchor] + [c for c in trigger.children if c.dep_ in ("dobj", "pobj")]
    if anchor.dep_ in ("xcomp", "ccomp", "conj", "advcl") and anchor.head is not anchor:
        heads.append(anchor.head)
    for head in dict.fromkeys(heads):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE:
                continue
            for obj in prep.children:
                key = ctx.token_actor(obj) if obj.dep_ == "pobj" else None
                if key and ctx.actor_type(key) in PLACE_TYPES and ctx.actor_kind(key) not in NOT_PLACES:
                    return key
    return None
