"""Says who (#28 item 1): each evidence names the actor whose words carry it (`said_by`), the
speakers it came through (`via`, innermost first), or nobody when the text says it in its own
voice. Sentences written for the tests (stored parses: see conftest.py)."""
import pytest


def said(graph_of, *texts):
    """{(source, relation, target): (said_by label, [via labels], modality)} of the first evidence."""
    G = graph_of(*texts)
    label = lambda k: G.nodes[k]["label"] if k else None   # noqa: E731
    return {(label(s), d["relation"], label(t)): (label(d["evidence"][0].get("said_by")),
                                                  [label(k) for k in d["evidence"][0].get("via", [])],
                                                  d["evidence"][0]["modality"])
            for s, t, d in G.edges(data=True) if d["relation"] != "member_of"}


@pytest.mark.parametrize("text, edge, speaker", [
    ("Kenya said that Uganda attacked Somalia.", ("Uganda", "attacks", "Somalia"), "Kenya"),
    ("Uganda attacked Somalia on Monday, Kenya claimed.", ("Uganda", "attacks", "Somalia"), "Kenya"),
    ("Ethiopia tweeted that Eritrea had attacked Sudan.", ("Eritrea", "attacks", "Sudan"), "Ethiopia"),
    ("Germany told reporters that France would sanction Iran.", ("France", "sanctions", "Iran"), "Germany"),
    ("Russia attacked Ukraine on Sunday, according to Poland.", ("Russia", "attacks", "Ukraine"), "Poland"),
    ("According to Japan, China threatened Taiwan.", ("China", "threatens", "Taiwan"), "Japan"),
    ("“We will never negotiate with Hamas,” Israel said.", ("Israel", "negotiates", "Hamas"), "Israel"),
])
def test_the_speaker_of_a_report_is_who_said_it(graph_of, text, edge, speaker):
    assert said(graph_of, text)[edge][0] == speaker


@pytest.mark.parametrize("text, edge", [
    ("Iran denied attacking Saudi Arabia.", ("Iran", "attacks", "Saudi Arabia")),
    ("Iran denied that Iraq attacked Kuwait.", ("Iraq", "attacks", "Kuwait")),
    ("The Taliban denied carrying out the attack on Kabul.", ("Taliban", "attacks", "Kabul")),
])
def test_a_denial_is_the_deniers_account_and_negates_the_act(graph_of, text, edge):
    found = said(graph_of, text)
    denier = "Taliban" if "Taliban" in text else "Iran"
    assert found[edge] == (denier, [], "negated")
    assert not any(r == "rejects" for _, r, _ in found)        # a denial rejects nobody


def test_denying_a_request_still_rejects_it(graph_of):
    assert said(graph_of, "Israel denied the request of Hamas.")[("Israel", "rejects", "Hamas")][:2] == (None, [])


def test_a_claim_rejected_is_the_rejecters_account(graph_of):
    found = said(graph_of, "Russia rejected claims that Belarus had attacked Georgia.")
    assert found[("Belarus", "attacks", "Georgia")] == ("Russia", [], "negated")


def test_nested_reports_keep_the_innermost_speaker_and_the_chain(graph_of):
    found = said(graph_of, "Ghani said Pompeo told him that the United States would negotiate with the Taliban.")
    assert found[("United States", "negotiates", "Taliban")][:2] == ("Pompeo", ["Ghani"])


@pytest.mark.parametrize("text, edge", [
    ("Uganda attacked Somalia on Monday.", ("Uganda", "attacks", "Somalia")),
    ("In a visit to Kenya in May, Biden announced new aid.", ("Biden", "visits", "Kenya")),   # an adjunct, not the content
    ("Officials said that Uganda attacked Somalia.", ("Uganda", "attacks", "Somalia")),         # nobody named
])
def test_the_texts_own_voice_and_unnamed_sources_name_nobody(graph_of, text, edge):
    assert said(graph_of, text)[edge][:2] == (None, [])


def test_a_transcript_turn_is_its_speakers(graph_of):
    text = ("PRESIDENT BIDEN:  Today the United States will sanction Russia.\n\n"
            "Q    Will Germany join?\n\n"
            "PRESIDENT BIDEN:  Germany said it will support Ukraine.")
    found = said(graph_of, text)
    assert found[("United States", "sanctions", "Russia")][:2] == ("Biden", [])
    assert found[("Germany", "supports", "Ukraine")][:2] == ("Germany", ["Biden"])


def test_a_quote_after_a_name_and_a_colon_is_that_persons(graph_of):
    found = said(graph_of, "Farm Bureau President Jane Miller: “We applaud the Senate for supporting Kenya.”")
    assert found[("Senate", "supports", "Kenya")][:2] == ("Jane Miller", [])


def test_a_statement_is_its_issuers_words(graph_of):
    from graphx.model import Document
    statement = Document("s-1", "The United States condemns the attack by Hamas on Israel.",
                         title="Statement by NSC Spokesperson Emily Horne on the Attack in Israel")
    found = said(graph_of, statement)
    assert found[("United States", "criticizes", "Hamas")][:2] == ("Emily Horne", [])
    quoted = Document("s-2", "Kenya said that Uganda attacked Somalia.",
                      title="Statement from Press Secretary Jen Psaki")
    assert said(graph_of, quoted)[("Uganda", "attacks", "Somalia")][:2] == ("Kenya", ["Jen Psaki"])


@pytest.mark.parametrize("title", [
    "Statement from President Biden and Vice President Harris on the Anniversary",   # a joint statement
    "Statement by the President on the Summit",                                      # a title, no name
    "Readout of President Biden's Call with Chancellor Scholz"])                     # no statement
def test_no_one_person_issues_these(graph_of, title):
    from graphx.model import Document
    found = said(graph_of, Document("s-3", "The United States condemns the attack by Hamas on Israel.", title=title))
    assert found[("United States", "criticizes", "Hamas")][:2] == (None, [])
