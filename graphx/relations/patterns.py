"""The registry of pattern names: every evidence records the rule that found it, and these
are all the names a rule may record (a test checks the code and its output against it).
`graphx evaluate GOLD --by-pattern`, `graphx relations --explain` and the explorer show them."""
from __future__ import annotations

PATTERNS: dict[str, str] = {
    # verbal.py: a trigger verb, its subject and its target
    "verbal.object": "its object or the relation's preposition (\"Germany condemned Russia\")",
    "verbal.clause": "the subject of its clause (\"demanded that the US cancel …\", \"threatened to ban X\")",
    "verbal.event_prep": "an event noun's target after it (\"mobilized for a war against Iraq\")",
    "verbal.hostile_purpose": "what its hostile purpose acts on (\"opened fire to disperse the crowd\")",
    "verbal.purpose_of": "the one summoned for a purpose (\"summoned the ambassador to complain\")",
    "verbal.permit": "the one permitted (\"allowed Ouattara to run\")",
    "verbal.condition": "the subject of an if/unless condition (\"unless Baghdad accepted\")",
    "verbal.coordination": "coordinated subjects of a symmetric or reciprocal verb (\"A and B signed\")",
    "verbal.hostile_call": "a call for hostile acts disapproves (\"called for sanctions against X\")",
    "verbal.held_responsible": "\"held X responsible\" criticizes X",
    "verbal.obligation": "a demand stated as an obligation (\"X must withdraw\")",
    # predicate.py
    "predicate.adjective": "a predicate adjective (\"is opposed to X\")",
    "predicate.stance_noun": "a person named by their stance (\"X, a critic of Y\", \"Kremlin critic X\")",
    # nominal.py: an event noun
    "nominal.modifier": "its modifier acts (\"a Taliban attack on Bagram\")",
    "nominal.by_agent": "its by/from agent (\"attacks carried out by X\")",
    "nominal.between": "\"talks between A and B\"",
    "nominal.defended": "defence of someone attacked (\"its defence against Russia's invasion\")",
    "nominal.blame": "blame laid on someone (\"blamed X for the attack\")",
    "nominal.claim": "credit claimed (\"took credit for the attack\")",
    "nominal.given_with": "given with someone's support (\"with support from X\")",
    "nominal.light_verb": "the subject of its light verb (\"imposed sanctions on X\")",
    "nominal.participation": "the subject of participation (\"engaged in fighting against X\")",
    "nominal.purpose": "the subject of a purpose (\"sought an agreement with X\")",
    "nominal.own_event": "the subject of the sentence it frames (\"In a visit to Kabul, X said\")",
    # discourse.py: across sentences
    "discourse.mediation": "mediators negotiate with the parties of the latest two-sided event",
    "discourse.brokered": "\"mediating between A and B\": the mediator with each party",
    "discourse.event_reference": "\"Those talks were led by X\": X joins the talks named before",
    "discourse.claimed": "a claim of an attack told before without its author (\"The Taliban claimed responsibility\")",
    "discourse.participants": "a readout's participants (\"Participants in the call included …\")",
    # roles.py: member_of
    "roles.title": "a title naming its body (\"US Secretary of State Mike Pompeo\")",
    "roles.of_body": "a name followed by its body, no title (\"Joanna Roe of the Scottish National Party\")",
    "roles.member_copula": "\"X and Y are members of Z\"",
    "roles.known_leader": "a leader the leaders table knows, named without a title",
    "roles.community": "a community named with a state's demonym (\"Bosnian Serbs\", \"Irish-Americans\")",
    "roles.qualified_group": "a group told apart from its own state (\"Croatian extremists\")",
    # intents.py: the stance an intention adds (emit)
    "intent.threatens": "a hostile act announced is also a threat",
    "intent.rejects": "a cooperation refused is also a rejection",
}
