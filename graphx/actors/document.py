"""Actors: finding actor mentions in parsed text and resolving them to canonical actors.

One document at a time: named-entity spans (NER plus the gazetteer ruler), offices
("the Special Inspector General for ..."), then clustering by gazetteer id, name
containment (Ghani ⊂ Ashraf Ghani), acronyms (SIGAR = Special Inspector General for
Afghanistan Reconstruction) and surname matches across NER labels.
"""
from __future__ import annotations

import hashlib
import re
from spacy.tokens import Doc, Span, Token

from graphx.actors.common_words import (concept_acronyms, is_sentence_start, lower_case_words,
                                 modifies_common_noun)
from graphx.knowledge import Gazetteer, gazetteer, lexicon
from graphx.names import INITIALS_STOP_WORDS, NAME_PARTICLES, name_words, normal_name, slugify
from graphx.names import is_suffix, is_title_at, suffix_end, without_suffix
from graphx.actors import role_claims
from graphx.actors import speakers
from graphx.actors.mentions import ACTOR_LABELS, Key, Mention, RoleClaim
from graphx.model import Actor
from graphx.actors.role_claims import APOSTROPHE_S

CONNECTORS = {"of", "for", "on", "and", "the", "to"}
# Capitalised group nouns after a known body's name, tagged with it as one name by the NER (a
# plural title is one too: "African Union Commissioners").
GROUP_TAILS = {"leaders", "allies", "officials", "members", "partners", "ministers", "governments"}


class DocumentActors:
    """The actors of one document and which tokens refer to each."""

    def __init__(self, paras: list[tuple[int, Doc]], gaz: Gazetteer | None = None, title: str | None = None):
        self.gaz = gaz or gazetteer()
        self.paras = paras
        self.title = title
        # a transcript's speaker turns: paragraph → (paragraph of its label, the label)
        self.turns = speakers.turns(paras, self.gaz.titles, lexicon().words["anonymous_speaker_words"])
        self.speakers: dict[int, str | None] = {}     # paragraph → who speaks it (None: the press …)
        self._label_mentions: dict[int, Mention] = {}
        self.label_tokens: set[Key] = set()         # a label names who speaks: no antecedent
        self.mentions: list[Mention] = []
        self.roles: list[RoleClaim] = []
        self.actors: dict[str, Actor] = {}
        self.token_actor: dict[Key, str] = {}
        self._credit_tokens: dict[int, set[int]] = {}
        self._texts: dict[int, list[str]] = {}
        self._title_starts = {t.split()[0] for t in self.gaz.titles}
        self._demonyms = {d for e in self.gaz.entries.values() for d in e.demonyms}
        self._collect()
        self._adjacent_names()
        self._coordinated_names()
        self._speaker_mentions()
        self._common_words()
        self._places_tagged_as_people()
        self._propagate_names()
        self._cluster()
        self._index()
        self._collect_roles()
        self._states_of_capitals()
        self._speakers_of_turns()

    # -- mentions ---------------------------------------------------------------------
    def _collect(self) -> None:
        credit = lexicon().credit_phrases
        for p, (_, doc) in enumerate(self.paras):
            lowers = [t.lower_ for t in doc]
            self._texts[p] = [t.text for t in doc]
            self._credit_tokens[p] = set()
            for sent in doc.sents:
                lowered = sent.text.lower()
                if any(c in lowered for c in credit):
                    self._credit_tokens[p].update(range(sent.start, sent.end))
            taken: set[int] = set()
            for office in self._offices(doc, lowers):
                self.mentions.append(Mention(p, office.start, office.end, office.text, "ORG",
                                             office=True))
                taken.update(range(office.start, office.end))
            for ent in doc.ents:
                if ent.label_ not in ACTOR_LABELS or ent.start in self._credit_tokens[p]:
                    continue
                span = self._trim(ent)
                if span is not None and len(span) > 1 and (span[-1].lower_ in GROUP_TAILS or
                                                           role_claims.plural_title(span[-1].lower_, self.gaz.titles)) \
                        and self._gazetteer_id(normal_name(span[:-1].text)):
                    span = span[:-1]        # "G7 Leaders", "NATO Allies": the body, then its people
                if span is not None and ent.label_ == "PERSON":
                    span = self._person_span(doc, lowers, span)
                elif span is not None and ent.label_ == "ORG" and lowers[span.end - 1] in self.gaz.titles:
                    span = self._body_before_title(span)   # "United Nations Emergency Relief Coordinator"
                if span is None or taken.intersection(range(span.start, span.end)):
                    continue
                if self._inside_title(lowers, span) or all(is_suffix(t.text) for t in span):
                    continue            # "Jr." alone is no one: it joins the name before it
                name = normal_name(span.text)
                if ent.label_ == "PERSON":
                    name = without_suffix(name)
                if re.match(r"(?i)(anti|pro|non)-", name):
                    continue   # "anti-American" names an attitude, not the actor
                name = re.sub(r"(?i)^(intra|inter|pan)-|-(led|backed|based|born)$", "", name)
                if len(name) < 2 or not any(c.isupper() for c in name):
                    continue   # names are capitalised: "intra" of "intra-Afghan" is not one
                label = ent.label_
                if label == "PERSON" and any(w.lower() in self.gaz.organisation_words
                                             for w in name.replace("'s", "").split()):
                    label = "ORG"      # "Tigray People's Liberation Front" is no person
                gaz_id = ent.ent_id_ or self._gazetteer_id(name)
                if gaz_id is None and len(span) > 1 and span[-1].text in self._demonyms:
                    gaz_id = self._gazetteer_id(span[-1].text)   # "Radical French", "ethnic Albanian"
                end = suffix_end(self._texts[p], span.end) if label == "PERSON" else span.end
                self.mentions.append(Mention(p, span.start, end, name, label, gaz_id))
                taken.update(range(span.start, end))    # "Joseph R. Biden, Jr.": the Jr. is Biden
                acronym = self._parenthetical_acronym(doc, span.end)
                if acronym is not None and not acronym.ent_type_:
                    # "Tigray People's Liberation Front (TPLF)" defines an alias
                    self.mentions.append(Mention(p, acronym.i, acronym.i + 1, acronym.text, label, gaz_id))
                    taken.add(acronym.i)

    def _adjacent_names(self) -> None:
        """Two person names with nothing between them are one name the NER cut in two
        ("Hassan Sheikh" + "Mohamud")."""
        people = sorted((m for m in self.mentions if m.label == "PERSON"), key=lambda m: (m.para, m.start))
        absorbed: set[int] = set()        # ids of the second halves, joined to the name before
        for a, b in zip(people, people[1:]):
            if a.para == b.para and a.end == b.start and id(a) not in absorbed:
                absorbed.add(id(b))
                a.end, a.text = b.end, normal_name(self.paras[a.para][1][a.start:b.end].text)
        self.mentions = [m for m in self.mentions if id(m) not in absorbed]

    def _coordinated_names(self) -> None:
        """A name coordinated with a person's name is a person, whatever the NER missed:
        "Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis" tagged only the second."""
        for m in [m for m in self.mentions if m.label == "PERSON"]:
            doc = self.paras[m.para][1]
            root = doc[m.end - 1]
            others = [root.head] if root.dep_ == "conj" else []
            others += [c for c in root.children if c.dep_ == "conj"]
            for other in others:
                if other.pos_ != "PROPN" or not other.is_title or self._mention_covering(m.para, other.i):
                    continue
                start = other.i
                while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == other \
                        and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                        and not role_claims.is_title_word(doc[start - 1], self.gaz.titles):
                    start -= 1
                self.mentions.append(Mention(m.para, start, other.i + 1, doc[start:other.i + 1].text, "PERSON"))

    def _mention_covering(self, para: int, i: int) -> Mention | None:
        """The mention covering a token, before the index is built."""
        return next((m for m in self.mentions if m.para == para and m.start <= i < m.end), None)

    def _speaker_mentions(self) -> None:
        """A transcript's labels name their speakers (speakers.py), whatever the NER made of them
        ("MR. KIRBY" tagged "MR" a place): a label's own mentions give way to the one it makes."""
        byline = self.title
        if not byline or not speakers.BYLINE.match(byline):
            byline = next((doc.text for _, doc in self.paras[:3] if speakers.BYLINE.match(doc.text)), byline)
        labels = {p: speakers.label_tokens(self.paras[p][1], turn) for p, (lp, turn) in self.turns.items() if p == lp}
        self.mentions = [m for m in self.mentions if not (m.para in labels and m.start < labels[m.para][1])]
        person_words = {w.lower(): w for m in self.mentions if m.label == "PERSON" for w in m.text.split()}
        for p in labels:
            made = speakers.speaker_mention(self.paras[p][1], self.turns[p][1], byline, person_words)
            if made:
                self._label_mentions[p] = Mention(p, made[0], made[1], made[2], "PERSON")
                self.mentions.append(self._label_mentions[p])
                self.label_tokens.update((p, i) for i in range(made[0], made[1]))

    def _speakers_of_turns(self) -> None:
        for p, (label_para, turn) in self.turns.items():
            made = self._label_mentions.get(label_para)
            self.speakers[p] = made.key if made else None
            if made and turn.title:                   # "THE PRESIDENT" holds that title
                actor = self.actors[made.key]
                actor.roles.add(turn.title.title())
                if actor.label == speakers.unnamed(turn.title):
                    actor.kind = "speaker"        # named by the title alone: a node all the same

    def _common_words(self) -> None:
        """Leave out capitalised words the document shows to be common words (common_words.py):
        acronyms it spells out in lower case, and words it writes in lower case elsewhere that
        are capitalised at a sentence start (and nowhere inside one) or as a modifier of a
        common noun ("Tribal governments" beside "tribal leaders")."""
        docs = [doc for _, doc in self.paras]
        self.concepts = concept_acronyms(docs, [m.text for m in self.mentions if not m.gaz_id])
        single = {m.text for m in self.mentions if m.end - m.start == 1 and not m.gaz_id}
        lower, inside = lower_case_words(docs, single)
        kept = []
        for m in self.mentions:
            if not m.gaz_id and not m.office and (m.text in self.concepts or (
                    m.end - m.start == 1 and m.text.lower() in lower
                    and (modifies_common_noun(self.paras[m.para][1][m.start]) or (
                        m.text not in inside and is_sentence_start(self.paras[m.para][1], m.start))))):
                continue
            kept.append(m)
        self.mentions = kept

    def _places_tagged_as_people(self) -> None:
        """"civilians in western Tigray": a one-word "person" found after a place preposition
        or with a compass adjective is a place (the NER often tags regions as people); an
        unknown "place" or "body" with a title in apposition is a person."""
        compass = {"northern", "southern", "eastern", "western", "central", "north", "south",
                   "east", "west", "northeastern", "northwestern", "southeastern", "southwestern"}
        places = set()
        for m in self.mentions:
            if m.label != "PERSON" or m.end - m.start != 1:
                continue
            tok = self.paras[m.para][1][m.start]
            after_place_prep = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into", "across", "throughout")
            if after_place_prep or any(c.lower_ in compass for c in tok.children if c.dep_ == "amod"):
                places.add(m.text)
        for m in self.mentions:
            if m.label == "PERSON" and m.text in places:
                m.label = "GPE"
        for m in self.mentions:     # "Kenzo Oshima, the UN Emergency Relief Coordinator": no place or body
            if m.label in ("GPE", "ORG") and not m.gaz_id and not m.office and self._has_title_apposition(m):
                m.label = "PERSON"

    def _has_title_apposition(self, m: Mention) -> bool:
        tok = self.paras[m.para][1][m.end - 1]
        return any(c.dep_ == "appos" and c.lower_ in self.gaz.titles for c in tok.children)

    def _propagate_names(self) -> None:
        """One sense per discourse: a proper noun equal to a name seen elsewhere in the document
        (a person's name token, or a one-word actor such as "TPLF") is that actor even where
        the NER missed it."""
        names: dict[str, tuple[str, str | None]] = {}
        for m in self.mentions:
            if m.label == "PERSON":
                for w in m.text.split():
                    if len(w) > 2 and w[0].isupper() and w.lower() not in self.gaz.titles:
                        names.setdefault(w, ("PERSON", None))
            elif " " not in m.text and len(m.text) > 2 and not m.office:
                names.setdefault(m.text, (m.label, m.gaz_id))
        if not names:
            return
        covered = {(m.para, i) for m in self.mentions for i in range(m.start, m.end)}
        for p, (_, doc) in enumerate(self.paras):
            for i, text in enumerate(self._texts[p]):
                if text not in names or (p, i) in covered or i in self._credit_tokens[p]:
                    continue
                tok = doc[i]
                if tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_:
                    label, gaz_id = names[text]
                    self.mentions.append(Mention(p, i, i + 1, text, label, gaz_id))

    @staticmethod
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

    @staticmethod
    def _parenthetical_acronym(doc: Doc, end: int) -> Token | None:
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            tok = doc[end + 1]
            if tok.text.isupper() and 2 <= len(tok.text) <= 8 and tok.text.isalpha():
                return tok
        return None

    def _person_span(self, doc: Doc, lowers: list[str], span: Span) -> Span | None:
        """Drop leading titles ("Spokesperson Matthew Miller"), take in given names the NER
        left out ("Secretary of State Antony J. Blinken" tagged "J. Blinken")."""
        start, end = span.start, span.end
        for j in range(max(0, start - 4), start):      # "First Lady" tagged "Lady Jill Biden",
            n = is_title_at(lowers[j:end], self.gaz.titles)   # "Secretary of Defense Lloyd Austin"
            if j + n > start:                                 # tagged "Defense Lloyd Austin"
                start = j + n
                break
        while start < end - 1:
            n = is_title_at(lowers[start:end], self.gaz.titles)
            if not n and lowers[start] not in self.gaz.titles:
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
                    and lowers[start - 1] not in self.gaz.titles and lowers[start - 1] not in self._title_starts:
                start -= 1
            else:
                break
        return doc[start:end]

    def _body_before_title(self, span: Span) -> Span | None:
        """A title tagged as an organisation ("United Nations Emergency Relief Coordinator"):
        the known body it begins with, or nobody (the title stays a role)."""
        for end in range(span.end - 1, span.start, -1):
            if self._gazetteer_id(normal_name(span.doc[span.start:end].text)):
                return span.doc[span.start:end]
        return None

    def _inside_title(self, lowers: list[str], span: Span) -> bool:
        """"State" in "Secretary of State", "Special Representative" tagged ORG."""
        if span.label_ == "PERSON":
            return False
        for j in range(max(0, span.start - 4), span.start + 1):
            if " ".join(lowers[j:span.end]) in self.gaz.titles:
                return True
        return is_title_at(lowers[span.start:span.end], self.gaz.titles) == len(span)

    def _gazetteer_id(self, name: str) -> str | None:
        return self.gaz.lookup(name)

    def _offices(self, doc: Doc, lowers: list[str]) -> list[Span]:
        """Capitalised titles used as names: "the Special Inspector General for X Y".

        A title, then "for"/"of" and capitalised words, not followed by a person's name.
        """
        found = []
        i = 0
        while i < len(doc):
            t = doc[i]
            n = is_title_at(lowers[i:i + 6], self.gaz.titles) \
                if t.is_title and lowers[i] in self._title_starts else 0
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
                names_person = any(doc[x].ent_type_ == "PERSON" for x in range(i, k))
                if not followed_by_name and not names_person and k - i >= 3:
                    found.append(doc[i:k])
                    i = k
                    continue
            i = j
        return found

    # -- clustering ---------------------------------------------------------------------
    def _cluster(self) -> None:
        persons: list[list[str]] = []     # token lists of person clusters, longest first
        person_mentions = sorted((m for m in self.mentions if m.label == "PERSON" and not m.gaz_id),
                                 key=lambda m: -len(m.text.split()))
        person_key: dict[str, str] = {}
        labels: dict[int, str] = {}
        for m in person_mentions:
            words = name_words(m.text)
            match = None
            for cluster in persons:
                if all(w in cluster for w in words):
                    match = cluster
                    break
            if match is None:
                persons.append(words)
                labels[id(words)] = m.text
                match = words
            person_key[m.text] = labels[id(match)]
        surname_of = {}
        for cluster in persons:
            for w in cluster:
                surname_of.setdefault(w, labels[id(cluster)])
        others: dict[str, str] = {}        # normal name -> cluster label
        for m in sorted(self.mentions, key=lambda m: -len(m.text)):
            if m.gaz_id:
                entry = self.gaz.entries[m.gaz_id]
                m.key = entry.id
                self._add(m, entry.id, entry.name, entry.type, entry.kind)
            elif m.label == "PERSON":
                label = person_key[m.text]
                self._add(m, slugify(label), label, "PERSON")
            elif m.text in surname_of and len(m.text.split()) == 1:
                label = surname_of[m.text]
                self._add(m, slugify(label), label, "PERSON")
            else:
                label = self._match_other(m.text, others)
                others.setdefault(m.text, label)
                self._add(m, slugify(label), label, m.label)

    def _match_other(self, name: str, others: dict[str, str]) -> str:
        if name in others:
            return others[name]
        lowered = name.lower()
        for known, label in others.items():
            if known.lower() == lowered:
                return label
            if name.isupper() and 2 <= len(name) <= 8 and _initials(known) == name:
                return label
            if len(name.split()) >= 2 and known.endswith(" " + name):
                return label
        return name

    def _add(self, m: Mention, key: str, label: str, type_: str, kind: str | None = None) -> None:
        m.key = key
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = Actor(key, label, type_, kind)
        elif type_ == "PERSON" and actor.type != "PERSON":
            actor.type = "PERSON"
        if len(label) > len(actor.label) and not actor.kind:
            actor.label = label
        actor.aliases.add(m.text)
        actor.mentions += 1

    def _index(self) -> None:
        self._mention_index: dict[Key, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.token_actor[(m.para, i)] = m.key
                self._mention_index[(m.para, i)] = m

    # -- roles ---------------------------------------------------------------------------
    def _collect_roles(self) -> None:
        for m in self.mentions:
            if self.actors[m.key].type == "GPE":
                claim = role_claims.member_state(self, m, self.paras[m.para][1])
                if claim:
                    self.roles.append(claim)
                continue
            if m.label != "PERSON" and self.actors[m.key].type != "PERSON":
                continue
            doc = self.paras[m.para][1]
            for claim in role_claims.person_claims(self, m, doc):
                self.roles.append(claim)
                self.actors[m.key].roles.add(claim.role)
        claimed = {id(c.person) for c in self.roles}
        for m in self.mentions:            # "… Presidents Margrethe Vestager and Valdis Dombrovskis"
            if id(m) not in claimed and self.actors[m.key].type == "PERSON":
                for claim in role_claims.shared_claims(self.roles, m, self.paras[m.para][1]):
                    self.roles.append(claim)
                    self.actors[m.key].roles.add(claim.role)

    def _states_of_capitals(self) -> None:
        """"Moscow warned Kyiv" is Russia warning Ukraine: the state of every capital named
        exists as an actor (kept only if a relation uses it), so later stages never create one."""
        for key in list(self.actors):
            entry = self.gaz.entries.get(key)
            if entry is not None and entry.capital_of:
                self.ensure_gazetteer_actor(entry.capital_of)

    def ensure_generic_actor(self, name: str, scope: str) -> str:
        """A group named by what it is ("protesters"), an actor of its own document only: its key
        carries the document, so "protesters" of two documents are two nodes."""
        key = f"{slugify(name)}-{hashlib.sha1(scope.encode()).hexdigest()[:8]}"
        if key not in self.actors:
            self.actors[key] = Actor(key, name, "NORP", "generic", {name})
        return key

    def ensure_group_actor(self, label: str) -> str:
        """A group named with its state ("Croatian extremists"), told apart from that state."""
        key = slugify(label)
        if key not in self.actors:
            self.actors[key] = Actor(key, label, "NORP", "group", {label})
        return key

    def ensure_gazetteer_actor(self, entry_id: str) -> str:
        """Make a gazetteer actor exist even if the text never names it (capital → state)."""
        if entry_id not in self.actors:
            entry = self.gaz.entries[entry_id]
            self.actors[entry_id] = Actor(entry.id, entry.name, entry.type, entry.kind, {entry.name})
        return entry_id

    def in_credit(self, para: int, i: int) -> bool:
        """Is token i of paragraph `para` in a byline or credit sentence?"""
        return i in self._credit_tokens.get(para, ())

    def mention_at(self, para: int, i: int) -> Mention | None:
        return self._mention_index.get((para, i))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w and w.lower() not in INITIALS_STOP_WORDS).upper()
