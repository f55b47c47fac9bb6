"""Says who: the actor whose words carry a relation (`said_by`), and the speakers it reached
the text through (`via`, innermost first) — or nobody, when the text says it in its own voice.

A speaker is, from the trigger outwards: the subject of a verb of saying whose clause holds it ("Ghani
tweeted that Pompeo told him …" → Ghani), of a denial ("the Taliban denied carrying out the
attack" → the Taliban; modality makes the act negated), of a verb whose object is someone's claim
("Russia rejected claims that it shelled …"), the object of "according to", the person
whose name and a colon open a quoted paragraph ("Jane Doe, CEO: “…”"), the speaker of the
transcript turn the sentence is in (a label with a title or honorific), and last the person a
statement's title names as its issuer ("Statement by NSC Spokesperson Emily Horne on …").
Nested reports keep the innermost speaker
("Ghani said Pompeo told him the US would negotiate" → said by Pompeo, via Ghani). Unnamed
speakers ("officials said") are nobody: a generic group is no source.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from graphx.actors.speakers import issuer_in_title
from graphx.model import Actor
from graphx.names import slugify
from graphx.relations.arguments import actors_of
from graphx.relations.context import Context
from graphx.relations.modality import head_chain
from graphx.relations.subjects import subjects

SPEAKING = ("say_verbs", "denial_verbs")
# How what is said hangs from the verb saying it: its clause or object ("said that …", "denied
# carrying out …", "rejected claims that …") — not an adjunct ("In a visit to Kabul, X announced …").
CONTENT_DEPS = ("ccomp", "xcomp", "dobj")
# "according to X — who has resisted …": what a clause of a noun says is not the sentence's account.
NOUN_CLAUSES = ("relcl", "acl")
MAX_NAME_TOKENS = 30        # how far into a paragraph a "Name, Title:" before a quote may reach


def attribution(ctx: Context, sent: Span, anchor: Token, trigger: Token) -> tuple[str | None, tuple[str, ...]]:
    """(said_by, via) of the relation `trigger` names, `anchor` being where its clause hangs."""
    speakers: list[str] = []
    chain = head_chain(anchor)
    for below, t in zip(chain, chain[1:]):
        if below.dep_ in CONTENT_DEPS and _speaks(ctx, t):
            _add(speakers, _named(ctx, subjects(ctx, t)))
    clause = chain[:next((n for n, t in enumerate(chain) if t.dep_ in NOUN_CLAUSES), len(chain) - 1) + 1]
    for t in sent:
        if t.lower_ == "according" and t.head in clause:
            _add(speakers, _named(ctx, [k for to in t.children if to.lower_ == "to"
                                        for o in to.children if o.dep_ == "pobj" for k in actors_of(ctx, o)]))
    _add(speakers, _quoted_after_name(ctx, trigger))
    _add(speakers, _turn_speaker(ctx, ctx.para_of(trigger)))
    _add(speakers, issuer(ctx))
    return (speakers[0], tuple(speakers[1:])) if speakers else (None, ())


def issuer(ctx: Context) -> str | None:
    """Who a statement's title says issued it ("Statement by NSC Spokesperson Emily Horne on
    …"): a person of the document with that name, else (a full name) a person of their own."""
    if "issuer" not in ctx.memo:
        ctx.memo["issuer"] = _issuer_actor(ctx, issuer_in_title(ctx.actors.title, ctx.gaz.titles))
    return ctx.memo["issuer"]


def _issuer_actor(ctx: Context, name: str | None) -> str | None:
    if not name:
        return None
    people = {k: a for k, a in ctx.actors.actors.items() if a.type == "PERSON"}
    same = [k for k, a in people.items() if a.label == name or name in a.aliases]
    surname = [k for k, a in people.items() if a.label.split()[-1] == name.split()[-1]]
    if same or len(surname) == 1:
        return (same or surname)[0]
    if len(name.split()) < 2:
        return None
    return ctx.actors.ensure(Actor(slugify(name), name, "PERSON", aliases={name}))


def _quoted_after_name(ctx: Context, trigger: Token) -> str | None:
    """"USA Rice Chair Jane Doe: “USA Rice applauds the Senate …”": a paragraph that opens
    with a person's name and a colon before a quote is that person's words."""
    doc = trigger.doc
    colon = next((t for t in doc[:MAX_NAME_TOKENS] if t.text == ":"), None)
    if colon is None or trigger.i <= colon.i or not any(
            t.is_quote for t in doc[colon.i + 1: colon.i + 3]):
        return None
    para = ctx.para_of(trigger)           # names written there, not titles coreference resolved
    people = [k for t in doc[:colon.i] if (k := ctx.actors.token_actor.get((para, t.i)))
              and ctx.actor_type(k) == "PERSON"]
    return people[-1] if people else None


def _turn_speaker(ctx: Context, para: int) -> str | None:
    """The speaker of the transcript turn a paragraph is in, when its label reads as one: a
    title or honorific and a name ("MS. JEAN-PIERRE:", "PRESIDENT BIDEN:") or "THE PRESIDENT:" —
    not a heading or a name's tail that happens to end in a colon ("TRANSPORTATION:", "D.V.M.:")."""
    speaker = ctx.actors.speakers.get(para)
    if speaker is None:
        return None
    label_para, turn = ctx.actors.turns[para]
    doc = ctx.actors.paras[label_para][1]
    titled = turn.title or (turn.name_tokens and doc[turn.name_tokens[0]].idx > turn.start)
    return speaker if titled else None


def _speaks(ctx: Context, t: Token) -> bool:
    if t.pos_ != "VERB":
        return False
    if any(ctx.in_list(t, name) for name in SPEAKING):
        return True
    return any(c.dep_ == "dobj" and ctx.in_list(c, "claim_nouns") for c in t.children)


def _named(ctx: Context, keys: list[str]) -> str | None:
    """The one named speaker of a subject; nobody for an unnamed group ("officials said") or
    for a joint account ("the two sides reiterated"), which no one party owns."""
    named = [k for k in keys if ctx.actor_kind(k) != "generic"]
    return named[0] if len(named) == 1 else None


def _add(speakers: list[str], key: str | None) -> None:
    if key and key not in speakers:
        speakers.append(key)


def denies_act(ctx: Context, verb: Token) -> bool:
    """"Iran denied that it attacked X", "the Taliban denied carrying out the attack": a denial
    of an act, not a rejection of anyone (the act is recorded, negated, said by the denier)."""
    return ctx.in_list(verb, "denial_verbs") and any(
        c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)
