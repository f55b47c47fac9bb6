"""Role claims: what a text says a person or a state is ("US Secretary of State Mike Pompeo",
"Gen. John Hyten, the vice chairman of the Joint Chiefs", "President Zelenskyy of Ukraine",
"welcomed Mark Rutte as the new Secretary General of NATO", "our NATO ally Norway"). Each
finder reads one construction around a mention and returns a `RoleClaim` or None; the actor
stage keeps the claims and the roles family turns them into member_of edges."""
from __future__ import annotations

from spacy.tokens import Doc

from graphx.actors.document import DocumentActors
from graphx.actors.mentions import Mention, RoleClaim
from graphx.names import is_title_at

APOSTROPHE_S = {"'s", "\u2019s", "'", "\u2019"}
# "NATO ally Norway", "Poland, an EU member": a state named as a member of a body.
MEMBER_WORDS = {"ally", "member", "partner", "allies", "members"}
# Words before a title that leave it one: "the EU's top diplomat Josep Borrell".
TITLE_MODIFIERS = {"top", "senior", "former", "acting", "interim", "veteran", "longtime", "new", "outgoing"}


def person_claims(actors: DocumentActors, m: Mention, doc: Doc) -> list[RoleClaim]:
    """Every role the text gives the person mentioned."""
    found = (premodifier_role(actors, m, doc), appositive_role(actors, m, doc),
             postposed_affiliation(actors, m, doc), role_as(actors, m, doc),
             member_copula(actors, m, doc))
    return [claim for claim in found if claim]


def premodifier_role(actors: DocumentActors, m: Mention, doc: Doc) -> RoleClaim | None:
    """"US Secretary of State Mike Pompeo", "Afghanistan's President Ashraf Ghani"."""
    j = m.start - 1
    while j >= 0:
        t = doc[j]
        other = actors.mention_at(m.para, t.i)
        if other is not None and other.label == "PERSON" and other.key != m.key:
            break                          # "Secretary X and Adviser Y": X's title is not Y's
        if t.text in APOSTROPHE_S or t.text in ("-", "(", ")") or t.lower_ in ("of", "for", "the") \
                or t.lower_ in TITLE_MODIFIERS \
                or (t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ")) \
                or t.lower_ in actors.role_words or t.ent_type_ in ("GPE", "NORP", "ORG") \
                or _modifier_in_phrase(t, m.end):
            j -= 1
            continue
        break
    window = list(doc[j + 1:m.start])
    while window and window[0].lower_ in ("of", "for", "the", "-"):
        window = window[1:]
    if not window:
        return None
    title_start = None
    for k in range(len(window)):
        if is_title_at(_singular(window[k:], actors.role_words), actors.role_words):
            title_start = k
            break
    if title_start is None:
        return None
    role = " ".join(t.text for t in window[title_start:]).replace(" - ", "-")
    orgs = []
    prefix = window[:title_start]
    for t in prefix:
        om = actors.mention_at(m.para, t.i)
        if om and om.key != m.key and om not in orgs and not _portfolio(actors, om, doc):
            orgs.append(om)
    for a, b in zip(window[title_start:], window[title_start + 1:]):    # "President of Malawi X"
        om = actors.mention_at(m.para, b.i) if a.lower_ == "of" else None
        if om and om.key != m.key and om not in orgs and (om.label == "GPE" or om.gaz_id):
            orgs.append(om)                                        # not "Minister of Education"
    if is_title_at(_singular(window[title_start:], actors.gaz.titles), actors.gaz.titles) == 0:
        orgs = [o for o in orgs if o.label == "ORG"]   # a job's body, not a nationality ("Russian journalist")
    return RoleClaim(m, role, orgs, m.para, window[title_start].i)

def _named_body_of(actors: DocumentActors, m: Mention, org: Mention, doc: Doc) -> bool:
    """"Joanna Roe of the Scottish National Party": a personal name (capitalised proper nouns,
    no title or job: not "Guam Teacher of the Year") and the body that heads the "of" phrase (not
    "of the Social Welfare constituency"), named by more than one generic word ("of the Year")."""
    person = doc[m.start:m.end]
    if len(person) < 2 or any(t.pos_ != "PROPN" or t.lower_ in actors.role_words for t in person):
        return False
    last = doc[org.end - 1]
    if org.label != "ORG" or last.dep_ != "pobj" or last.head.i != m.end:
        return False
    return org.end - org.start > 1 or bool(org.gaz_id) or last.text.isupper()


def _portfolio(actors: DocumentActors, om: Mention, doc: Doc) -> bool:
    """"Serbian Labour Minister X": a party's name before "minister" is the minister's portfolio."""
    entry = actors.gaz.entries.get(om.gaz_id or "")
    return entry is not None and entry.kind == "party" and om.end < len(doc) \
        and doc[om.end].lower_ in ("minister", "secretary", "ministry")


def _modifier_in_phrase(t, end: int) -> bool:
    """A lower-case word inside the noun phrase that ends with the name: "Greek prime minister",
    "Houthi military spokesperson", "Russian opposition leader"."""
    if t.pos_ == "CCONJ":                  # "trade and industry commissioner", not "President and X"
        return 0 < t.i < len(t.doc) - 1 and t.doc[t.i - 1].is_lower and t.doc[t.i + 1].is_lower \
            and t.doc[t.i - 1].pos_ in ("NOUN", "ADJ")
    return t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN") \
        and t.dep_ in ("compound", "amod", "nmod", "conj") \
        and any(t.i < a.i < end for a in (t.head, t.head.head))


def postposed_affiliation(actors: DocumentActors, m: Mention, doc: Doc) -> RoleClaim | None:
    """"President Volodymyr Zelenskyy of Ukraine", "King Abdullah of Jordan"."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ != "of":
        return None
    at = m.end + 2 if doc[m.end + 1].lower_ == "the" else m.end + 1    # "… of the United States"
    org = actors.mention_at(m.para, at) if at < len(doc) else None
    if org is None or org.key == m.key or org.label not in ("GPE", "ORG", "NORP"):
        return None
    j = m.start - 1
    while j >= 0 and (doc[j].lower_ in actors.role_words or doc[j].lower_ in ("of", "the")
                      or (doc[j].is_title and doc[j].pos_ == "PROPN" and not doc[j].ent_type_)):
        j -= 1
    title = [t for t in doc[j + 1:m.start] if t.lower_ in actors.role_words]
    if not title:        # "Joanna Roe of the Scottish National Party": no title, a body
        return RoleClaim(m, "", [org], m.para, m.end, "roles.of_body") if _named_body_of(actors, m, org, doc) else None
    role = " ".join(t.text for t in doc[j + 1:m.start])
    return RoleClaim(m, role, [org], m.para, title[0].i)

def member_state(actors: DocumentActors, m: Mention, doc: Doc) -> RoleClaim | None:
    """"our close NATO ally Norway", "Norway, a NATO member": a state named as a member of a
    body."""
    root = doc[m.start:m.end].root
    heads = [doc[m.start - 1]] if m.start > 0 and doc[m.start - 1].lower_ in MEMBER_WORDS else []
    heads += [c for c in root.children if c.dep_ == "appos" and c.lower_ in MEMBER_WORDS
              and not actors.mention_at(m.para, c.i + 1)]        # not "Oslo, our NATO ally Norway"
    if root.dep_ == "appos" and root.head.lower_ in MEMBER_WORDS:
        heads.append(root.head)
    for head in heads:
        for t in head.lefts:
            om = actors.mention_at(m.para, t.i)
            if om and om.key != m.key and om.label == "ORG":
                return RoleClaim(m, head.text, [om], m.para, head.i)
    return None

def role_as(actors: DocumentActors, m: Mention, doc: Doc) -> RoleClaim | None:
    """"welcomed Mark Rutte as the new Secretary General of NATO", "appointed X as NATO's
    envoy": a title after "as", and the body it names."""
    if m.end >= len(doc) or doc[m.end].lower_ != "as":
        return None
    title, orgs, j = [], [], m.end + 1
    while j < min(len(doc), m.end + 12):
        t = doc[j]
        n = is_title_at(doc[j:j + 6], actors.role_words)
        om = actors.mention_at(m.para, j)
        if n:
            title += [x.text for x in doc[j:j + n]]
            j += n
        elif om and om.key != m.key and om.label in ("ORG", "GPE", "NORP"):
            orgs.append(om)
            j = om.end
        elif t.lower_ in ("the", "a", "an", "of", "for", "at", "-") or t.lower_ in TITLE_MODIFIERS \
                or t.text in APOSTROPHE_S or (t.is_lower and t.pos_ in ("NOUN", "ADJ")):
            j += 1                            # "as the new EU foreign policy chief"
        else:
            break
    return RoleClaim(m, " ".join(title), orgs, m.para, m.end + 1) if title and orgs else None

def member_copula(actors: DocumentActors, m: Mention, doc: Doc) -> RoleClaim | None:
    """"X, Y and Z are all members of the New Progressive Party", "X is a member of Y"."""
    tok = doc[m.end - 1]
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in ("be", "become", "remain"):
        return None
    for attr in tok.head.children:
        if attr.dep_ == "attr" and attr.lower_ in ("member", "members"):
            org = _body_of_noun(actors, m.para, attr)
            if org is not None and org.key != m.key and org.label in ("ORG", "GPE", "NORP"):
                return RoleClaim(m, "", [org], m.para, attr.i, "roles.member_copula")
    return None


def appositive_role(actors: DocumentActors, m: Mention, doc: Doc) -> RoleClaim | None:
    """"Gen. John Hyten, the vice chairman of the Joint Chiefs of Staff"."""
    root = doc[m.start:m.end].root
    candidates = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        candidates.append(_title_of_body(root.head))
    if m.start >= 2 and doc[m.start - 1].text == "," and doc[m.start - 2].head == root.head \
            and doc[m.start - 2].dep_ == root.dep_:      # "The Labour Party's leader, Jeremy Corbyn
        candidates.append(doc[m.start - 2])              # announced": parsed as two subjects
    for head in candidates:
        if head.pos_ not in ("NOUN", "PROPN") or (m.para, head.i) in actors.token_actor:
            continue
        lefts = [t for t in head.lefts if t.dep_ in ("compound", "amod")]
        phrase_tokens = lefts + [head]
        if not is_title_at(phrase_tokens[-2:], actors.role_words) \
                and head.lower_ not in actors.role_words:
            continue
        orgs = []
        for t in head.children:
            if t.dep_ in ("compound", "amod", "poss", "nmod"):
                om = actors.mention_at(m.para, t.i)
                if om:
                    orgs.append(om)
            if t.dep_ == "prep" and t.lower_ in ("of", "at", "for"):
                for obj in t.children:
                    om = actors.mention_at(m.para, obj.i) if obj.dep_ == "pobj" else None
                    if om is None and obj.dep_ == "pobj" and obj.is_lower:
                        om = _body_of_noun(actors, m.para, obj)   # "the mayor of the city of X"
                    if om and (t.lower_ != "for" or om.label == "ORG"):
                        orgs.append(om)
        if not is_title_at(phrase_tokens[-2:], actors.gaz.titles) and head.lower_ not in actors.gaz.titles:
            orgs = [o for o in orgs if o.label == "ORG"]    # "Algeria's leading activist": a nationality
        # the appositive without the person, its article and punctuation:
        # "the vice chairman of the Joint Chiefs of Staff" → "vice chairman of the Joint Chiefs of Staff"
        role = " ".join(t.text for t in head.subtree
                        if not m.start <= t.i < m.end and not t.is_punct
                        and not (t.dep_ == "det" and t.head == head))
        if role:
            return RoleClaim(m, role, orgs, m.para, head.i)
    return None


def _title_of_body(head):
    """"The general manager of Reuters, Dr Mary Lee": the parser hangs the name on the body;
    the title it stands in apposition to is the noun the body's "of" belongs to."""
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in ("of", "at") \
            and head.head.head.pos_ == "NOUN":
        return head.head.head
    return head


def _body_of_noun(actors: DocumentActors, para: int, noun):
    """"the city of San Juan", "the party of X": the body a common noun's own "of" names."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and actors.mention_at(para, obj.i):
                    return actors.mention_at(para, obj.i)
    return None


def _singular(tokens, titles: frozenset[str]) -> list[str]:
    """"Executive Vice Presidents" read as the title it is the plural of."""
    return [t.lower_[:-1] if plural_title(t.lower_, titles) else t.lower_ for t in tokens]


def shared_claims(claims: list[RoleClaim], m: Mention, doc: Doc, titles: frozenset[str]) -> list[RoleClaim]:
    """"Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis": a name coordinated
    with a titled one shares its title."""
    root = doc[m.end - 1]
    if root.dep_ != "conj":
        return []
    head = root.head
    return [RoleClaim(m, c.role, c.organisations, m.para, c.token, c.pattern) for c in claims
            if c.person.para == m.para and c.person.start <= head.i < c.person.end and c.organisations
            and any(plural_title(w.lower(), titles) for w in c.role.split())]   # not "Labour MP X, and Y"


def is_title_word(tok, titles: frozenset[str]) -> bool:
    """A title or its plural: "President", "Presidents"."""
    lower = tok.lower_
    return lower in titles or plural_title(lower, titles)


def plural_title(lower: str, titles: frozenset[str]) -> bool:
    """"presidents", "commissioners": the plural of a title."""
    return lower.endswith("s") and lower[:-1] in titles


def collect(da: DocumentActors) -> None:
    """The roles the text gives each person (and the bodies a state is a member of)."""
    for m in da.mentions:
        if da.actors[m.key].type == "GPE":
            claim = member_state(da, m, da.paras[m.para][1])
            if claim:
                da.roles.append(claim)
            continue
        if m.label != "PERSON" and da.actors[m.key].type != "PERSON":
            continue
        doc = da.paras[m.para][1]
        for claim in person_claims(da, m, doc):
            da.roles.append(claim)
            if claim.role:
                da.actors[m.key].roles.add(claim.role)
    claimed = {id(c.person) for c in da.roles}
    for m in da.mentions:            # "… Presidents Margrethe Vestager and Valdis Dombrovskis"
        if id(m) not in claimed and da.actors[m.key].type == "PERSON":
            for claim in shared_claims(da.roles, m, da.paras[m.para][1], da.role_words):
                da.roles.append(claim)
                if claim.role:
                    da.actors[m.key].roles.add(claim.role)
