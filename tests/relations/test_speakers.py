"""Transcripts: speaker labels, their turns, and first person resolved to the speaker.
(Stored parses: see conftest.py.)"""

TRANSCRIPT = (
    "Remarks by President Ruto on the Horn of Africa Summit\n\n"
    "State House\n\n"
    "THE PRESIDENT:  Good morning.  Yesterday I spoke with President Museveni of Uganda.  "
    "We will send food aid to Somalia.\n\n"
    "Q    Mr. President, will you visit Ethiopia?  We would like to know.\n\n"
    "THE PRESIDENT:  I am not going to visit Ethiopia this year.  But I have been to Eritrea twice.\n\n"
    "MR. MUDAVADI:  I met Chinese Foreign Minister Wang Yi in Beijing last week.\n"
)


def test_first_person_in_a_turn_is_its_speaker_named_by_the_byline(triples_of):
    t = triples_of(TRANSCRIPT, modality=True)
    assert ("William Ruto", "consults", "Yoweri Museveni", "asserted") in t or \
        ("Ruto", "consults", "Museveni", "asserted") in t
    speaker = next(s for s, r, o, m in t if r == "consults" and "Museveni" in o)
    assert (speaker, "visits", "Eritrea", "asserted") in t
    assert (speaker, "visits", "Ethiopia", "negated") in t          # "not going to visit"
    assert any(r == "consults" and "Wang Yi" in o and s == "Mudavadi" for s, r, o, m in t)


def test_we_is_the_state_the_speaker_acts_for_and_the_press_is_nobody(triples_of):
    t = triples_of(TRANSCRIPT)
    assert ("Kenya", "aids", "Somalia") in t
    assert not any(o == "Ethiopia" and r != "visits" for s, r, o in t)   # the reporter's "you", "we"


def test_a_title_only_label_without_byline_is_a_node_named_by_the_title(triples_of):
    t = triples_of("Treaty Room\n\nTHE PRESIDENT:  Good afternoon.  Last week I spoke with Chancellor "
                   "Scholz of Germany about Ukraine.\n")
    assert ("The President", "consults", "Scholz") in t or ("The President", "consults", "Olaf Scholz") in t
