"""The first pass of the actor stage: which spans of text name actors.

Named entities (spaCy's NER and the gazetteer ruler) trimmed to their names — no article,
leading title ("Spokesperson Matthew Miller"), trailing verb ("Biden signed") or group noun
("NATO Allies") — with given names the NER left out ("J. Blinken"), and offices, capitalised
titles used as names ("the Special Inspector General for Afghanistan Reconstruction").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from graphx.actors import role_claims
from graphx.actors.document import DocumentActors
from graphx.actors.mentions import ACTOR_LABELS, Mention
from graphx.actors.role_claims import APOSTROPHE_S
from graphx.knowledge import lexicon
from graphx.names import NAME_PARTICLES, is_suffix, is_title_at, normal_name, suffix_end, without_suffix

# Capitalised group nouns after a known body's name, tagged with it as one name by the NER (a
# plural title is one too: "African Union Commissioners").
GROUP_TAILS = {"leaders", "allies", "officials", "members", "partners", "ministers", "governments"}


def ner_mentions(da: DocumentActors) -> None:
    """Named entities (NER and the gazetteer ruler) and offices as mentions, paragraph by
    paragraph; bylines and credits ("… contributed to this report") name nobody."""
    credit = lexicon().credit_phrases
    for p, (_, doc) in enumerate(da.paras):
        lowers = [t.lower_ for t in doc]
        da.texts[p] = [t.text for t in doc]
        da.credit_tokens[p] = set()
        for sent in doc.sents:
            lowered = sent.text.lower()
            if any(c in lowered for c in credit):
                da.credit_tokens[p].update(range(sent.start, sent.end))
        taken: set[int] = set()
        for office in _offices(da, doc, lowers):
            da.mentions.append(Mention(p, office.start, office.end, office.text, "ORG",
                                       office=True))
            taken.update(range(office.start, office.end))
        for ent in doc.ents:
            if ent.label_ in ACTOR_LABELS and ent.start not in da.credit_tokens[p]:
                _entity_mention(da, p, doc, lowers, ent, taken)


def _entity_span(da: DocumentActors, doc: Doc, lowers: list[str], ent: Span) -> Span | None:
    """The part of an entity that names an actor: no article, title, trailing verb or group noun."""
    span = _trim(ent)
    if span is not None and len(span) > 1 and (span[-1].lower_ in GROUP_TAILS or
                                               role_claims.plural_title(span[-1].lower_, da.gaz.titles)) \
            and da.gazetteer_id(normal_name(span[:-1].text)):
        span = span[:-1]        # "G7 Leaders", "NATO Allies": the body, then its people
    if span is not None and ent.label_ == "PERSON":
        span = _person_span(da, doc, lowers, span)
    elif span is not None and ent.label_ == "ORG" and lowers[span.end - 1] in da.gaz.titles:
        span = _body_before_title(da, span)   # "United Nations Emergency Relief Coordinator"
    return span


def _entity_mention(da: DocumentActors, p: int, doc: Doc, lowers: list[str], ent: Span, taken: set[int]) -> None:
    place = _place_after_title(da, doc, lowers, ent)
    if place is not None:   # "President of Ukraine Volodymyr Zelenskyy" tagged as one name
        _entity_mention(da, p, doc, lowers, Span(doc, ent.start, place, label="GPE"), taken)
        ent = Span(doc, place, ent.end, label="PERSON")
    span = _entity_span(da, doc, lowers, ent)
    if span is None or taken.intersection(range(span.start, span.end)):
        return
    if _inside_title(da, lowers, span) or all(is_suffix(t.text) for t in span):
        return            # "Jr." alone is no one: it joins the name before it
    name = normal_name(span.text)
    if ent.label_ == "PERSON":
        name = without_suffix(name)
    if re.match(r"(?i)(anti|pro|non)-", name):
        return   # "anti-American" names an attitude, not the actor
    name = re.sub(r"(?i)^(intra|inter|pan)-|-(led|backed|based|born)$", "", name)
    if len(name) < 2 or not any(c.isupper() for c in name):
        return   # names are capitalised: "intra" of "intra-Afghan" is not one
    label = ent.label_
    if label == "PERSON" and any(w.lower() in da.gaz.organisation_words
                                 for w in name.replace("'s", "").split()):
        label = "ORG"      # "Tigray People's Liberation Front" is no person
    if label == "PERSON" and span[-1].text in da.demonyms and span[-1].text.endswith("s"):
        label = "NORP"                 # "Bosnian Serbs" tagged as a person: a people, plural
    span, community = _community(da, doc, span) if label != "PERSON" else (span, False)   # not "Dave Turk"
    if community:                    # "African Americans", "Sikh Americans", "American Indian":
        name, gaz_id = normal_name(span.text), None      # a community of its own, not the state
    elif label == "PERSON" and name in da.demonyms:
        gaz_id = None                # "Turk said …": the person Dave Turk, not Turkey
    else:
        gaz_id = ent.ent_id_ or da.gazetteer_id(name)
        if gaz_id is None and len(span) > 1 and span[-1].text in da.demonyms and label != "PERSON" \
                and not any(t.is_title for t in span[:-1] if not t.is_sent_start):
            gaz_id = da.gazetteer_id(span[-1].text)   # "ethnic Albanian", "Radical French" (not "Dave Turk")
    end = suffix_end(da.texts[p], span.end) if label == "PERSON" else span.end
    da.mentions.append(Mention(p, span.start, end, name, label, gaz_id))
    state = da.gazetteer_id(span[-1].text) if community else None
    if state and span[-1].lower_ not in da.gaz.ambiguous_demonyms \
            and span[0].lower_ not in da.gaz.regional_words:      # not "Latin American", "South American"
        da.communities.append((da.mentions[-1], state))
    taken.update(range(span.start, end))    # "Joseph R. Biden, Jr.": the Jr. is Biden
    acronym = _parenthetical_acronym(doc, span.end)
    if acronym is not None and not acronym.ent_type_ and acronym.text[0] == span[0].text[0].upper():
        # "Tigray People's Liberation Front (TPLF)" defines an alias (not "the Committee on Foreign
        # Investment in the United States (CFIUS)": the NER cut the committee's name to the state)
        da.mentions.append(Mention(p, acronym.i, acronym.i + 1, acronym.text, label, gaz_id))
        taken.add(acronym.i)


def _community(da: DocumentActors, doc: Doc, span: Span) -> tuple[Span, bool]:
    """A demonym after a capitalised word of its phrase names a community, not the state:
    "African Americans", "Irish Americans", "Sikh Americans" (with the word outside the NER's
    span), "American Indian", "New Mexicans"."""
    if span[-1].text not in da.demonyms:
        return span, False
    start = span.start
    if start > 1 and doc[start - 1].text == "-" and doc[start - 2].is_title and not doc[start - 2].lower_.endswith("o"):
        start -= 2                     # "Irish-American" (not "Franco-German", "Sino-British")
    elif len(span) == 1 and start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "ADJ") \
            and doc[start - 1].head.i == span[-1].i and doc[start - 1].ent_type_ not in ACTOR_LABELS:
        start -= 1                                       # "Sikh Americans" tagged "Americans"
    before = doc[span.end - 2] if span.end - 2 >= start else None
    if before is not None and before.text == "-" and span.end - 3 >= start:
        before = doc[span.end - 3]
    if before is None or not (before.is_title and before.pos_ in ("PROPN", "ADJ")) \
            or (before.is_sent_start and before.ent_type_ not in ("NORP", "GPE") and before.text not in da.demonyms) \
            or before.lower_.endswith("o") \
            or (before.text in da.demonyms and not span[-1].text.endswith("s")) \
            or da.gazetteer_id(normal_name(doc[start:span.end].text)):
        return span, False          # "South Koreans", "Saudi Arabian"; "Young Algerians" opening a
                                    # sentence; "the Turkish-Libyan deal" (two states, no people)
    return doc[start:span.end], True


def _place_after_title(da: DocumentActors, doc: Doc, lowers: list[str], ent: Span) -> int | None:
    """Where the person's name begins in an entity "Ukraine Volodymyr Zelenskyy" that follows
    "President of": a known state, then two or more capitalised words."""
    if ent.start < 2 or lowers[ent.start - 1] != "of" or lowers[ent.start - 2] not in da.role_words:
        return None
    return _place_then_name(da, doc, ent.start, ent.end)


def _place_then_name(da: DocumentActors, doc: Doc, start: int, end: int) -> int | None:
    """doc[start:end] is a known state, then two or more capitalised words: where they begin."""
    for cut in range(min(end - 2, start + 3), start, -1):
        entry = da.gaz.entries.get(da.gazetteer_id(normal_name(doc[start:cut].text)) or "")
        if entry is not None and entry.type == "GPE" \
                and all(t.is_title and t.pos_ == "PROPN" for t in doc[cut:end]):
            return cut
    return None


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].text == "s"        # "President’s Budget" cut after ’
                           or (doc[start].tag_ == "VBG" and end - start > 1)):  # "Addressing AI"
        start += 1
    while end > start and (doc[end - 1].text in APOSTROPHE_S or doc[end - 1].is_punct
                           or (doc[end - 1].pos_ == "VERB" and end - start > 1)):  # "Biden signed"
        end -= 1
    return doc[start:end] if end > start else None


def _parenthetical_acronym(doc: Doc, end: int) -> Token | None:
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        tok = doc[end + 1]
        if tok.text.isupper() and 2 <= len(tok.text) <= 8 and tok.text.isalpha():
            return tok
    return None


def _person_span(da: DocumentActors, doc: Doc, lowers: list[str], span: Span) -> Span | None:
    """Drop leading titles ("Spokesperson Matthew Miller"), take in given names the NER
    left out ("Secretary of State Antony J. Blinken" tagged "J. Blinken")."""
    start, end = span.start, span.end
    for j in range(max(0, start - 4), start):      # "First Lady" tagged "Lady Jill Biden",
        n = is_title_at(lowers[j:end], da.role_words)   # "Secretary of Defense Lloyd Austin"
        if j + n > start:                                 # tagged "Defense Lloyd Austin"
            start = j + n
            break
    while start < end - 1:
        n = is_title_at(lowers[start:end], da.role_words)
        if not n and lowers[start] not in da.role_words:
            break
        start += n or 1
    if start >= end:
        return None          # the span was all title: "Vice President" tagged PERSON
    j = end                  # "Ursula von der Leyen" tagged "Ursula von" + "Leyen"
    while j < len(doc) and lowers[j] in NAME_PARTICLES:
        j += 1
    if (j > end or lowers[end - 1] in NAME_PARTICLES) and j < len(doc) and doc[j].is_title \
            and doc[j].pos_ == "PROPN":
        end = j + 1
    while start > 0 and re.fullmatch(r"[A-Z]\.", doc[start].text):   # "J. Blinken"
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and prev.is_title and not prev.ent_type_ \
                and lowers[start - 1] not in da.gaz.titles and lowers[start - 1] not in da.title_starts:
            start -= 1
        else:
            break
    return doc[start:end]


def _body_before_title(da: DocumentActors, span: Span) -> Span | None:
    """A title tagged as an organisation ("United Nations Emergency Relief Coordinator"):
    the known body it begins with, or nobody (the title stays a role)."""
    for end in range(span.end - 1, span.start, -1):
        if da.gazetteer_id(normal_name(span.doc[span.start:end].text)):
            return span.doc[span.start:end]
    return None


def _inside_title(da: DocumentActors, lowers: list[str], span: Span) -> bool:
    """"State" in "Secretary of State", "Special Representative" tagged ORG."""
    if span.label_ == "PERSON":
        return False
    for j in range(max(0, span.start - 4), span.start + 1):
        if " ".join(lowers[j:span.end]) in da.gaz.titles:
            return True
    return is_title_at(lowers[span.start:span.end], da.gaz.titles) == len(span)


def _offices(da: DocumentActors, doc: Doc, lowers: list[str]) -> list[Span]:
    """Capitalised titles used as names: "the Special Inspector General for X Y".

    A title, then "for"/"of" and capitalised words, not followed by a person's name.
    """
    found = []
    i = 0
    while i < len(doc):
        t = doc[i]
        n = is_title_at(lowers[i:i + 6], da.gaz.titles) \
            if t.is_title and lowers[i] in da.title_starts else 0
        if not n:
            i += 1
            continue
        j = i + n
        while j < len(doc) and doc[j].is_title and doc[j].pos_ in ("PROPN", "NOUN"):
            j += 1
        if j < len(doc) and doc[j].lower_ in ("for", "of") and j + 1 < len(doc) \
                and doc[j + 1].is_title:
            k = j + 1
            while k < len(doc) and (doc[k].is_title or (
                    doc[k].lower_ in ("and", "of") and k + 1 < len(doc) and doc[k + 1].is_title)):
                k += 1
            followed_by_name = k < len(doc) and doc[k].ent_type_ == "PERSON"
            names_person = any(doc[x].ent_type_ == "PERSON" for x in range(i, k)) \
                or _place_then_name(da, doc, j + 1, k) is not None
            if not followed_by_name and not names_person and k - i >= 3:
                found.append(doc[i:k])
                i = k
                continue
        i = j
    return found

# -- clustering ---------------------------------------------------------------------
