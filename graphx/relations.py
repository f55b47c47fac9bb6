"""Typed, directed relations from the dependency parse.

Pattern families:
- verbal: a trigger verb, its subject (or passive agent) and its object / prepositional target;
  subjects are inherited through xcomp, conj, participles and relative clauses;
- nominal: an event noun ("US talks with the Taliban", "a Taliban attack on Bagram"), its
  source a modifier or the subject of the verb it hangs from ("sought an agreement with");
- coordination: a symmetric relation with conjoined subjects and no target links them;
- event reference: "Those talks were led by X" → X negotiates with the talks' counterpart;
- roles: "US Secretary of State Mike Pompeo" → member_of.
Modality (negated / hypothetical / reported) comes from negation, modal auxiliaries and
the verbs a trigger hangs from.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from graphx.actors import DocumentActors
from graphx.coref import Coreference
from graphx.knowledge import gazetteer, lexicon, ontology
from graphx.model import Evidence, Relation

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
MODIFIER_DEPS = ("compound", "amod", "poss", "nmod")
PLACE_RELATIONS = {"visits", "attacks", "withdraws"}   # a capital named here is the city
PLACE_TYPES = {"FAC", "LOC"}
# Relations whose target may be a mere place (a region, a building, a base).
SPATIAL_RELATIONS = {"visits", "attacks", "withdraws", "sanctions", "threatens", "criticizes"}
# Events whose parties "the two sides" / "both parties" refer back to: fights and negotiations.
TWO_SIDED_RELATIONS = {"attacks", "threatens", "negotiates", "agrees", "consults", "cooperates",
                       "criticizes", "sanctions", "suspends", "rejects"}
CANCELLING_RELATIONS = {"suspends", "rejects"}        # "called off the summit": it did not happen
# Relations whose trigger takes a clause saying what is intended: "threatened to ban X".
CLAUSE_TAKING = {"threatens", "requests", "proposes", "agrees", "rejects", "supports"}
CLAUSE_PREPS = {"to", "with", "against", "on", "from", "for", "into"}
PLACE_TARGET_RELATIONS = {"concedes", "sanctions", "attacks", "threatens", "suspends", "aids",
                          "criticizes"}
# "took credit for the attack": the subject did the event; "blamed X for it": X did.
CLAIM_NOUNS = {"credit", "responsibility"}
BLAME_VERBS = {"blame", "accuse", "condemn", "criticize", "criticise", "hold", "punish", "sanction"}
OWN_EVENT_PREPS = {"in", "during", "on", "at", "for"}


def word_forms(tok: Token) -> tuple[str, ...]:
    """Lemma first, then the surface form and plain de-inflections: the lemmatizer errs
    ("hopes" → "hop"), and a lexicon lookup should survive that."""
    return _forms(tok.lemma_.lower(), tok.lower_)


@lru_cache(maxsize=65536)
def _forms(lemma: str, lower: str) -> tuple[str, ...]:
    forms = [lemma, lower]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("es", "e"), ("s", ""),
                         ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            forms.append(lower[: len(lower) - len(suffix)] + repl)
    return tuple(dict.fromkeys(forms))


class RelationExtractor:
    """Finds the relations of one document whose actors and coreference are resolved."""

    def __init__(self, doc_id: str, actors: DocumentActors, coref: Coreference,
                 date: str | None = None):
        self.doc_id = doc_id
        self.actors = actors
        self.coref = coref
        self.date = date
        self.lex = lexicon()
        self.onto = ontology()
        self.gaz = gazetteer()
        self.words = self.lex.words
        self.relations: list[Relation] = []
        self._verb_heads = self.lex.verb_heads
        self.last_event: dict[str, tuple[list[str], list[str]]] = {}
        self.event_parties: list[tuple[list[str], list[str]]] = []
        self.p = 0
        self.offset = 0

    def run(self) -> list[Relation]:
        for p, (offset, doc) in enumerate(self.actors.paras):
            self.p, self.offset = p, offset
            for sent in doc.sents:
                if self.actors.in_credit(p, sent.start):
                    continue
                for tok in sent:
                    if tok.pos_ in ("VERB", "AUX") and not self._in_mention(tok):
                        self._verbal(sent, tok)
                    if tok.pos_ == "ADJ" or tok.tag_ == "VBN":
                        self._predicate_adjective(sent, tok)
                    elif tok.pos_ in ("NOUN", "PROPN") and not self._in_mention(tok):
                        self._nominal(sent, tok)
        self._roles()
        return self.relations

    # -- helpers ---------------------------------------------------------------------------
    def _in_mention(self, tok: Token) -> bool:
        return (self.p, tok.i) in self.actors.token_actor and (self.p, tok.i) not in self.coref.resolved

    def _key(self, tok: Token) -> str | None:
        key = self.actors.token_actor.get((self.p, tok.i))
        if key is None and tok.tag_ in ("WP", "WP$", "WDT"):     # "Eritrea, whose troops …"
            for anc in tok.ancestors:
                if anc.dep_ == "relcl":
                    head = anc.head
                    return self.actors.token_actor.get((self.p, head.i)) or self._appos_actor(head)
        return key

    @staticmethod
    def _conjuncts(tok: Token) -> list[Token]:
        out, stack = [tok], [tok]
        while stack:
            for c in stack.pop().children:
                if c.dep_ == "conj":
                    out.append(c)
                    stack.append(c)
        return out

    def actors_of(self, tok: Token, via_modifiers: bool = True, depth: int = 0) -> list[str]:
        """The actors a noun phrase stands for ("US officials" → US), conjuncts included."""
        found: list[str] = []
        for t in self._conjuncts(tok):
            key = self._key(t)
            if key is None:
                key = self._appos_actor(t)
            if key is None and (t.lower_ in self.gaz.titles or t.lemma_.lower() in self.gaz.titles):
                key = self._person_after_title(t)
            if key is not None:
                if key not in found:
                    found.append(key)
                continue
            if t.lower_ in self.gaz.party_nominals and any(
                    c.lower_ in ("two", "both") for c in t.children if c.dep_ in ("nummod", "det", "predet")):
                for k in self._two_parties():               # "the two sides agreed"
                    if k not in found:
                        found.append(k)
            elif t.lower_ in self.words["quantity_nouns"] or t.lemma_.lower() in self.words["quantity_nouns"]:
                for k in self._of_actors(t, depth):     # "scores of Liberian refugees"
                    if k not in found:
                        found.append(k)
            elif via_modifiers and (t.lemma_.lower() in self.words["agent_nouns"]
                                    or t.lower_ in self.words["agent_nouns"]):
                for k in (self._modifier_actors(t) or self._of_actors(t, depth)
                          or self._by_agents(t, via_modifiers=False)
                          or self._in_actors(t)):
                    if k not in found:
                        found.append(k)
        return found

    def _two_parties(self) -> list[str]:
        """The parties of the latest event between two sides."""
        for sources, targets in reversed(self.event_parties):
            parties = list(dict.fromkeys(sources + targets))
            if len(parties) == 2:
                return parties
        return []

    def _appos_actor(self, t: Token) -> str | None:
        for c in t.children:
            if c.dep_ == "appos":
                key = self._key(c)
                if key:
                    return key
        return None

    def _person_after_title(self, t: Token) -> str | None:
        """A title misparsed as the head: "by Special Representative for X Y Zalmay Khalilzad"."""
        doc = t.doc
        for j in range(t.i + 1, min(len(doc), t.i + 9)):
            key = self._key(doc[j])
            if key and self.actors.actors[key].type == "PERSON":
                return key
            if not (doc[j].is_title or doc[j].lower_ in ("for", "of", "the", "and")):
                return None
        return None

    def _modifier_actors(self, t: Token, exclude: set[str] = frozenset()) -> list[str]:
        """Actors modifying a noun ("US officials", "its fight"); places are not agents."""
        found = []
        for c in t.children:
            if c.dep_ in MODIFIER_DEPS:
                for cc in self._conjuncts(c):
                    key = self._key(cc)
                    if key and key not in found and key not in exclude and \
                            self.actors.actors[key].type not in PLACE_TYPES:
                        found.append(key)
        return found

    def _of_actors(self, t: Token, depth: int = 0) -> list[str]:
        """"officials of the ministry", "positions of the Palestinian forces" (bounded chain)."""
        if depth > 2:
            return []
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        return self.actors_of(obj, depth=depth + 1)
        return []

    def _by_agents(self, t: Token, via_modifiers: bool = True) -> list[str]:
        """Agents of a participle hanging on a noun: "attacks carried out by the Taliban",
        "positions held by the RSF". A mediator ("the deal, mediated by Qatar") is no agent."""
        found: list[str] = []
        for c in t.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and not self._mediating(c):
                for _, obj in self._prep_objects(c, ("by",)):
                    found += self.actors_of(obj, via_modifiers=via_modifiers)
        return found

    def _in_actors(self, t: Token) -> list[str]:
        """"Security forces in Guinea": the place names the force when nothing else does."""
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "throughout", "across"):
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        key = self._key(obj)
                        if key and self.actors.actors[key].type in ("GPE", "NORP"):
                            return [key]
        return []

    def _prep_objects(self, head: Token, words: set[str] | tuple[str, ...]) -> list[tuple[str, Token]]:
        out = []
        for c in head.children:
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in words:
                for obj in c.children:
                    if obj.dep_ in ("pobj", "pcomp"):
                        out.append((c.lower_, obj))
        return out

    # -- arguments of verbs --------------------------------------------------------------
    def subjects(self, verb: Token, depth: int = 0) -> list[str]:
        if depth > 4:
            return []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or \
            (verb.dep_ == "acl" and verb.tag_ == "VBN")
        if passive:
            agents = []
            for _, obj in self._prep_objects(verb, ("by",)):
                agents += self.actors_of(obj)
            if agents:
                return agents
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                return []
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj"):
                return self.actors_of(c) or self._event_agents(c)
        head = verb.head
        if verb.dep_ == "xcomp":
            for c in head.children:
                if c.dep_ == "dobj":
                    objs = self.actors_of(c)
                    if objs:
                        return objs
            return self.subjects(head, depth + 1)
        if verb.dep_ in ("conj", "advcl", "acomp"):   # "began a hunger strike to protest against X"
            return self.subjects(head, depth + 1)
        if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return self.actors_of(head)
        return []

    def targets(self, verb: Token, relation: str, prep: str | None) -> tuple[list[str], Token | None]:
        """Targets by priority: objects and the relation's prepositions, then what an event
        object points at ("called off a summit with X"), then a place ("a curfew in X")."""
        spec = (prep,) if prep else self.onto[relation].targets
        found: list[str] = []
        via = None
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        objects = []
        for c in verb.children:
            if c.dep_ == "dobj" and "dobj" in spec and c.tag_ == "WDT":
                event = self._relative_event(c)    # "Russia's strikes on Kyiv, which X condemned"
                if event is not None:
                    objects.append(event)
                    via = via or event
                    continue
            if c.dep_ == "dobj" and "dobj" in spec:
                keys = self.actors_of(c)
                if keys:
                    found += keys
                else:
                    objects.append(c)
                via = via or c
            elif c.dep_ == "dative" and "dative" in spec:
                found += self.actors_of(c)
            elif c.dep_ == "nsubjpass" and passive and "pass" in spec:
                found += self.actors_of(c)
            elif c.dep_ in ("prep", "dative") and c.lower_ in spec:
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        keys = self.actors_of(obj)
                        found += keys
                        if not keys:
                            objects.append(obj)
        if not found:
            for obj in objects:
                found += self._event_complement(obj, relation)
        if not found and relation in PLACE_TARGET_RELATIONS:
            found = self._place_target(verb, objects)
        return list(dict.fromkeys(found)), via

    def _relative_event(self, pronoun: Token) -> Token | None:
        """"which" whose clause hangs on the object of an event noun refers to the event
        ("Russia's latest missile strikes on Kyiv, which Biden condemned")."""
        for anc in pronoun.ancestors:
            if anc.dep_ == "relcl":
                head = anc.head
                if head.dep_ == "pobj" and head.head.dep_ == "prep" and \
                        self._nominal_relation(head.head.head) is not None:
                    return head.head.head
                return None
        return None

    def _place_target(self, verb: Token, objects: list[Token]) -> list[str]:
        """"lifted a night curfew in Montenegro", "rioted at a jail in northern Israel"."""
        heads = [verb] + objects
        for _ in range(2):
            nested = []
            for head in heads:
                for _, obj in self._prep_objects(head, ("in", "on", "into", "at")):
                    key = self._key(obj)
                    if key and self.actors.actors[key].type in ("GPE", "LOC", "FAC", "NORP"):
                        return [key]
                    nested.append(obj)
            heads = nested
        return []

    def _event_agents(self, noun: Token) -> list[str]:
        """Who did an event named by a noun: "Russian attacks", "attacks carried out by X"."""
        if self._nominal_relation(noun) is None:
            return []
        return self._modifier_actors(noun) or self._by_agents(noun)

    def _event_complement(self, noun: Token, relation: str) -> list[str]:
        """The actor behind an event object: "condemned the Russian attack" → Russia,
        "called off a summit with the group" → the group."""
        out = []
        if relation not in ("attacks", "visits", "informs", "aids", "suspends"):
            out = self._modifier_actors(noun)
        if not out:
            preps = {"with", "against", "between"}
            noun_relation = self._nominal_relation(noun)
            if noun_relation and relation not in ("criticizes", "rejects", "supports"):
                preps |= set(self.lex.noun_targets.get(noun_relation, ()))   # "cancelled a visit to Haiti"
            if relation in ("aids", "proposes", "concedes"):
                preps |= {"to", "for"}                                       # "provided intelligence to X"
            for _, obj in self._prep_objects(noun, preps):
                out += self.actors_of(obj)
        if not out and relation in ("requests", "rejects", "supports", "proposes", "agrees"):
            for _, obj in self._prep_objects(noun, ("of", "by", "from")):   # "the withdrawal of Serbian forces"
                out += self.actors_of(obj)
        return out

    # -- verbal ----------------------------------------------------------------------------
    def _match_verb(self, verb: Token) -> tuple[str, str | None] | None:
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        forms = word_forms(verb)
        if not any(f in self._verb_heads for f in forms):
            return None
        for lemma in forms:
            for c in verb.children:
                if c.dep_ in ("prt", "prep", "dobj", "agent"):
                    entry = f"{lemma} {c.lower_ if c.dep_ != 'dobj' else c.lemma_.lower()}"
                    if entry in self.lex.verbs:   # a preposition names where the target is
                        return self.lex.verbs[entry], c.lower_ if c.dep_ in ("prep", "agent") else None
        for lemma in forms:
            if lemma in self.lex.verbs:
                return self.lex.verbs[lemma], None
            restricted = self.lex.restricted_verbs.get(lemma)
            if restricted:       # "discussed the attacks": the topic is no partner
                return restricted[0], restricted[1]
        return None

    def _predicate_adjective(self, sent: Span, adj: Token) -> None:
        """"Israel is opposed to French mediation" → Israel rejects France."""
        entry = self.lex.predicate_adjectives.get(adj.lower_)
        if entry is not None:
            prep, relation = entry
            targets: list[str] = []
            for _, obj in self._prep_objects(adj, (prep,)):
                targets += self.actors_of(obj) or self._event_complement(obj, relation)
            # "is opposed to" parses as a passive participle: its passive subject is the source
            sources = [k for c in adj.children if c.dep_ == "nsubjpass" for k in self.actors_of(c)] \
                or self.subjects(adj)
            if sources and targets:
                self._emit(sent, adj, relation, sources, targets, "predicate.adjective", confidence=0.7)

    def _obligation(self, sent: Span, verb: Token) -> None:
        """"Straw said the Sudanese government must reach an agreement": a demand on it."""
        if not self._in_list(verb, "say_verbs"):
            return
        for c in verb.children:
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "must" for a in c.children):
                targets = self._clause_subjects(c)
                sources = self.subjects(verb)
                if sources and targets:
                    self._emit(sent, verb, "requests", sources, targets, "verbal.obligation", confidence=0.6)

    def _in_list(self, tok: Token, name: str) -> bool:
        """Is any form of `tok` (lemma, surface, de-inflections) in the lexicon's word list `name`?"""
        return any(f in self.words[name] for f in word_forms(tok))

    def _mediating(self, verb: Token) -> bool:
        return self._in_list(verb, "mediation_verbs")

    def _mediation(self, sent: Span, verb: Token) -> None:
        """"The deal, mediated by Qatar and Egypt": the mediators negotiate with the deal's
        parties (the latest two-sided event), never with each other."""
        mediators = self.subjects(verb)
        parties = [k for k in self._two_parties() if k not in mediators]
        if mediators and parties:
            self._emit(sent, verb, "negotiates", mediators, parties, "discourse.mediation", confidence=0.6,
                       remember=False)

    def _verbal(self, sent: Span, verb: Token) -> None:
        self._obligation(sent, verb)
        match = self._match_verb(verb)
        if match is None or self._under_trigger(verb):
            return
        relation, prep = match
        if self._mediating(verb) and not any(c.dep_ == "prep" and c.lower_ in ("between", "with")
                                             for c in verb.children):
            self._mediation(sent, verb)
            return
        sources = self.subjects(verb)
        if not sources:
            return
        targets, via = self.targets(verb, relation, prep)
        if via is not None and targets:
            noun_relation = self._nominal_relation(via)
            if noun_relation and noun_relation != relation:   # "hosted talks with Hamas"
                self.last_event[noun_relation] = (sources, targets)
        pattern = "verbal.object"
        if not targets:
            targets, pattern = self._clause_targets(verb, relation), "verbal.clause"
        if not targets:
            targets, pattern = self._prep_event_targets(verb), "verbal.event_prep"
        if not targets and relation == "threatens":
            targets, pattern = self._condition_subjects(verb), "verbal.condition"
        if not targets:
            pattern = "verbal.coordination"     # "The US and the Taliban signed an agreement"
        self._emit(sent, verb, relation, sources, targets, pattern, confidence=0.9)

    def _under_trigger(self, verb: Token) -> bool:
        """"threatened to attack X" is a threat, not an attack: the outer trigger speaks for both."""
        if verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)):
            outer = self._match_verb(verb.head)
            return outer is not None and outer[0] in CLAUSE_TAKING
        return False

    def _clause_targets(self, verb: Token, relation: str) -> list[str]:
        """"threatened to ban X" → X; "agreed to provide aid for X" → X;
        "demanded that the US cancel …" → the US."""
        if relation not in CLAUSE_TAKING:
            return []
        for c in verb.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                inner = self._match_verb(c)
                found = self.targets(c, inner[0], inner[1])[0] if inner else []
                found = found or self._search_objects(c)
                if found:
                    return found
            if c.dep_ == "prep" and c.lower_ == "to":       # "agreed to a six-month extension of …"
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        found = self.actors_of(obj) or self._search_objects(obj)
                        if found:
                            return found
            if c.dep_ == "ccomp" and relation in ("requests", "threatens", "rejects"):
                found = self._clause_subjects(c)
                if found:
                    return found
        return []

    def _clause_subjects(self, clause: Token) -> list[str]:
        """The actors a clause is about: those of its (passive) subject."""
        return [k for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                for k in self.actors_of(c)]

    def _search_objects(self, head: Token, max_depth: int = 4) -> list[str]:
        """Breadth-first through objects and prepositions of a clause, for the first actors
        reached ("to provide 70 million dollars of aid for Romania and Poland" → both)."""
        level, places = [head], []
        for _ in range(max_depth):
            nxt = []
            for tok in level:
                for c in tok.children:
                    if c.dep_ in ("dobj", "dative", "pobj", "attr", "oprd"):
                        keys = self.actors_of(c)
                        if keys:
                            place = tok.dep_ == "prep" and tok.lower_ in ("in", "into", "at")
                            if not place:
                                return keys
                            places += keys
                        nxt.append(c)
                    elif c.dep_ == "prep" and c.lower_ not in ("by", "since", "until", "during", "after",
                                                               "before", "unless", "despite"):
                        nxt.append(c)
                    elif c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "NOUN"):
                        nxt.append(c)
            level = nxt
        return list(dict.fromkeys(places))

    def _condition_subjects(self, verb: Token) -> list[str]:
        """"threatened to launch an offensive unless Baghdad accepted": the threat's target is
        whoever the condition is about."""
        heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
        for head in heads:
            for c in head.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                             for m in c.children):
                    found = self._clause_subjects(c)
                    if found:
                        return found
        return []

    def _prep_event_targets(self, verb: Token) -> list[str]:
        """"mobilized reservists for a war against Iraq" → Iraq (the event noun's target)."""
        for c in verb.children:
            if c.dep_ == "prep":
                for obj in c.children:
                    if obj.dep_ == "pobj" and self._nominal_relation(obj):
                        found = self._event_complement(obj, "attacks")
                        if found:
                            return found
        return []

    # -- nominal ---------------------------------------------------------------------------
    def _nominal_relation(self, noun: Token) -> str | None:
        """"hunger strike" before "strike": a compound names the event more precisely."""
        forms = []
        for c in noun.lefts:
            if c.dep_ in ("compound", "amod") and c.i == noun.i - 1:
                forms += [f"{c.lower_} {noun.lower_}", f"{c.lower_} {noun.lemma_.lower()}"]
        forms += [noun.lower_, noun.lemma_.lower()]
        for form in forms:
            if form in self.lex.nouns:
                return self.lex.nouns[form]
        return None

    def _nominal(self, sent: Span, noun: Token) -> None:
        relation = self._nominal_relation(noun)
        if relation is None or noun.dep_ == "compound":
            return
        governing = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ in ("dobj", "pobj") and governing.pos_ == "VERB" and self._under_trigger(governing):
            return   # "promised to continue military aid to X": the promise speaks for it
        target_words = set(self.lex.noun_targets.get(relation, ()))
        targets: list[str] = []
        between = False
        for word, obj in self._prep_objects(noun, target_words):
            keys = self.actors_of(obj)
            if not keys and word != "between":      # "riots against Israeli policies", "links with X"
                keys = self._modifier_actors(obj) or self._event_complement(obj, relation)
            between = between or word == "between"
            targets += keys
        if not targets and relation in ("requests", "proposes", "threatens"):
            for c in noun.children:                 # "its demand that Israel ease restrictions"
                if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in c.children):
                    targets += self._clause_subjects(c)
        # an attack "that killed a US servicemember": the victim of the clause is the target
        for c in noun.children:
            if relation == "attacks" and c.dep_ in ("relcl", "acl") and \
                    self.lex.verbs.get(c.lemma_.lower()) == "attacks":
                for cc in c.children:
                    if cc.dep_ == "dobj":
                        targets += self.actors_of(cc)
        targets = list(dict.fromkeys(targets))
        sources = self._modifier_actors(noun, exclude=set(targets))
        pattern = "nominal.modifier"
        confidence = 0.8
        head = noun.head
        governed_by_trigger = (noun.dep_ == "dobj" and self._match_verb(head) is not None) or (
            noun.dep_ == "pobj" and head.dep_ == "prep" and self._match_verb(head.head) is not None
            and head.lower_ not in OWN_EVENT_PREPS)
        mediating = noun.lower_ in self.words["mediation_nouns"] or any(
            c.dep_ == "compound" and c.lower_ in self.words["mediation_nouns"] for c in noun.children)
        if between and not sources and not mediating:
            sources, targets, pattern = targets, [], "nominal.between"
        if not sources:
            sources, pattern = self._by_agents(noun), "nominal.by_agent"   # "attacks carried out by X"
        if not sources and noun.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
            verb = head.head
            if any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in verb.children):
                sources, pattern = self.subjects(verb), "nominal.claim"   # "took credit for an attack"
            elif verb.lemma_.lower() in BLAME_VERBS:
                pattern = "nominal.blame"
                for c in verb.children:                # "blamed Israel for the bombing"
                    if c.dep_ == "dobj":
                        sources = self.actors_of(c)
            confidence = 0.7
        elif not sources and not governed_by_trigger:
            if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
                sources = self.subjects(head)     # "sought an agreement with", "imposed sanctions on"
                pattern = "nominal.light_verb"
                if not targets:
                    for word, obj in self._prep_objects(head, target_words):
                        targets += self.actors_of(obj)
                        between = between or word == "between"
                if not targets and relation in ("aids", "proposes", "informs"):
                    for c in head.children:               # "will give Tanzania a grant"
                        if c.dep_ == "dative":
                            targets += self.actors_of(c)
                if between and not mediating and sources and targets:
                    sources, targets = targets, []      # "reached a deal between A and B"
                confidence = 0.7
            elif noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB" and \
                    self._in_list(head.head, "participation_verbs"):
                sources = self.subjects(head.head)     # "engaged in ethnic cleansing against X"
                pattern = "nominal.participation"
                if not targets:
                    for _, obj in self._prep_objects(head.head, target_words):
                        targets += self.actors_of(obj)
                confidence = 0.7
            elif noun.dep_ == "pobj" and head.lower_ in OWN_EVENT_PREPS and \
                    relation in ("visits", "consults", "negotiates") and \
                    head.head.pos_ in ("VERB", "AUX") and head.head.dep_ not in ("acl", "relcl"):
                sources = self.subjects(head.head)     # "In a visit to Afghanistan, Trump said"
                pattern = "nominal.own_event"
                confidence = 0.6
            elif noun.dep_ in ("nsubjpass", "dobj") and self._is_anaphoric(noun) and \
                    head.lemma_.lower() in self.words["event_lead_verbs"]:
                self._event_reference(sent, noun, relation)
                return
        if governed_by_trigger and not between and not self._modifier_actors(noun):
            return
        if not sources:
            return
        self._emit(sent, noun, relation, sources, targets, pattern, confidence=confidence,
                   modality_from=head if noun.dep_ in ("dobj", "nsubjpass", "nsubj") else noun)

    @staticmethod
    def _is_anaphoric(noun: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("those", "these", "the", "that", "this")
                   for c in noun.children)

    def _event_reference(self, sent: Span, noun: Token, relation: str) -> None:
        """"Those talks have been led by X": X joins the talks against their counterpart."""
        previous = self.last_event.get(relation)
        if not previous:
            return
        leaders = self.subjects(noun.head)
        if not leaders:
            return
        prev_sources, prev_targets = previous
        if self._mediating(noun.head):
            relation = "negotiates"        # "the deal was brokered by X": X mediated between the parties
            side_all = list(dict.fromkeys(prev_sources + prev_targets))
            for leader in leaders:
                self._emit(sent, noun, relation, [leader], [k for k in side_all if k != leader],
                           "discourse.brokered", confidence=0.6, modality_from=noun.head, remember=False)
            return
        for leader in leaders:
            side = prev_targets if leader not in prev_targets else prev_sources
            self._emit(sent, noun, relation, [leader], [k for k in side if k != leader],
                       "discourse.event_reference", confidence=0.6, modality_from=noun.head, remember=False)

    # -- output ----------------------------------------------------------------------------
    def _emit(self, sent: Span, trigger: Token, relation: str, sources: list[str],
              targets: list[str], pattern: str, confidence: float, modality_from: Token | None = None,
              remember: bool = True) -> None:
        """Record `relation` from each source to each target (or between coordinated sources),
        with the sentence as evidence and `pattern`, the rule that found it."""
        rel_type = self.onto[relation]
        sources = [self._metonymy(k, as_source=True, relation=relation) for k in sources]
        targets = [self._metonymy(k, as_source=False, relation=relation) for k in targets]
        if relation not in SPATIAL_RELATIONS:     # "vowed to retain the Golan Heights": no counterpart
            targets = [k for k in targets if self.actors.actors.get(k) is None
                       or self.actors.actors[k].type not in PLACE_TYPES]
        if relation in ("informs", "consults"):   # "told Al Jazeera": an interview, not a relation
            targets = [k for k in targets if self.actors.actors.get(k) is None
                       or self.actors.actors[k].kind != "media"]
        pairs: list[tuple[str, str]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets if s != t]
        elif rel_type.symmetric and len(sources) > 1:
            pairs = [(a, b) for n, a in enumerate(sources) for b in sources[n + 1:] if a != b]
        elif len(sources) > 1 and self._reciprocal(trigger):
            pairs = [(a, b) for a in sources for b in sources if a != b]
        if not pairs:
            return
        if remember:
            self.last_event[relation] = (sources, targets or sources)
        if relation in TWO_SIDED_RELATIONS:
            self.event_parties.append((sources, targets))
        modality = self.modality(modality_from or trigger, trigger)
        coref_used = any((self.p, t.i) in self.coref.resolved for t in trigger.subtree) or \
            any((self.p, c.i) in self.coref.resolved for c in trigger.head.children)
        conf = round(confidence * (0.85 if coref_used else 1.0), 2)
        evidence = Evidence(self.doc_id, sent.text, self.offset + sent.start_char,
                            self.offset + sent.end_char, self.offset + trigger.idx,
                            self.offset + trigger.idx + len(trigger.text), pattern)
        trigger_text = self._trigger_text(trigger)
        date = self._date(trigger) or self.date
        seen = set()
        for s, t in pairs:
            if (s, t) in seen or (rel_type.symmetric and (t, s) in seen):
                continue
            seen.add((s, t))
            self.relations.append(Relation(s, t, relation, trigger_text, evidence, modality,
                                           conf, date))

    def _reciprocal(self, trigger: Token) -> bool:
        forms = set(word_forms(trigger))
        forms |= {f"{f} {c.lemma_.lower()}" for f in list(forms) for c in trigger.children if c.dep_ == "dobj"}
        return bool(forms & self.words["reciprocal_triggers"])

    def _metonymy(self, key: str, as_source: bool, relation: str) -> str:
        """"Moscow warned Kyiv": a capital acting or acted upon verbally is its state."""
        entry = self.gaz.entries.get(key)
        if entry and entry.capital_of and (as_source or relation not in PLACE_RELATIONS):
            self.actors.ensure_gazetteer_actor(entry.capital_of)
            return entry.capital_of
        return key

    @staticmethod
    def _trigger_text(tok: Token) -> str:
        parts = [tok.text] + [c.text for c in tok.children if c.dep_ == "prt"]
        return " ".join(parts)

    def _date(self, tok: Token) -> str | None:
        for c in list(tok.children) + ([tok.head] if tok.dep_ == "pobj" else []):
            if c.ent_type_ == "DATE":
                return _entity_text(c)
            if c.dep_ == "prep":
                for obj in c.children:
                    if obj.ent_type_ == "DATE":
                        return _entity_text(obj)
        return None

    def modality(self, tok: Token, trigger: Token) -> str:
        w = self.words
        chain = [tok]
        cur = tok
        while cur.dep_ in ("xcomp", "ccomp", "conj", "acl", "relcl", "pcomp", "dobj", "pobj",
                           "prep", "advcl", "nsubjpass", "nsubj") and cur.head is not cur \
                and len(chain) < 8:
            cur = cur.head
            chain.append(cur)
        first = chain[:4]
        for t in [trigger, tok]:
            if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in t.children):
                return "negated"
            if t.dep_ == "pcomp" and t.head.lower_ == "without":      # "without returning to X"
                return "negated"
            if any(c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children)
                   for c in t.children) and self._match_verb(t):  # "vowed not to return it to X"
                return "negated"
        if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN":
            match = self._match_verb(trigger.head)
            if match and match[0] in CANCELLING_RELATIONS:
                return "negated"
        for t in first[1:]:
            if t.pos_ == "VERB" and self._in_list(t, "negating_verbs"):
                return "negated"
        for t in first:
            if any(c.dep_ == "aux" and c.lower_ in w["hypothetical_aux"] for c in t.children):
                return "hypothetical"
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
                return "hypothetical"
        for t in first[1:]:
            if (t.pos_ in ("VERB", "ADJ", "AUX") and self._in_list(t, "hypothetical_verbs")) or \
                    (t.pos_ == "NOUN" and self._in_list(t, "hypothetical_nouns")):
                return "hypothetical"
        for t in chain[1:]:
            if t.pos_ == "VERB" and self._in_list(t, "say_verbs"):
                return "reported"
        return "asserted"

    # -- roles -----------------------------------------------------------------------------
    def _roles(self) -> None:
        for claim in self.actors.roles:
            offset, doc = self.actors.paras[claim.para]
            tok = doc[claim.token]
            sent = tok.sent
            evidence = Evidence(self.doc_id, sent.text, offset + sent.start_char,
                                offset + sent.end_char, offset + tok.idx,
                                offset + tok.idx + len(tok.text), "roles.title")
            for org in claim.organisations:
                if org.key == claim.person.key:
                    continue
                self.relations.append(Relation(claim.person.key, org.key, "member_of", claim.role,
                                               evidence, "asserted", 0.9, None, claim.role))


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

