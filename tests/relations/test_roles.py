"""The roles family: titles and appositions give member_of edges. (Stored parses: see conftest.py.)"""
import pytest

from graphx.model import Document

def test_title_before_name_gives_member_of(triples_of, graph_of):
    text = "Kenya's President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday."
    t = triples_of(text)
    assert ("William Ruto", "member_of", "Kenya") in t
    assert ("Abiy Ahmed", "member_of", "Ethiopia") in t
    G = graph_of(text)
    assert "Prime Minister" in G.nodes["abiy-ahmed"]["roles"]

def test_appositive_role(triples_of):
    t = triples_of("Emmanuel Macron, the French president, visited Algeria.")
    assert ("Emmanuel Macron", "member_of", "France") in t
    assert ("Emmanuel Macron", "visits", "Algeria") in t

def test_title_for_a_place_is_not_membership(triples_of):
    t = triples_of("Special Envoy for Sudan Tom Perriello met Sudanese officials.")
    assert ("Tom Perriello", "member_of", "Sudan") not in t

def test_readout_style_roles_and_references(triples_of, graph_of):
    text = ("President Joseph R. Biden, Jr. spoke today with President Volodymyr Zelenskyy of Ukraine. "
            "The leaders discussed Russia's latest missile strikes on Kyiv, which President Biden condemned. "
            "Prime Minister Narendra Modi held talks with his Japanese counterpart Fumio Kishida.")
    t = triples_of(text)
    assert ("Volodymyr Zelenskyy", "member_of", "Ukraine") in t
    assert ("Joseph R. Biden", "consults", "Volodymyr Zelenskyy") in t
    assert ("Joseph R. Biden", "criticizes", "Russia") in t
    assert ("Joseph R. Biden", "criticizes", "Ukraine") not in t
    assert ("Fumio Kishida", "member_of", "Japan") in t
    assert all(d["type"] == "PERSON" for _, d in graph_of(text).nodes(data=True) if "Zelenskyy" in d["label"])


def test_postposed_affiliation_with_an_article(triples_of):
    t = triples_of("Secretary General Jens Stoltenberg of the North Atlantic Treaty Organization met "
                   "President Cyril Ramaphosa of South Africa.")
    assert ("Jens Stoltenberg", "member_of", "NATO") in t
    assert ("Cyril Ramaphosa", "member_of", "South Africa") in t


def test_a_known_leader_named_without_a_title_acts_for_their_state(triples_of):
    t = triples_of("Putin warned Finland on Monday. Sergei Lavrov met Wang Yi in Beijing.")
    assert {("Putin", "member_of", "Russia"), ("Sergei Lavrov", "member_of", "Russia"),
            ("Wang Yi", "member_of", "China")} <= t


def leader_edges(graph_of, text: str, date: str | None) -> dict[str, str]:
    G = graph_of(Document(id="d", text=text, date=date))
    return {G.nodes[s]["label"]: d["trigger"] for s, _, d in G.edges(data=True)
            if d["relation"] == "member_of" and d["evidence"][0]["pattern"] == "roles.known_leader"}


def test_a_leaders_office_is_given_only_in_the_years_it_was_held(graph_of):
    text = "Kamala Harris criticized Uganda over the border closure."
    assert leader_edges(graph_of, text, "2022-05-01") == {"Kamala Harris": "Vice President"}
    assert leader_edges(graph_of, text, "2019-11-18") == {"Kamala Harris": "known affiliation"}   # a senator then
    assert leader_edges(graph_of, text, "2026-01-10") == {"Kamala Harris": "former Vice President"}
    assert leader_edges(graph_of, text, None) == {"Kamala Harris": "known affiliation"}
    assert leader_edges(graph_of, "Donald Trump criticized Uganda.", "2023-06-01") == {"Donald Trump": "former President"}
    assert leader_edges(graph_of, "Donald Trump criticized Uganda.", "2025-06-01") == {"Donald Trump": "President"}


def test_a_leaders_relative_does_not_inherit_the_office_through_the_family_name(graph_of):
    text = "Melania Trump visited Kenya on Monday. Trump praised Kenya for its schools."
    assert "Melania Trump" not in leader_edges(graph_of, text, "2025-06-01")
    assert leader_edges(graph_of, "Jair Messias Bolsonaro criticized Uganda.", "2020-05-01") == \
        {"Jair Messias Bolsonaro": "President"}


def test_a_common_surname_alone_or_a_title_already_given_adds_nothing(triples_of):
    t = triples_of("Johnson criticized Finland. Swedish Foreign Minister Tobias Billstrom met Sunak.")
    assert not any(s == "Johnson" and r == "member_of" for s, r, _ in t)
    assert ("Tobias Billstrom", "member_of", "Sweden") in t and ("Sunak", "member_of", "United Kingdom") in t


def test_a_title_tagged_as_a_body_is_a_role_in_the_body_it_names(triples_of, graph_of):
    text = "Martin Griffiths, the United Nations Humanitarian Coordinator, urged Sudan to open the crossings."
    assert ("Martin Griffiths", "member_of", "United Nations") in triples_of(text)
    assert "United Nations Humanitarian Coordinator" not in {d["label"] for _, d in graph_of(text).nodes(data=True)}


def test_a_place_or_body_with_a_title_in_apposition_is_a_person(graph_of):
    for text in ("Kyoto, the UN coordinator, visited Iraq.", "Chiba, the UN envoy, visited Iraq."):
        name = text.split(",")[0]
        assert [d["type"] for _, d in graph_of(text).nodes(data=True) if d["label"] == name] == ["PERSON"]


def test_a_qualified_title_still_names_the_body(triples_of):
    assert ("Josep Borrell", "member_of", "European Union") in triples_of(
        "The EU's top diplomat Josep Borrell traveled to Beijing.")


@pytest.mark.parametrize("text, expected", [
    ("The council appointed Amina Mohammed as Deputy Secretary-General of the United Nations.",
     ("Amina Mohammed", "member_of", "United Nations")),
    ("Leaders welcomed Kaja Kallas as the new EU foreign policy chief.", ("Kaja Kallas", "member_of", "European Union")),
])
def test_a_title_after_as_names_the_body(triples_of, text, expected):
    assert expected in triples_of(text)


@pytest.mark.parametrize("text, expected, unexpected", [
    ("We mourn with the people of Oslo, our close NATO ally Norway, and all who suffered.",
     ("Norway", "member_of", "NATO"), ("Oslo", "member_of", "NATO")),
    ("Turkey, a NATO member, bought Russian missiles.", ("Turkey", "member_of", "NATO"), None),
])
def test_a_state_named_as_a_member_of_a_body(triples_of, text, expected, unexpected):
    t = triples_of(text)
    assert expected in t and unexpected not in t


def test_names_coordinated_under_a_plural_title_share_it(triples_of, graph_of):
    text = ("Blinken met with African Union Commissioners Bankole Adeoye and Albert Muchanga in Addis Ababa.")
    t = triples_of(text)
    assert {("Bankole Adeoye", "member_of", "African Union"), ("Albert Muchanga", "member_of", "African Union"),
            ("Blinken", "consults", "Bankole Adeoye")} <= t


def test_an_honorific_is_a_title(triples_of):
    assert ("Tamim bin Hamad Al Thani", "member_of", "Qatar") in triples_of(
        "Blinken spoke with His Highness Tamim bin Hamad Al Thani of Qatar on Monday.")


@pytest.mark.parametrize("text, edge, pattern", [
    # wire-style titles with lower-case words inside the phrase
    ("Greek prime minister Kyriakos Mitsotakis called the agreement void.",
     ("Kyriakos Mitsotakis", "member_of", "Greece"), "roles.title"),
    ("Houthi military spokesperson Yahya Saree said the group carried out the attack.",
     ("Yahya Saree", "member_of", "Houthis"), "roles.title"),
    ("AU trade commissioner Albert Muchanga announced the deal.",
     ("Albert Muchanga", "member_of", "African Union"), "roles.title"),
    # a body before an office or a job ("occupations" in the gazetteer)
    ("Senate Minority Whip Jane Doe criticized the plan.", ("Jane Doe", "member_of", "Senate"), "roles.title"),
    ("Labour MP Tom Watson criticized the deal.", ("Tom Watson", "member_of", "Labour Party"), "roles.title"),
    ("Sky News producer Sam Hill wrote about the attack.", ("Sam Hill", "member_of", "Sky News"), "roles.title"),
    ("Jane Roe, an analyst at the Carnegie Endowment, said the talks had stalled.",
     ("Jane Roe", "member_of", "Carnegie Endowment"), "roles.title"),
    # a title "of" a state before the name, tagged as one name
    ("President of Malawi Lazarus Chakwera met Kenyan officials.",
     ("Lazarus Chakwera", "member_of", "Malawi"), "roles.title"),
    ("First Minister of Wales Mark Drakeford spoke at the rally.",
     ("Mark Drakeford", "member_of", "Wales"), "roles.title"),
    # the body named through the title's own noun
    ("The general manager of Reuters, Dr Mary Lee, blamed the rebels.",
     ("Mary Lee", "member_of", "Reuters"), "roles.title"),
    ("Carmen Cruz, the mayor of the city of San Juan, criticized the governor.",
     ("Carmen Cruz", "member_of", "San Juan"), "roles.title"),
    ("Labour MP (Member of Parliament) Tom Watson spoke at the rally.",
     ("Tom Watson", "member_of", "Labour Party"), "roles.title"),
    ("AU trade and industry commissioner Albert Muchanga announced the deal.",
     ("Albert Muchanga", "member_of", "African Union"), "roles.title"),
    ("The Labour Party's leader, Jeremy Corbyn announced he will not stand again.",
     ("Jeremy Corbyn", "member_of", "Labour Party"), "roles.title"),
    # no title at all
    ("The petition was filed by Jane Cherry of the Scottish National Party.",
     ("Jane Cherry", "member_of", "Scottish National Party"), "roles.of_body"),
    ("Bill Rowe, Ann Fox, and Tim Hale are all members of the Liberal Party.",
     ("Tim Hale", "member_of", "Liberal Party"), "roles.member_copula"),
])
def test_wire_style_memberships(patterns_of, text, edge, pattern):
    assert patterns_of(text).get(edge) == pattern


def test_a_place_of_residence_without_a_title_is_no_membership(triples_of):
    t = triples_of("Jane Cherry of Glasgow filed the petition against the government.")
    assert not any(r == "member_of" for _, r, _ in t)


def test_a_title_for_a_place_stays_no_membership_with_lower_case_words(triples_of):
    t = triples_of("The UN special envoy for Yemen Hans Grundberg met Houthi officials.")
    assert ("Hans Grundberg", "member_of", "Yemen") not in t


def test_a_company_tagged_as_a_person_is_still_the_body(triples_of):
    t = triples_of("Changing the permitting dynamics will help, said Oklo CEO Jacob DeWitte.")
    assert ("Jacob DeWitte", "member_of", "Oklo") in t


def test_an_adviser_to_a_leader_is_no_member_of_the_leader(triples_of):
    t = triples_of("Former top Obama advisor David Axelrod said the plan was weak.")
    assert not any(s == "David Axelrod" and r == "member_of" for s, r, _ in t)


def test_a_plural_title_before_a_list_keeps_its_state(triples_of):
    t = triples_of("The bill was backed by U.S. Senators Catherine Cortez Masto, Joni Ernst, and Mark Kelly.")
    assert ("Joni Ernst", "member_of", "United States") in t


def test_a_job_with_a_nationality_is_no_membership(triples_of):
    t = triples_of("Russian journalist Anna Smirnova criticized the Kremlin.")
    assert ("Anna Smirnova", "member_of", "Russia") not in t


def test_a_party_named_before_a_ministry_is_its_portfolio(triples_of):
    t = triples_of("The bill was signed by Serbian Labour Minister Dragan Milovanovic.")
    assert ("Dragan Milovanovic", "member_of", "Labour Party") not in t


def test_a_name_coordinated_with_a_singular_title_does_not_share_it(triples_of):
    t = triples_of("Speakers included Labour MP Tom Watson and Sadiq Khan.")
    assert ("Tom Watson", "member_of", "Labour Party") in t
    assert ("Sadiq Khan", "member_of", "Labour Party") not in t


def test_a_title_does_not_reach_across_another_persons_name(triples_of):
    t = triples_of("The plan was led by Housing Secretary Marcia Fudge and Domestic Policy Advisor Susan Rice.")
    assert not any(s == "Susan Rice" and r == "member_of" for s, r, _ in t)


def test_president_and_a_titled_aide(triples_of):
    t = triples_of("The President and White House Deputy Chief of Staff James Blair met the governors.")
    assert ("James Blair", "member_of", "White House") in t
