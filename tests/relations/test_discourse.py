"""The discourse family: "the two sides", mediators, "those talks" across sentences. (Stored parses: see conftest.py.)"""
def test_event_reference_joins_the_leader_to_the_counterpart(triples_of):
    t = triples_of("Egypt hosted talks with Hamas in Cairo. Those talks were led by Abbas Kamel.")
    assert ("Abbas Kamel", "negotiates", "Hamas") in t

def test_mediator_is_not_a_party(triples_of):
    t = triples_of("Qatar launched a mediation effort between Israel and Hamas.")
    assert ("Israel", "negotiates", "Hamas") not in t and ("Hamas", "negotiates", "Israel") not in t

def test_two_sides_are_the_parties_of_the_latest_fight_or_talks(triples_of):
    t = triples_of("Sudan's army attacked positions held by the Rapid Support Forces. "
                   "Antonio Guterres called on the Rapid Support Forces to stop. "
                   "Egypt urged both sides to exercise restraint.")
    assert ("Egypt", "requests", "Sudan") in t and ("Egypt", "requests", "Rapid Support Forces") in t
    assert ("Egypt", "requests", "Antonio Guterres") not in t

def test_brokered_deal_makes_the_broker_a_mediator(triples_of):
    t = triples_of("Ethiopia and the Tigray People's Liberation Front signed a peace agreement. "
                   "The deal was brokered by the African Union.")
    assert ("African Union", "negotiates", "Ethiopia") in t
    assert ("African Union", "agrees", "Ethiopia") not in t

def test_mediators_stand_between_the_parties(triples_of):
    t = triples_of("Israel and Hamas have agreed to a temporary truce. "
                   "The deal, mediated by Qatar and Egypt, calls for a four-day pause in fighting. "
                   "The Israeli military said it struck Hezbollah targets in southern Lebanon.")
    assert {("Qatar", "negotiates", "Israel"), ("Egypt", "negotiates", "Hamas")} <= t
    assert not {("Qatar", "agrees", "Egypt"), ("Qatar", "negotiates", "Egypt")} & t
    assert ("Israel", "attacks", "Hezbollah") in t and ("Israel", "attacks", "Lebanon") not in t


def test_readout_participants_meet_the_host_of_the_call(triples_of):
    t = triples_of("Chancellor Olaf Scholz hosted a video call with Nordic leaders on Monday.\n\n"
                   "Participants in the call included Prime Minister Jonas Gahr Store of Norway and "
                   "President Sauli Niinisto of Finland.")
    assert {("Olaf Scholz", "consults", "Jonas Gahr Store"), ("Olaf Scholz", "consults", "Sauli Niinisto")} <= t


def test_participants_without_an_earlier_event_meet_nobody(triples_of):
    t = triples_of("Participants in the conference included Kenya, Uganda and Tanzania.")
    assert not [x for x in t if x[1] in ("consults", "negotiates")]


def test_a_long_list_of_participants_misparsed_as_appositions(triples_of):
    t = triples_of("Chancellor Friedrich Merz held a video call with European leaders today.\n\n"
                   "Participants in the call included European Parliament President Roberta Metsola, "
                   "Chancellor Karl Nehammer of Austria, Prime Minister Petr Fiala of the Czech Republic, "
                   "OSCE Secretary General Helga Schmid, President Gitanas Nauseda of Lithuania, and "
                   "Prime Minister Kaja Kallas of Estonia.")
    met = {target for source, relation, target in t if source == "Friedrich Merz" and relation == "consults"}
    assert {"Roberta Metsola", "Karl Nehammer", "Petr Fiala", "Helga Schmid", "Gitanas Nauseda"} <= met


def test_the_leaders_are_the_parties_of_the_latest_meeting(triples_of):
    t = triples_of("Prime Minister Mark Carney of Canada and President Emmanuel Macron of France met today "
                   "in Paris. The two leaders condemned Russia's attacks on Ukraine.")
    assert {("Mark Carney", "criticizes", "Russia"), ("Emmanuel Macron", "criticizes", "Russia")} <= t


def test_a_suffix_does_not_cut_a_coordination(triples_of):
    t = triples_of("President Joseph R. Biden, Jr. of the United States and Prime Minister Mark Carney of "
                   "Canada met today at the White House.")
    assert ("Joseph R. Biden", "consults", "Mark Carney") in t


def test_their_after_they_who_met_is_every_party(triples_of):
    t = triples_of("President Lula held a secure video call with Chancellor Olaf Scholz today. They "
                   "reiterated their continued concern about the Russian military build-up on Moldova's "
                   "borders and expressed their support for Moldova's sovereignty.")
    assert {("Lula", "supports", "Moldova"), ("Olaf Scholz", "supports", "Moldova")} <= t


def test_participants_listed_after_the_readout_did_what_the_leaders_did(triples_of):
    t = triples_of("Chancellor Olaf Scholz held a video call with Nordic leaders today. "
                   "They expressed their support for Moldova's sovereignty.\n\n"
                   "Participants in the call included Prime Minister Jonas Gahr Store of Norway "
                   "and President Sauli Niinisto of Finland.")
    assert {("Olaf Scholz", "consults", "Jonas Gahr Store"), ("Olaf Scholz", "consults", "Sauli Niinisto")} <= t
    assert {("Olaf Scholz", "supports", "Moldova"), ("Jonas Gahr Store", "supports", "Moldova"),
            ("Sauli Niinisto", "supports", "Moldova")} <= t


def test_what_one_leader_did_alone_is_not_given_to_the_participants(triples_of):
    t = triples_of("Chancellor Olaf Scholz held a video call with Nordic leaders today. "
                   "Scholz condemned Russia's attacks on Moldova.\n\n"
                   "Participants in the call included Prime Minister Jonas Gahr Store of Norway.")
    assert ("Olaf Scholz", "criticizes", "Russia") in t and ("Jonas Gahr Store", "criticizes", "Russia") not in t
