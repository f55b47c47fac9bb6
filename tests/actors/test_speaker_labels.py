"""Speaker labels of transcripts and the bylines that name their holders (graphx.actors.speakers)."""
import pytest
import spacy

from graphx.knowledge import gazetteer, lexicon
from graphx.actors.speakers import holder_in_byline, label_of

BLANK = spacy.blank("en")


def label(text):
    return label_of(BLANK(text), gazetteer().titles, lexicon().words["anonymous_speaker_words"])


@pytest.mark.parametrize("text, name", [
    ("PRESIDENT BIDEN:  Good to see you.", "BIDEN"),
    ("MS. JEAN-PIERRE:  Good afternoon.", "JEAN-PIERRE"),
    ("SECRETARY OF STATE BLINKEN:  Thank you.", "BLINKEN"),
    ("PRIME MINISTER LAPID:  Mr. President, welcome.", "LAPID"),
])
def test_a_label_with_a_name_gives_the_name(text, name):
    turn = label(text)
    a, b = turn.name_tokens
    assert BLANK(text)[a:b].text == name and not turn.anonymous


@pytest.mark.parametrize("text, title", [
    ("THE PRESIDENT:  Good afternoon.", "president"),
    ("THE VICE PRESIDENT:  Please, have a seat.", "vice president"),
])
def test_the_and_a_title_names_its_holder(text, title):
    assert label(text).title == title


@pytest.mark.parametrize("text", [
    "Q    Mr. President, why Florida?", "Q:  Will you go?", "AUDIENCE MEMBER:  Thirteen, sir.",
    "SENIOR ADMINISTRATION OFFICIAL:  Thanks, everyone.", "MODERATOR:  Next question.",
])
def test_the_press_the_audience_and_unnamed_officials_are_nobody(text):
    assert label(text).anonymous


@pytest.mark.parametrize("text", [
    "The President spoke with Chancellor Scholz.", "Quite a day: talks went on.", "WASHINGTON - The US said",
])
def test_ordinary_paragraphs_have_no_label(text):
    assert label(text) is None


@pytest.mark.parametrize("byline, title, holder", [
    ("Remarks by President Biden and President Xi of the People's Republic of China", "president", "Biden"),
    ("Press Call by Vice President Harris Announcing New Action on Housing", "vice president", "Harris"),
    ("Remarks by Vice President Harris at the Academy", "president", None),      # not the president
    ("Press Briefing by Press Secretary Karine Jean-Pierre and NEC Director Brian Deese",
     "press secretary", "Karine Jean-Pierre"),
    ("The President met Chancellor Scholz", "president", None),                  # no byline
])
def test_a_byline_names_the_holder_of_a_title(byline, title, holder):
    assert holder_in_byline(byline, title) == holder
