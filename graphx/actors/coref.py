"""Coreference inside one document: pronouns, quoted speakers, titles and nominals.

Deterministic and local, in the spirit of rule-based "sieve" resolvers: a reference is
resolved to an earlier actor of a compatible type, preferring subjects and the nearest
sentence; a first-person pronoun inside a quote is the quote's speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from graphx.actors.document import DocumentActors
from graphx.actors.mentions import Key
from graphx.knowledge import gazetteer, lexicon

PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
THING_PRONOUNS = {"it", "its", "itself"}
FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
SINGULAR_FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
QUOTE = re.compile(r"\u201c[^\u201d]*\u201d?|\"[^\"]*\"?")
LOOKBACK_SENTENCES = 4
# Verbs whose subject "it" is usually no actor: "it seems", "it takes", "it remains to be seen".
NON_AGENTIVE_VERBS = {"be", "seem", "appear", "take", "remain", "happen", "matter", "rain",
                      "mean", "cost", "become", "look", "sound", "feel", "come", "go", "make"}
MAX_TITLE_LOOKBACK = 400     # mentions searched back for a title's holder or a nominal's actor


@dataclass
class Candidate:
    key: str
    para: int
    sent: int          # running sentence number in the document
    i: int
    subject: bool
    type: str
    plural: bool = False      # a "they" / "their" standing for it: no antecedent of "it"


def _is_subject(tok: Token) -> bool:
    if tok.dep_ in SUBJECT_DEPS:
        return True
    if tok.dep_ in ("appos", "compound", "amod", "poss", "nmod") and tok.head.dep_ in SUBJECT_DEPS:
        return True
    return tok.dep_ == "appos" and tok.head.dep_ in ("compound",) and tok.head.head.dep_ in SUBJECT_DEPS


def main_clause(verb: Token) -> bool:
    """The verb of a sentence's main clause, or one coordinated with it (not of a relative,
    adverbial or reported clause: "the outcomes Russia will announce")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def in_quote(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in spans)


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of quotations in a paragraph."""
    return [(m.start(), m.end()) for m in QUOTE.finditer(doc.text) if m.end() - m.start() > 2]


class Coreference:
    """The state of resolving references in one document: `resolutions` is {(paragraph, token):
    actor key} for the tokens resolved (not named); the actor stage's results stay as they were.
    The steps are `graphx.actors.COREF_STEPS`: third person here, first person in first_person.py."""

    def __init__(self, actors: DocumentActors):
        self.actors = actors
        self.gaz = gazetteer()
        self.lex = lexicon()
        self.history: list[Candidate] = []
        self.resolutions: dict[Key, str] = {}    # tokens resolved here (not named)
        self._quote_spans: dict[int, list[tuple[int, int]]] = {}

    def third_person(self) -> None:
        """Pronouns, titles ("the Secretary") and nominals ("the militant group"), in reading order."""
        sent_no = 0
        for p, (_, doc) in enumerate(self.actors.paras):
            for sent in doc.sents:
                for tok in sent:
                    self._visit(p, sent_no, tok)
                sent_no += 1

    def actor_at(self, key: Key) -> str | None:
        """The actor a token names (actor stage) or was resolved to (here)."""
        return self.actors.token_actor.get(key) or self.resolutions.get(key)

    # -- third person, titles and nominals ---------------------------------------------------
    def _visit(self, p: int, s: int, tok: Token) -> None:
        key = self.actors.token_actor.get((p, tok.i))
        if key is not None:
            if (p, tok.i) in self.actors.label_tokens:
                return              # "MS. JEAN-PIERRE:  … he asked Congress": not whom "he" is
            mention = self.actors.mention_at(p, tok.i)
            if mention is None or tok.i == mention.end - 1 or tok.i == tok.head.i:
                self._remember(key, p, s, tok)
            return
        lower = tok.lower_
        resolved = None
        if tok.pos_ == "PRON" and lower in PERSON_PRONOUNS:
            resolved = self._antecedent(p, s, tok, {"PERSON"})
        elif tok.pos_ == "PRON" and lower in GROUP_PRONOUNS:
            resolved = self._antecedent(p, s, tok, {"ORG", "NORP", "GPE"}, skip_towns=True)
        elif tok.pos_ == "PRON" and lower in THING_PRONOUNS and (
                tok.dep_ == "poss" or self._referential_it(tok)):
            resolved = self._antecedent(p, s, tok, {"ORG", "GPE"})
        elif tok.pos_ in ("NOUN", "PROPN") and self._definite(tok):
            resolved = self._title(tok) or self._nominal(tok)
        if resolved:
            self.resolutions[(p, tok.i)] = resolved
            if lower not in THING_PRONOUNS:
                self._remember(resolved, p, s, tok)

    def _remember(self, key: str, p: int, s: int, tok: Token) -> None:
        actor = self.actors.actors[key]
        self.history.append(Candidate(key, p, s, tok.i, _is_subject(tok), actor.type,
                                      tok.lower_ in GROUP_PRONOUNS))

    def _a_town(self, c: Candidate) -> bool:
        """A place the gazetteer does not know as a state, named where something happens ("in
        Philadelphia"): "they" and "their" do not stand for it."""
        actor = self.actors.actors[c.key]
        if actor.type != "GPE" or actor.kind in ("country", "region"):
            return False
        tok = self.actors.paras[c.para][1][c.i]
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "to", "from", "outside")

    @staticmethod
    def _referential_it(tok: Token) -> bool:
        """"Hamas said it fired rockets", "Syria says it is willing to withdraw" — but not "it is
        unclear", "it was a mistake"."""
        head = tok.head
        copula = head.pos_ == "AUX" and any(c.dep_ == "acomp" and any(x.dep_ == "xcomp" for x in c.children)
                                            for c in head.children)       # "it is willing to withdraw"
        if tok.dep_ not in ("nsubj", "nsubjpass") or (head.pos_ != "VERB" and not copula):
            return False
        if head.lemma_.lower() in NON_AGENTIVE_VERBS and not copula:
            return False
        # the subject of a main, reported ("Hamas said it fired"), coordinated or controlled
        # clause; not of a relative or participial one
        return head.dep_ in ("ROOT", "ccomp", "conj", "xcomp", "advcl")

    @staticmethod
    def _definite(tok: Token) -> bool:
        """"the Secretary"; "the Vice President and Prime Minister": a conjunct shares the article."""
        while True:
            if any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "those", "these")
                   for c in tok.children):
                return True
            if tok.dep_ != "conj" or tok.pos_ != "PROPN":
                return False
            tok = tok.head

    @staticmethod
    def _coarguments(tok: Token) -> set[int]:
        """Tokens that cannot be the antecedent of a non-reflexive pronoun: its co-arguments."""
        if tok.dep_ in ("dobj", "dative", "nsubj", "pobj") and tok.head.pos_ in ("VERB", "AUX", "ADP"):
            head = tok.head.head if tok.dep_ == "pobj" else tok.head
            out = set()
            deps = ("nsubj", "nsubjpass", "dobj", "dative")
            while True:
                for c in head.children:
                    if c.dep_ in deps:
                        out.update(t.i for t in c.subtree)
                deps = ("nsubj", "nsubjpass")
                # "He met X and praised him": the coordinated verb shares its subject
                if head.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in head.children):
                    head = head.head
                    continue
                return out
        return set()

    def _recent(self, s: int):
        """History of the last LOOKBACK_SENTENCES sentences, newest last (bounded scan)."""
        out = []
        for c in reversed(self.history):
            if c.sent < s - LOOKBACK_SENTENCES:
                break
            out.append(c)
        out.reverse()
        return out

    def _antecedent(self, p: int, s: int, tok: Token, types: set[str], skip_towns: bool = False) -> str | None:
        excluded = self._coarguments(tok) if not tok.lower_.endswith("self") else set()
        recent = self._recent(s)
        if tok.lower_ in THING_PRONOUNS:       # "They … support Ukraine as it defends itself"
            recent = [c for c in recent if not c.plural]
        if skip_towns:          # "spoke in Philadelphia … Their support": a town named as a place
            recent = [c for c in recent if not self._a_town(c)]
        same = [c for c in recent if c.para == p and c.sent == s and c.i < tok.i
                and c.type in types and c.i not in excluded]
        if same:
            subjects = [c for c in same if c.subject]
            return (subjects or same)[-1].key
        earlier = [c for c in recent if c.sent < s and c.type in types]
        if not earlier:
            return None
        latest = max(c.sent for c in earlier)
        last_sentence = [c for c in earlier if c.sent == latest]
        subjects = [c for c in last_sentence if c.subject]
        return (subjects or last_sentence)[-1].key

    def _title(self, tok: Token) -> str | None:
        """"the Secretary", "the top US diplomat" → the person holding that role."""
        mods = [c.lower_ for c in tok.lefts if c.dep_ == "amod"]
        phrases = [" ".join(mods + [tok.lower_]), tok.lower_, tok.lemma_.lower()]
        wanted = None
        for phrase in phrases:
            if phrase in self.gaz.role_synonyms:
                wanted = self.gaz.role_synonyms[phrase]
                break
        if wanted is None:
            return None
        vice = any(c.lower_ == "vice" for c in tok.lefts)      # "the Vice President" is not "the President"
        for cand in reversed(self.history[-MAX_TITLE_LOOKBACK:]):
            actor = self.actors.actors[cand.key]
            if actor.type == "PERSON" and any(w in r.lower() and ("vice" in r.lower()) == vice
                                              for r in actor.roles for w in wanted):
                return cand.key
        return None

    def _nominal(self, tok: Token) -> str | None:
        """"the militant group" → the latest armed group; "the country" → the latest country."""
        mods = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")]
        kind = self.gaz.nominals.get(" ".join(mods + [tok.lower_])) or \
            self.gaz.nominals.get(tok.lower_)
        if kind is None or any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in tok.children):
            return None             # "the movement of Palestinian workers" names no movement
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            return None             # "the Amal militia" names its own group
        recent = list(reversed(self.history[-MAX_TITLE_LOOKBACK:]))
        for cand in recent:
            if self.actors.actors[cand.key].kind == kind:
                return cand.key
        if kind == "armed_group":        # "the group" after an organisation the gazetteer does not know
            for cand in recent:
                actor = self.actors.actors[cand.key]
                if actor.type == "ORG" and actor.kind is None:
                    return cand.key
        return None

    def quotes(self, p: int, doc: Doc) -> list[tuple[int, int]]:
        if p not in self._quote_spans:
            self._quote_spans[p] = quote_spans(doc)
        return self._quote_spans[p]
