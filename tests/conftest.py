"""Shared fixtures: one spaCy pipeline per test session, small graphs built from test texts, one
headless chromium per session for the browser tests."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import graphx
from graphx.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def graph_of(nlp):
    """graph_of("text", ...) → the graph of those documents (cached per text tuple)."""
    cache = {}

    def build(*texts):
        if texts not in cache:
            cache[texts] = graphx.build_graph(list(texts), nlp=nlp)
        return cache[texts]
    return build


def edge_triples(G, modality: bool = False) -> set[tuple]:
    """{(source label, relation, target label[, modality])} of a graph's edges."""
    out = set()
    for s, t, d in G.edges(data=True):
        item = (G.nodes[s]["label"], d["relation"], G.nodes[t]["label"])
        out.add(item + (d["modality"],) if modality else item)
    return out


@pytest.fixture(scope="session")
def triples_from():
    """edge_triples, for conftests below this one (tests/ is not a package)."""
    return edge_triples


@pytest.fixture(scope="session")
def triples_of(graph_of):
    """triples_of("text") → edge_triples of the graph of those documents."""
    return lambda *texts, modality=False: edge_triples(graph_of(*texts), modality)


@pytest.fixture(scope="session")
def seed_build(nlp, tmp_path_factory):
    """The seed article built once into a temporary output folder."""
    out = tmp_path_factory.mktemp("seed-out")
    result = graphx.build([str(ROOT / "seeds")], out, nlp=nlp)
    return result


@pytest.fixture()
def small_graph(nlp, tmp_path):
    """A small graph.json written in tmp_path from texts written for the tests."""
    texts = tmp_path / "articles"
    texts.mkdir()
    (texts / "a.txt").write_text(
        "Kenya's President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.\n\n"
        "Ethiopia and Eritrea signed a peace agreement. Al-Shabaab attacked a Kenyan army base.\n",
        encoding="utf-8")
    (texts / "b.txt").write_text(
        "Somalia accused al-Shabaab of the bombing. The United Nations praised Kenya.\n", encoding="utf-8")
    result = graphx.build([str(texts)], tmp_path / "out", nlp=nlp)
    return result.json_path


@pytest.fixture(scope="session")
def browser():
    from pages import CHROMIUM, FLAGS
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()
