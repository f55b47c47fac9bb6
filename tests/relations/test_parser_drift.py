"""The live suite: does the installed model still parse the test sentences as stored?

When this fails, the parser changed, not a rule: regenerate the parses
(python tests/relations/make_parses.py) and see which extraction tests then fail."""
from pathlib import Path

from spacy.tokens import DocBin

PARSES = Path(__file__).parent / "parses.spacy"


def signature(doc):
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.ent_id_, t.lemma_) for t in doc]


def test_stored_parses_match_the_live_model(nlp):
    stored = list(DocBin().from_disk(PARSES).get_docs(nlp.vocab))
    assert len(stored) > 50
    drifted = [doc.text for doc, live in zip(stored, nlp.pipe(d.text for d in stored))
               if signature(doc) != signature(live)]
    assert not drifted, f"parser drift in {len(drifted)} of {len(stored)} stored parses, e.g. {drifted[0]!r}"
