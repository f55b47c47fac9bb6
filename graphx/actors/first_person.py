"""First person and the author: who "I", "we" and "our" are.

Inside a quote, the speaker the sentence names ("… said X"); in a transcript's turn, outside
quotes, the speaker and the state or organisation the speaker acts for; elsewhere, in a
government's statement, the state the document makes the subject of its sentences most often.
"""
from __future__ import annotations

from spacy.tokens import Token

from graphx.actors.coref import FIRST_PERSON, SINGULAR_FIRST_PERSON, SUBJECT_DEPS, Coreference, in_quote, main_clause
from graphx.knowledge import leader_of


def speaker_turns(co: Coreference) -> None:
    """In a speaker's turn, outside quotes: "I", "me", "my" are the speaker; "we", "our", "us"
    the state or organisation the speaker acts for, when the text or the leaders list says
    which (speakers.py)."""
    for p, speaker in co.actors.speakers.items():
        if speaker is None:
            continue
        doc = co.actors.paras[p][1]
        spans = co.quotes(p, doc)
        group = _affiliation(co, speaker)
        for tok in doc:
            if tok.pos_ != "PRON" or tok.lower_ not in FIRST_PERSON or co.actor_at((p, tok.i)) \
                    or in_quote(tok, spans) or tok.text == "US":
                continue
            key = speaker if tok.lower_ in SINGULAR_FIRST_PERSON else group
            if key:
                co.resolutions[(p, tok.i)] = key


def _affiliation(co: Coreference, person: str) -> str | None:
    """The state or organisation a person acts for: a role the text gives them, else the
    leaders list's."""
    for claim in co.actors.roles:
        if claim.person.key == person:
            for org in claim.organisations:
                if org.key != person:
                    return org.key
    actor = co.actors.actors[person]
    leader = leader_of({actor.label, *actor.aliases}, actor.label)
    return co.actors.ensure_gazetteer_actor(leader.of) if leader else None


def authors_we(co: Coreference) -> None:
    """"We" outside any quote is the document's author — a government's statement: the state
    the document makes the subject of its sentences most often (outside quotes), if one
    clearly does ("The United States will never recognize … We will work with our allies")."""
    if not any(t.lower_ in ("we", "our") for _, doc in co.actors.paras for t in doc):
        return
    subjects: dict[str, int] = {}
    modifiers: dict[str, int] = {}      # "U.S. air defense exports", "U.S.-provided missiles"
    plain = []
    for p, (_, doc) in enumerate(co.actors.paras):
        if p in co.actors.speakers and co.actors.speakers[p] is None:
            continue             # the press's or the audience's "we" is not the author's
        spans = co.quotes(p, doc)
        for tok in doc:
            if in_quote(tok, spans):
                continue
            key = co.actor_at((p, tok.i))
            if key and tok.dep_ in SUBJECT_DEPS and tok.lower_ not in FIRST_PERSON \
                    and main_clause(tok.head) and co.actors.actors[key].type == "GPE":
                subjects[key] = subjects.get(key, 0) + 1
            elif key and tok.dep_ in ("compound", "amod", "npadvmod", "nmod") and \
                    co.actors.actors[key].kind == "country":
                modifiers[key] = modifiers.get(key, 0) + 1
            elif key is None and tok.pos_ == "PRON" and _author_reference(tok):
                plain.append((p, tok.i))
    ranked = sorted(subjects.items(), key=lambda kv: -kv[1])
    if ranked and len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        # a tie: the state whose name the text puts most often before its things ("U.S. exports")
        tied = [k for k, n in ranked if n == ranked[0][1]]
        by_use = sorted(((modifiers.get(k, 0), k) for k in tied), reverse=True)
        if by_use[0][0] > by_use[1][0]:
            ranked = [(by_use[0][1], ranked[0][1] + 1)]
    if not plain or not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return
    for key in plain:
        co.resolutions[key] = ranked[0][0]


def _author_reference(tok: Token) -> bool:
    """"We will work with …", "our partner Iraq": "we" as the subject of a main, reported or
    coordinated clause, "our" before a noun (not "that we've seen", "join us")."""
    if tok.lower_ == "we":
        return tok.dep_ == "nsubj" and tok.head.dep_ in ("ROOT", "conj", "ccomp", "xcomp")
    return tok.lower_ == "our" and tok.dep_ == "poss"


def quote_speakers(co: Coreference) -> None:
    """First-person pronouns inside a quote resolve to its speaker."""
    say = co.lex.words["say_verbs"]
    for p, (_, doc) in enumerate(co.actors.paras):
        spans = co.quotes(p, doc)
        if not spans:
            continue
        speakers = []
        for tok in doc:
            inside = in_quote(tok, spans)
            if tok.lemma_.lower() in say and tok.pos_ == "VERB" and not inside:
                for c in tok.children:
                    if c.dep_ == "nsubj":
                        key = co.actor_at((p, c.i))
                        if key is None:
                            for cc in c.children:
                                key = key or co.actor_at((p, cc.i))
                        if key:
                            speakers.append((tok.idx, key))
        if not speakers:
            continue
        for a, b in spans:
            near = min(speakers, key=lambda sp: min(abs(sp[0] - a), abs(sp[0] - b)))
            for tok in doc:
                if a <= tok.idx < b and tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON" \
                        and co.actor_at((p, tok.i)) is None:
                    if tok.lower_ == "us" and tok.text == "US":
                        continue
                    co.resolutions[(p, tok.i)] = near[1]
