"""The actors a noun phrase stands for: names, references, appositions, "US officials",
"officials of the ministry", "the two sides", "scores of Liberian refugees"."""
from __future__ import annotations

from spacy.tokens import Token

from graphx.names import is_suffix
from graphx.relations.context import Context

MODIFIER_DEPS = ("compound", "amod", "poss", "nmod")
INCLUDING = ("including", "notably", "especially", "particularly")
LISTED_NOUNS = {"individual", "entity", "person", "company", "firm", "bank", "vessel", "community"}
RELATIONAL_NOUNS = {"ally", "partner", "counterpart", "neighbor", "neighbour", "friend", "people", "public",
                    "population", "nation", "country", "mission"}     # others, or the state itself
PLACE_TYPES = {"FAC", "LOC"}


def key(ctx: Context, tok: Token) -> str | None:
    """The actor a token names or refers to; a relative pronoun is its antecedent
    ("Eritrea, whose troops …")."""
    found = ctx.token_actor(tok)
    if found is None and tok.tag_ in ("WP", "WP$", "WDT"):
        for anc in tok.ancestors:
            if anc.dep_ == "relcl":
                head = anc.head
                return ctx.token_actor(head) or appos_actor(ctx, head)
    return found


def is_agent_noun(ctx: Context, t: Token) -> bool:
    """A noun that stands for the actor named in its modifier: "US officials", "Afghan forces"."""
    return t.lemma_.lower() in ctx.words["agent_nouns"] or t.lower_ in ctx.words["agent_nouns"]


def is_quantity_noun(ctx: Context, t: Token) -> bool:
    """A quantity or part that hands over to its "of" phrase: "scores of Liberian refugees"."""
    return t.lemma_.lower() in ctx.words["quantity_nouns"] or t.lower_ in ctx.words["quantity_nouns"]


def to_infinitive(verb: Token) -> bool:
    """A "to" infinitive: "to impose sanctions", "to demand …"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def conjuncts(tok: Token) -> list[Token]:
    """The token and its conjuncts; "Joseph R. Biden, Jr. and Mario Draghi" is parsed with
    Draghi on the suffix, which is part of the name."""
    out, stack = [tok], [tok]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj":
                out.append(c)
                stack.append(c)
            elif c.dep_ == "appos" and is_suffix(c.text):
                stack.append(c)
    return out


def list_members(ctx: Context, tok: Token) -> list[str]:
    """The actors of a list of names. Long lists get misparsed: a name may hang as an
    apposition of an earlier one ("A, B, C and D" with C an "appos" of A); an apposition that
    names another actor of the same type is then one more member."""
    found = actors_of(ctx, tok)
    for t in conjuncts(tok):
        for c in t.children:
            k = key(ctx, c) if c.dep_ == "appos" else None
            if k and k not in found and found and ctx.actor_type(k) == ctx.actor_type(found[0]):
                found += [m for m in list_members(ctx, c) if m not in found]
            elif c.dep_ == "prep" and c.lower_ == "of" and found:
                # "President Macron of France and Chancellor Scholz of Germany": the next
                # member hangs as a conjunct of the first one's country
                for obj in (o for o in c.children if o.dep_ == "pobj"):
                    for nxt in conjuncts(obj)[1:]:
                        k = key(ctx, nxt)
                        if k and k not in found and ctx.actor_type(k) == ctx.actor_type(found[0]):
                            found += [m for m in list_members(ctx, nxt) if m not in found]
    return found


def actors_of(ctx: Context, tok: Token, via_modifiers: bool = True, depth: int = 0) -> list[str]:
    """The actors a noun phrase stands for ("US officials" → US), conjuncts included."""
    found: list[str] = []

    def add(keys):
        for k in keys:
            if k not in found:
                found.append(k)

    for t in conjuncts(tok):
        if depth < 2 and _lists_actors(ctx, t):     # "eleven individuals, including Emmerson Mnangagwa"
            add([k for _, o in prep_objects(t, INCLUDING) for k in actors_of(ctx, o, depth=depth + 1)])
        if _they_who_met(ctx, t):
            add(meeting_parties(ctx, t))                     # "Biden met Kishida. They discussed …"
            continue
        k = key(ctx, t) or appos_actor(ctx, t)
        if k is None and (t.lower_ in ctx.gaz.titles or t.lemma_.lower() in ctx.gaz.titles):
            k = person_after_title(ctx, t)
        if k is not None:
            add([k])
            continue
        if t.lower_ in ctx.gaz.party_nominals and any(
                c.lower_ in ("two", "both") for c in t.children if c.dep_ in ("nummod", "det", "predet")):
            add(ctx.discourse.two_parties())                 # "the two sides agreed"
        elif t.lower_ in ctx.words["meeting_party_nouns"] and _bare_plural(t):
            add(meeting_parties(ctx, t))                     # "The two leaders discussed …"
        elif is_quantity_noun(ctx, t) and (counted := of_actors(ctx, t, depth)):
            add(counted)                                      # "scores of Liberian refugees"
        elif via_modifiers and is_agent_noun(ctx, t):
            add(modifier_actors(ctx, t) or of_actors(ctx, t, depth)
                or by_agents(ctx, t, via_modifiers=False) or in_actors(ctx, t))
    return found


def _lists_actors(ctx: Context, t: Token) -> bool:
    """A noun whose "including …" lists actors acted upon: "sanctioned eleven individuals,
    including …", "partners, including …" (not topics, "issues, including Libya", and not the
    subjects of a meeting's list of officials)."""
    return t.dep_ not in ("nsubj", "nsubjpass") and (is_agent_noun(ctx, t) or t.lemma_.lower() in LISTED_NOUNS)


def meeting_parties(ctx: Context, mention: Token) -> list[str]:
    """The parties of the latest meeting, for a mention that stands for them (remembered: the
    participants a readout lists later did the same)."""
    ctx.discourse.party_mentions.add((ctx.para_of(mention), mention.i))
    return list(ctx.discourse.meeting_parties)


def _they_who_met(ctx: Context, t: Token) -> bool:
    """"They" as the subject right after a meeting or call was told (same or next paragraph):
    the parties of that meeting, not the last group named."""
    d = ctx.discourse
    return t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass") and len(d.meeting_parties) > 1 \
        and 0 <= ctx.para_of(t) - d.meeting_paragraph <= 1


def _bare_plural(t: Token) -> bool:
    """"the leaders", "both leaders", "the two presidents": no modifier saying whose."""
    return any(c.lower_ in ("the", "both", "two") for c in t.children) and \
        not any(c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for c in t.children)


def appos_actor(ctx: Context, t: Token) -> str | None:
    for c in t.children:
        if c.dep_ == "appos":
            k = key(ctx, c)
            if k:
                return k
    return None


def person_after_title(ctx: Context, t: Token) -> str | None:
    """A title misparsed as the head: "by Special Representative for X Y Zalmay Khalilzad"."""
    doc = t.doc
    for j in range(t.i + 1, min(len(doc), t.i + 9)):
        k = key(ctx, doc[j])
        if k and ctx.actors.actors[k].type == "PERSON":
            return k
        if not (doc[j].is_title or doc[j].lower_ in ("for", "of", "the", "and")):
            return None
    return None


def modifier_actors(ctx: Context, t: Token, exclude: set[str] = frozenset()) -> list[str]:
    """Actors modifying a noun ("US officials", "its fight"); places are not agents."""
    found = []
    for c in t.children:
        if c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ in ctx.words["leading_participles"]:
            found += [k for cc in c.children if cc.dep_ in ("npadvmod", "compound")   # "the Saudi-led
                      for k in [key(ctx, cc)] if k and k not in found and k not in exclude]    # coalition"
        elif c.dep_ in MODIFIER_DEPS:
            keys = _their_actors(ctx, c) or [k for cc in conjuncts(c) if (k := key(ctx, cc))]
            for k in keys or _owning_group(ctx, c):
                if k not in found and k not in exclude and ctx.actors.actors[k].type not in PLACE_TYPES:
                    found.append(k)
    return found


def _owning_group(ctx: Context, poss: Token) -> list[str]:
    """"the Russian government's refusal", "the US military's strikes": a possessive group noun
    stands for the actor that qualifies it."""
    if poss.dep_ != "poss" or key(ctx, poss) or not is_agent_noun(ctx, poss):
        return []
    return [key(ctx, c) for c in poss.children if c.dep_ in ("compound", "amod", "nmod") and key(ctx, c)]


def _their_actors(ctx: Context, poss: Token) -> list[str]:
    """"Biden and Draghi reaffirmed their support": "their" is every one of the coordinated
    subjects of the verb the noun depends on, or the parties of the meeting a "They" subject
    stands for ("They expressed their support"); nothing for one plain subject."""
    if poss.dep_ != "poss" or poss.lower_ != "their":
        return []
    verb = next((a for a in poss.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        for c in verb.children:
            if c.dep_ == "nsubj":
                if _they_who_met(ctx, c):
                    return meeting_parties(ctx, poss)
                subjects = [k for k in (key(ctx, s) for s in conjuncts(c)) if k]
                return subjects if len(subjects) > 1 else []
        verb = verb.head if verb.dep_ == "conj" else None     # "They reiterated … and expressed their"
    return []


def of_actors(ctx: Context, t: Token, depth: int = 0) -> list[str]:
    """"officials of the ministry", "positions of the Palestinian forces" (bounded chain)."""
    if depth > 2:
        return []
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for obj in c.children:
                if obj.dep_ == "pobj":
                    return actors_of(ctx, obj, depth=depth + 1)
    return []


def by_agents(ctx: Context, t: Token, via_modifiers: bool = True) -> list[str]:
    """Agents of a participle hanging on a noun: "attacks carried out by the Taliban",
    "positions held by the RSF". A mediator ("the deal, mediated by Qatar") is no agent."""
    found: list[str] = []
    for c in t.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and not ctx.mediating(c):
            for _, obj in prep_objects(c, ("by",)):
                found += actors_of(ctx, obj, via_modifiers=via_modifiers)
    return found


def in_actors(ctx: Context, t: Token) -> list[str]:
    """"Security forces in Guinea", "a group based in Trinidad": the place names the force when
    nothing else does."""
    for c in list(t.children) + [p for a in t.children if a.dep_ == "acl" and a.lower_ == "based"
                                 for p in a.children]:
        if c.dep_ == "prep" and c.lower_ in ("in", "throughout", "across"):
            for obj in c.children:
                if obj.dep_ == "pobj":
                    k = key(ctx, obj) or part_of_place(ctx, obj)
                    if k and ctx.actors.actors[k].type in ("GPE", "NORP"):
                        return [k]
    return []


def part_of_place(ctx: Context, t: Token) -> str | None:
    """"targets in Houthi-controlled areas of Yemen": a part of a place is that place."""
    if t.lemma_.lower() not in ctx.words["place_part_nouns"]:
        return None
    of_place = next((k for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj" and (k := key(ctx, o))), None)
    # else the place it is named with: "Somalia's Gedo region"
    return of_place or next((k for c in t.children if c.dep_ in ("compound", "poss")
                             and (k := key(ctx, c)) and ctx.actor_type(k) in ("GPE", "LOC")), None)


def prep_objects(head: Token, words: set[str] | tuple[str, ...]) -> list[tuple[str, Token]]:
    """(preposition, object) of the head's prepositions among `words`."""
    out = []
    for c in head.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in words:
            for obj in c.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out.append((c.lower_, obj))
                if obj.dep_ == "pcomp":      # "a deal with Somaliland giving it access" misparsed
                    out += [(c.lower_, s) for s in obj.children if s.dep_ == "nsubj"]
    return out


def prep_actors(ctx: Context, head: Token, words: set[str] | tuple[str, ...]) -> list[str]:
    """The actors the head's prepositions among `words` name ("talks with X" → X)."""
    return [k for _, obj in prep_objects(head, words) for k in actors_of(ctx, obj)]


def clause_subjects(ctx: Context, clause: Token) -> list[str]:
    """The actors a clause is about: those of its (passive) subject."""
    return [k for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for k in actors_of(ctx, c)]
