"""The passes of the actor stage between finding spans and clustering them: repairs of what the
NER cut or missed (names cut in two, names coordinated with a person's, a transcript's speaker
labels, one sense per discourse), words the document shows to be common words, places the NER
tagged as people; and after clustering, the states of capitals and the speakers of turns."""
from __future__ import annotations

from graphx.actors import role_claims, speakers
from graphx.actors.common_words import (concept_acronyms, is_sentence_start, lower_case_words,
                                        modifies_common_noun)
from graphx.actors.document import DocumentActors
from graphx.actors.mentions import Mention
from graphx.knowledge import leaders
from graphx.names import leader_key, normal_name

COMPASS = {"northern", "southern", "eastern", "western", "central", "north", "south",
           "east", "west", "northeastern", "northwestern", "southeastern", "southwestern"}


def possessed_names(da: DocumentActors) -> None:
    """A person's name the NER ran on past a possessive is the person and what they own:
    "Jeff Bezos’s Blue Origin" tagged one person is Jeff Bezos and the body Blue Origin."""
    found = []
    for m in da.mentions:
        doc = da.paras[m.para][1]
        cut = next((t.i for t in doc[m.start:m.end - 1] if t.lower_ in ("'s", "\u2019s")), None) \
            if m.label == "PERSON" else None
        if cut is None or cut == m.start or not all(t.is_title or not t.is_alpha for t in doc[cut + 1:m.end]):
            found.append(m)
            continue
        owned = Mention(m.para, cut + 1, m.end, normal_name(doc[cut + 1:m.end].text), "ORG")
        m.end, m.text = cut, normal_name(doc[m.start:cut].text)
        found += [m, owned]
    da.mentions = found


def families_and_buildings(da: DocumentActors) -> None:
    """Names the NER typed as what they are not: a family ("the Bidens", tagged a place) is
    people; a name ending in a building's word ("Evin Prison", tagged a person) is a building."""
    people = {da.paras[m.para][1][m.end - 1].lower_ for m in da.mentions if m.label == "PERSON"}
    for m in da.mentions:
        doc = da.paras[m.para][1]
        last = doc[m.end - 1]
        if m.label == "PERSON" and m.end - m.start > 1 and last.lower_ in da.gaz.facility_heads:
            m.label = "FAC"
        elif m.label in ("GPE", "NORP", "ORG") and m.gaz_id is None and m.end - m.start == 1 \
                and m.start > 0 and doc[m.start - 1].lower_ == "the" and last.text.endswith("s") \
                and (last.lower_[:-1] in people or leader_key(last.text[:-1]) in leaders()):
            m.label = "PERSON"


def adjacent_names(da: DocumentActors) -> None:
    """Two person names with nothing between them are one name the NER cut in two
    ("Hassan Sheikh" + "Mohamud")."""
    people = sorted((m for m in da.mentions if m.label == "PERSON"), key=lambda m: (m.para, m.start))
    absorbed: set[int] = set()        # ids of the second halves, joined to the name before
    for a, b in zip(people, people[1:]):
        if a.para == b.para and a.end == b.start and id(a) not in absorbed:
            absorbed.add(id(b))
            a.end, a.text = b.end, normal_name(da.paras[a.para][1][a.start:b.end].text)
    da.mentions = [m for m in da.mentions if id(m) not in absorbed]


def coordinated_names(da: DocumentActors) -> None:
    """A name coordinated with a person's name is a person, whatever the NER missed:
    "Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis" tagged only the second."""
    for m in [m for m in da.mentions if m.label == "PERSON"]:
        doc = da.paras[m.para][1]
        root = doc[m.end - 1]
        others = [root.head] if root.dep_ == "conj" else []
        others += [c for c in root.children if c.dep_ == "conj"]
        for other in others:
            if other.pos_ != "PROPN" or not other.is_title or da.mention_covering(m.para, other.i):
                continue
            start = other.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == other \
                    and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and not role_claims.is_title_word(doc[start - 1], da.gaz.titles):
                start -= 1
            da.mentions.append(Mention(m.para, start, other.i + 1, doc[start:other.i + 1].text, "PERSON"))


def speaker_labels(da: DocumentActors) -> None:
    """A transcript's labels name their speakers (speakers.py), whatever the NER made of them
    ("MR. KIRBY" tagged "MR" a place): a label's own mentions give way to the one it makes."""
    byline = da.title
    if not byline or not speakers.BYLINE.match(byline):
        byline = next((doc.text for _, doc in da.paras[:3] if speakers.BYLINE.match(doc.text)), byline)
    labels = {p: speakers.label_tokens(da.paras[p][1], turn) for p, (lp, turn) in da.turns.items() if p == lp}
    da.mentions = [m for m in da.mentions if not (m.para in labels and m.start < labels[m.para][1])]
    person_words = {w.lower(): w for m in da.mentions if m.label == "PERSON" for w in m.text.split()}
    for p in labels:
        made = speakers.speaker_mention(da.paras[p][1], da.turns[p][1], byline, person_words)
        if made:
            da.label_mentions[p] = Mention(p, made[0], made[1], made[2], "PERSON")
            da.mentions.append(da.label_mentions[p])
            da.label_tokens.update((p, i) for i in range(made[0], made[1]))


def common_words(da: DocumentActors) -> None:
    """Leave out capitalised words the document shows to be common words (common_words.py):
    acronyms it spells out in lower case, and words it writes in lower case elsewhere that
    are capitalised at a sentence start (and nowhere inside one) or as a modifier of a
    common noun ("Tribal governments" beside "tribal leaders")."""
    docs = [doc for _, doc in da.paras]
    da.concepts = concept_acronyms(docs, [m.text for m in da.mentions if not m.gaz_id])
    single = {m.text for m in da.mentions if m.end - m.start == 1 and not m.gaz_id}
    lower, inside = lower_case_words(docs, single)
    kept = []
    for m in da.mentions:
        if not m.gaz_id and not m.office and (m.text in da.concepts or (
                m.end - m.start == 1 and m.text.lower() in lower
                and (modifies_common_noun(da.paras[m.para][1][m.start]) or (
                    m.text not in inside and is_sentence_start(da.paras[m.para][1], m.start))))):
            continue
        kept.append(m)
    da.mentions = kept


def places_tagged_as_people(da: DocumentActors) -> None:
    """"civilians in western Tigray": a one-word "person" found after a place preposition
    or with a compass adjective is a place (the NER often tags regions as people); an
    unknown "place" or "body" with a title in apposition is a person."""
    places = set()
    for m in da.mentions:
        if m.label != "PERSON" or m.end - m.start != 1:
            continue
        tok = da.paras[m.para][1][m.start]
        after_place_prep = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into", "across", "throughout")
        if after_place_prep or any(c.lower_ in COMPASS for c in tok.children if c.dep_ == "amod"):
            places.add(m.text)
    for m in da.mentions:
        if m.label == "PERSON" and m.text in places:
            m.label = "GPE"
    for m in da.mentions:     # "Kenzo Oshima, the UN Emergency Relief Coordinator": no place or body
        if m.label in ("GPE", "ORG") and not m.gaz_id and not m.office and _has_title_apposition(da, m):
            m.label = "PERSON"


def _has_title_apposition(da: DocumentActors, m: Mention) -> bool:
    tok = da.paras[m.para][1][m.end - 1]
    return any(c.dep_ == "appos" and c.lower_ in da.gaz.titles for c in tok.children)


def propagated_names(da: DocumentActors) -> None:
    """One sense per discourse: a proper noun equal to a name seen elsewhere in the document
    (a person's name token, or a one-word actor such as "TPLF") is that actor even where
    the NER missed it."""
    names: dict[str, tuple[str, str | None]] = {}
    for m in da.mentions:
        if m.label == "PERSON":
            for w in m.text.split():
                if len(w) > 2 and w[0].isupper() and w.lower() not in da.gaz.titles:
                    names.setdefault(w, ("PERSON", None))
        elif " " not in m.text and len(m.text) > 2 and not m.office:
            names.setdefault(m.text, (m.label, m.gaz_id))
    if not names:
        return
    covered = {(m.para, i) for m in da.mentions for i in range(m.start, m.end)}
    for p, (_, doc) in enumerate(da.paras):
        for i, text in enumerate(da.texts[p]):
            if text not in names or (p, i) in covered or i in da.credit_tokens[p]:
                continue
            tok = doc[i]
            if tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_:
                label, gaz_id = names[text]
                da.mentions.append(Mention(p, i, i + 1, text, label, gaz_id))


def states_of_capitals(da: DocumentActors) -> None:
    """"Moscow warned Kyiv" is Russia warning Ukraine: the state of every capital named
    exists as an actor (kept only if a relation uses it), so later stages never create one."""
    for key in list(da.actors):
        entry = da.gaz.entries.get(key)
        if entry is not None and entry.capital_of:
            da.ensure_gazetteer_actor(entry.capital_of)


def speakers_of_turns(da: DocumentActors) -> None:
    for p, (label_para, turn) in da.turns.items():
        made = da.label_mentions.get(label_para)
        da.speakers[p] = made.key if made else None
        if made and turn.title:                   # "THE PRESIDENT" holds that title
            actor = da.actors[made.key]
            actor.roles.add(turn.title.title())
            if actor.label == speakers.unnamed(turn.title):
                actor.kind = "speaker"        # named by the title alone: a node all the same
