"""Extraction tests run on stored parses: no spaCy model is loaded, so a rule regression and
a parser change cannot be mistaken for each other (tests/relations/test_parser_drift.py
compares the stored parses with the live model).

`parses.spacy` is a spaCy DocBin of every paragraph these tests extract from. After adding
or changing a test sentence, regenerate it with the live model:

    python tests/relations/make_parses.py
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

PARSES = Path(__file__).parent / "parses.spacy"
RECORDING = bool(os.environ.get("GRAPHX_RECORD_PARSES"))


class StoredParses:
    """Paragraph text → its parse, from parses.spacy (or, when recording, from the live model)."""

    def __init__(self):
        import spacy
        from spacy.tokens import DocBin

        self.docs = {}
        self.live = None
        if RECORDING:
            from graphx.nlp import load_pipeline
            self.live = load_pipeline()
            vocab = self.live.vocab
        else:
            vocab = spacy.blank("en").vocab          # English lexical attributes, no model
        if PARSES.exists():
            for doc in DocBin().from_disk(PARSES).get_docs(vocab):
                self.docs[doc.text] = doc

    def __call__(self, text: str):
        if self.live is not None and text not in self.docs:
            self.docs[text] = self.live(text)
        if text not in self.docs:
            pytest.fail(f"no stored parse of {text!r}: run python tests/relations/make_parses.py")
        return self.docs[text]

    def save(self) -> None:
        from spacy.tokens import DocBin
        DocBin(docs=[self.docs[t] for t in sorted(self.docs)]).to_disk(PARSES)


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    """Outside recording, loading a spaCy model here is a bug in the test, not a slow test."""
    if not RECORDING:
        def refuse(*args, **kwargs):
            raise AssertionError("extraction tests run on stored parses; no model may be loaded")
        monkeypatch.setattr("spacy.load", refuse)
        monkeypatch.setattr("graphx.nlp.load_pipeline", refuse)


@pytest.fixture(scope="session")
def stored_parses():
    parses = StoredParses()
    yield parses
    if RECORDING:
        parses.save()


@pytest.fixture(scope="session")
def graph_of(stored_parses):
    """graph_of("text", ...) → the graph of those documents, extracted from stored parses
    exactly as `graphx.build_graph` extracts from live ones."""
    from graphx.paragraphs import paragraphs
    from graphx.pipeline.extract import extract_document
    from graphx.graph import GraphBuilder
    from graphx.model import Document

    cache = {}

    def build(*texts):       # texts, or Documents (to give one a date)
        key = tuple((t.text, t.date, t.title) if isinstance(t, Document) else t for t in texts)
        if key not in cache:
            builder = GraphBuilder()
            for i, item in enumerate(texts, start=1):
                document = item if isinstance(item, Document) else Document(id=f"doc-{i}", text=item)
                paras = [(offset, stored_parses(p)) for offset, p in paragraphs(document.text)]
                builder.add(extract_document(document, paras))
            cache[key] = builder.finish()
        return cache[key]
    return build


@pytest.fixture(scope="session")
def patterns_of(graph_of):
    """patterns_of("text") → {(source label, relation, target label): pattern of its first evidence}."""
    def patterns(*texts):
        G = graph_of(*texts)
        return {(G.nodes[s]["label"], d["relation"], G.nodes[t]["label"]): d["evidence"][0]["pattern"]
                for s, t, d in G.edges(data=True)}
    return patterns


@pytest.fixture(scope="session")
def triples_of(graph_of, triples_from):
    """triples_of("text") → edge_triples of the graph, from stored parses."""
    return lambda *texts, modality=False: triples_from(graph_of(*texts), modality)
