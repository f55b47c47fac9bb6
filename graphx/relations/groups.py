"""Groups a phrase names without a name of its own: a generic group acted on ("dozens of
protesters", an actor of this document only) and a group the text sets apart from its own
state ("Croatia is investigating crimes by Croatian extremists")."""
from __future__ import annotations

from spacy.tokens import Token

from graphx.actors.document import generic_actor, group_actor
from graphx.relations.arguments import (MODIFIER_DEPS, RELATIONAL_NOUNS, is_agent_noun, is_quantity_noun, key,
                                        modifier_actors, of_actors, prep_objects)
from graphx.relations.context import Context


def generic_group(ctx: Context, tok: Token) -> str | None:
    """"dozens of protesters", "five civilians", "aid workers": a group named by what it is and
    by nobody's name — an actor of this document only (`generic_groups` in the lexicon)."""
    for _ in range(2):                          # "dozens of protesters", "a group of students"
        if not is_quantity_noun(ctx, tok):
            break
        tok = next((o for _, o in prep_objects(tok, ("of",))), tok)
    if key(ctx, tok) or any(key(ctx, c) for c in tok.children if c.dep_ in MODIFIER_DEPS) or of_actors(ctx, tok):
        return None                             # "Palestinian prisoners" are Palestine's
    lefts = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    names = [f"{lefts[0].lower_} {tok.lower_}"] if lefts else []
    names.append(tok.lower_)
    if lefts and is_agent_noun(ctx, tok):       # "rebel positions", "militant hideouts": the group's
        names += [f"{lefts[0].lower_}s", lefts[0].lower_]
    name = next((n for n in names if n in ctx.words["generic_groups"]), None)
    return ctx.actors.ensure(generic_actor(name, ctx.doc_id)) if name else None


def distinct_groups(ctx: Context, trigger: Token, sources: list[str], targets: list[str]) -> list[str]:
    """"Croatia is investigating crimes by Croatian extremists", "Palestinian police confiscated
    weapons from Palestinian armed groups": a target that is the source's own state names a
    group of it the text sets apart — that group becomes an actor of its own, member_of the state."""
    own = [k for k in targets if k in sources]
    if not own:
        return targets
    subject_tokens = {t.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for tok in trigger.subtree:
        if tok.i in subject_tokens or tok.dep_ in ("nsubj", "nsubjpass") or not is_agent_noun(ctx, tok):
            continue
        if tok.lemma_.lower() in RELATIONAL_NOUNS or any(c.dep_ == "poss" for c in tok.children) \
                or key(ctx, tok):
            continue                       # "our allies", "its partners" are others; "States" is a name
        state = modifier_actors(ctx, tok)
        if state[:1] == own[:1] and len(state) == 1:
            start = tok.i
            while start > 0 and tok.doc[start - 1].dep_ in ("amod", "compound") and start > tok.i - 4 \
                    and tok.doc[start - 1] in tok.subtree:
                start -= 1                 # "Palestinian armed groups", "United States troops"
            label = tok.doc[start:tok.i + 1].text
            group = ctx.actors.ensure(group_actor(label))
            ctx.qualified_groups.append((group, state[0], ctx.para_of(tok), tok.i))
            return [group if k == state[0] else k for k in targets]
    return targets
