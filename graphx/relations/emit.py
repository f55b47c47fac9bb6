"""Turning a found pattern into `Relation`s: metonymy ("Moscow warned Kyiv"), targets a
relation cannot take (places, media), pairs (coordinated and reciprocal sources), modality,
confidence, the evidence with its offsets, the pattern that found it and who says so."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphx.model import Evidence, Relation
from graphx.relations import intents
from graphx.relations.arguments import PLACE_TYPES
from graphx.relations.attribution import attribution
from graphx.relations.context import Context
from graphx.relations.modality import modality
from graphx.relations.where import place_of


def emit(ctx: Context, sent: Span, trigger: Token, relation: str, sources: list[str],
         targets: list[str], pattern: str, confidence: float, modality_from: Token | None = None,
         remember: bool = True) -> None:
    """Record `relation` from each source to each target (or between coordinated sources),
    with the sentence as evidence and `pattern`, the rule that found it: the one recorder every
    family goes through (metonymy, targets the relation cannot take, discourse, modality and the
    stance an intention adds)."""
    rel_type = ctx.onto[relation]
    sources = [metonymy(ctx, k, as_source=True, relation=relation) for k in sources]
    targets = _admissible(ctx, rel_type, [metonymy(ctx, k, as_source=False, relation=relation) for k in targets],
                          sources)
    pairs = _pairs(ctx, rel_type, trigger, sources, targets)
    if not pairs:
        return
    _update_discourse(ctx, sent, trigger, relation, sources, targets, pattern, confidence, modality_from, remember)
    coref_used = any(ctx.resolved(t) for t in trigger.subtree) or \
        any(ctx.resolved(c) for c in trigger.head.children)
    conf = round(confidence * (0.85 if coref_used else 1.0), 2)
    offset = ctx.offset_of(trigger)
    said_by, via = attribution(ctx, sent, modality_from or trigger, trigger)
    place = place_of(ctx, modality_from or trigger, trigger)
    evidence = Evidence(ctx.doc_id, sent.text, offset + sent.start_char, offset + sent.end_char,
                        offset + trigger.idx, offset + trigger.idx + len(trigger.text), pattern,
                        said_by=said_by, via=via, place=None if place in sources + targets else place)
    mood = modality(ctx, modality_from or trigger, trigger)
    stance = _stance(ctx, rel_type, mood, modality_from or trigger, sources)
    trigger_text = " ".join([trigger.text] + [c.text for c in trigger.children if c.dep_ == "prt"])
    when = time_expression(trigger, sent)
    date = when or ctx.date
    seen = set()
    for s, t in pairs:
        if (s, t) in seen or (rel_type.symmetric and (t, s) in seen):
            continue
        seen.add((s, t))
        ctx.relations.append(Relation(s, t, relation, trigger_text, evidence, mood, conf, date,
                                      date_text=when))
        if stance:
            ctx.relations.append(Relation(s, t, stance, trigger_text, replace(evidence, pattern=f"intent.{stance}"),
                                          "asserted", round(conf * 0.9, 2), date, date_text=when))


def _admissible(ctx: Context, rel_type, targets: list[str], sources: list[str] = ()) -> list[str]:
    """The targets a relation can take: no place unless it is spatial ("vowed to retain the
    Golan Heights": no counterpart), no outlet where an interview is no relation ("told Al Jazeera")."""
    if not rel_type.has("spatial"):
        targets = [k for k in targets if ctx.actor_type(k) not in PLACE_TYPES]
    if rel_type.has("no_media_target"):
        targets = [k for k in targets if ctx.actor_kind(k) != "media"]
    if sources and all(ctx.actor_kind(k) == "generic" for k in sources):    # "officers arrived at the Walmart",
        targets = [k for k in targets if ctx.actor_type(k) not in PLACE_TYPES   # "arrested a Cheltenham man":
                   and not (ctx.actor_type(k) == "GPE" and ctx.actor_kind(k) is None)]   # a group is not at a city
    return targets


def _pairs(ctx: Context, rel_type, trigger: Token, sources: list[str], targets: list[str]) -> list[tuple[str, str]]:
    """Source → target pairs; with no target, coordinated sources of a symmetric or reciprocal
    event act on each other ("The US and the Taliban signed", "A and B clashed")."""
    if targets:
        return [(s, t) for s in sources for t in targets if s != t]
    if rel_type.symmetric and len(sources) > 1:
        return [(a, b) for n, a in enumerate(sources) for b in sources[n + 1:] if a != b]
    if len(sources) > 1 and ctx.reciprocal(trigger):
        return [(a, b) for a in sources for b in sources if a != b]
    return []


def _update_discourse(ctx: Context, sent: Span, trigger: Token, relation: str, sources: list[str],
                      targets: list[str], pattern: str, confidence: float, modality_from: Token | None,
                      remember: bool) -> None:
    """What later sentences may lean on: the latest event of each relation ("Those talks"), the
    parties of two-sided events, the latest meeting and what its parties did."""
    rel_type = ctx.onto[relation]
    d = ctx.discourse
    by_parties = any((ctx.para_of(trigger), t.i) in d.party_mentions for t in sent)
    if targets and d.meeting_parties and set(d.meeting_parties) <= set(sources) and by_parties:
        d.parties_did.append((sent, trigger, relation, targets, pattern, confidence, modality_from))
    if remember:
        d.last_event[relation] = (sources, targets or sources)
    if rel_type.has("two_sided"):
        d.event_parties.append((sources, targets))
    if rel_type.has("meeting") and (targets or len(sources) > 1) and not by_parties:
        # "X held a call with Y", "X and Y met" (not "the leaders discussed")
        d.meeting_hosts = sources if targets else []
        d.meeting_parties = list(dict.fromkeys(sources + targets))
        d.meeting_paragraph = ctx.para_of(trigger)


def _stance(ctx: Context, rel_type, mood: str, anchor: Token, sources: list[str]) -> str | None:
    """A threat announced, a cooperation refused: the second relation an intention makes."""
    if mood == "hypothetical" and rel_type.has("announced_threat") and intents.announced(ctx, anchor, sources):
        return intents.THREAT
    if mood == "negated" and rel_type.family == "cooperation" and rel_type.has("refusable") and \
            intents.refused(ctx, anchor, sources):
        return intents.REJECTION
    return None


def metonymy(ctx: Context, key: str, as_source: bool, relation: str) -> str:
    """"Moscow warned Kyiv": a capital acting or acted upon verbally is its state."""
    if as_source or not ctx.has(relation, "capital_stays_city"):
        return ctx.capital_state(key)      # the actor stage made the state exist
    return key


def time_expression(trigger: Token, sent: Span) -> str | None:
    """The time expression that governs the trigger: one attached to it, else to the words it
    hangs from ("In a visit to Kabul in November 2019, Trump announced …"), else the one
    date the sentence names."""
    tok = trigger
    for _ in range(4):
        found = _date(tok)
        if found:
            return found
        if tok.head is tok:
            break
        tok = tok.head
    dates = {_entity_text(t) for t in sent if t.ent_type_ == "DATE" and _when(t)}
    return dates.pop() if len(dates) == 1 else None


DEADLINE_WORDS = {"by", "until", "till", "through", "before"}


def _when(tok: Token) -> bool:
    """Is this DATE token a time the event happened? Not a deadline or goal ("by 2030"), not
    a name that starts like a date ("March of Dimes")."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if start > 0 and doc[start - 1].lower_ in DEADLINE_WORDS:
        return False
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return not (end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title
                and not doc[end + 1].like_num)


def _date(tok: Token) -> str | None:
    for c in list(tok.children) + ([tok.head] if tok.dep_ == "pobj" else []):
        if c.ent_type_ == "DATE" and _when(c):
            return _entity_text(c)
        if c.dep_ == "prep" and c.lower_ not in DEADLINE_WORDS:
            for obj in c.children:
                if obj.ent_type_ == "DATE" and _when(obj):
                    return _entity_text(obj)
    return None


def _entity_text(tok: Token) -> str:
    """The entity a token belongs to, found by walking its IOB tags (no scan of doc.ents)."""
    doc: Doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text
