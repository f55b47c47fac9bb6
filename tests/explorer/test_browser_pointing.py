"""The explorer as a new user points at it (#23, item 20), in headless chromium: relations are
easy to hover and their labels too, highlighted labels are drawn once, long document ids wrap,
the relation filters are in view, relation labels do not pile up at the default zoom, and Enter
picks the most mentioned actor. Graphs written for the tests."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from pages import Page, skip_without_chromium

from graphx.cli import cli
from graphx.explorer.render import write_html
from graphx.graph import save_graph

pytestmark = pytest.mark.browser
skip_without_chromium()

LONG_DOC = "2024-03-17-readout-of-a-very-long-document-name-from-a-web-archive-" + "x" * 60 + ".html"


def graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    people = [("kenya", "Kenya", "GPE", 10), ("kenneth-kaunda", "Kenneth Kaunda", "PERSON", 1),
              ("mike-pompeo", "Mike Pompeo", "PERSON", 4), ("taliban", "Taliban", "ORG", 6),
              ("uganda", "Uganda", "GPE", 3)]
    for node, label, type_, mentions in people:
        G.add_node(node, label=label, type=type_, kind=None, aliases=[label], roles=[], mentions=mentions,
                   docs=[LONG_DOC])
    for n, (a, b, rel) in enumerate([("kenya", "uganda", "criticizes"), ("mike-pompeo", "taliban", "negotiates"),
                                     ("kenneth-kaunda", "kenya", "visits"), ("mike-pompeo", "kenya", "visits")]):
        G.add_edge(a, b, key=rel, relation=rel, trigger=rel, count=1, modality="asserted", confidence=0.8,
                   symmetric=False, family="conflict" if rel == "criticizes" else "cooperation",
                   evidence=[{"doc": LONG_DOC, "sentence": f"Sentence {n} of the test.", "start": 0, "end": 10,
                              "trigger_start": 0, "trigger_end": 3, "pattern": "verbal.object", "trigger": rel,
                              "modality": "asserted"}])
    return G


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pointing")
    G = graph()
    save_graph(G, folder / "graph.json")
    write_html(G, folder / "graph.html")
    path = folder / "path.html"
    result = CliRunner().invoke(cli, ["path", "Mike Pompeo", "Taliban", "--graph", str(folder / "graph.json"),
                                      "--html", str(path)])
    assert result.exit_code == 0, result.output
    return folder / "graph.html", path


@pytest.fixture()
def open_page(browser):
    opened = []

    def opener(path, **viewport):
        opened.append(Page(browser, Path(path)))
        if viewport:
            opened[-1].page.set_viewport_size(viewport)
        return opened[-1]
    yield opener
    for p in opened:
        p.close()


def along(page, a, b, t, offset):
    """A point at fraction t along the line a→b, `offset` pixels to its side."""
    (x1, y1), (x2, y2) = page.dom_position(a), page.dom_position(b)
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    return x1 + t * (x2 - x1) - offset * (y2 - y1) / length, y1 + t * (y2 - y1) + offset * (x2 - x1) / length


def test_a_relation_is_hovered_near_its_line_and_at_its_label(open_page, pages):
    page = open_page(pages[0])
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        page.page.mouse.move(*along(page, "kenya", "uganda", t, 5))      # 5 px beside a 1-2 px line
        tip = page.page.wait_for_selector("#tooltip:not([hidden])", timeout=3000)
        assert "criticizes" in tip.inner_text(), t
        page.page.mouse.move(5, 5)
        page.page.wait_for_selector("#tooltip[hidden]", state="attached", timeout=3000)
    page.page.mouse.move(*along(page, "kenya", "uganda", 0.5, 7))        # where its label is drawn
    assert "criticizes" in page.page.wait_for_selector("#tooltip:not([hidden])", timeout=3000).inner_text()
    page.page.mouse.click(*along(page, "kenya", "uganda", 0.5, 6))
    assert "Sentence 0 of the test." in page.page.inner_text("#panel")


def test_relation_labels_appear_zoomed_in_not_piled_at_the_default_view(open_page, pages):
    page = open_page(pages[0])
    assert page.js("window.graphx.renderer.getSetting('renderEdgeLabels')") is False
    page.js("window.graphx.renderer.getCamera().setState({ratio: 0.3})")
    page.page.wait_for_function("() => window.graphx.renderer.getSetting('renderEdgeLabels') === true", timeout=3000)


def test_a_highlighted_label_is_drawn_once_without_a_stray_letter(open_page, pages):
    page = open_page(pages[1])                    # the path page: its actors are highlighted
    page.page.wait_for_function("() => window.graphx.drawnLabels().length > 0", timeout=5000)
    labels = [d["label"] for d in page.js("window.graphx.drawnLabels()")]
    assert labels.count("Mike Pompeo") == 1
    stray_ink = page.js("""(() => {
        const r = window.graphx.renderer, c = r.getCanvases().hovers, ctx = c.getContext('2d');
        const box = window.graphx.drawnLabels().find(d => d.label === 'Mike Pompeo'), k = window.devicePixelRatio || 1;
        const img = ctx.getImageData((box.x + 6) * k, box.y * k, (box.width + 20) * k, box.height * k).data;
        let inked = 0; for (let i = 3; i < img.length; i += 4) if (img[i] > 0) inked++;
        return inked; })()""")
    assert stray_ink == 0          # the hover layer draws no second label over (or past) ours


def test_a_long_document_id_wraps_inside_the_panel(open_page, pages):
    page = open_page(pages[0])
    page.js("window.graphx.select('kenya')")
    assert LONG_DOC[:20] in page.page.inner_text("#panel")
    assert page.js("(() => { const p = document.getElementById('panel'); return p.scrollWidth <= p.clientWidth; })()")


def test_the_relation_filters_are_in_view_at_a_laptop_size(open_page, pages):
    page = open_page(pages[0], width=1400, height=860)
    visible = page.js("""(() => { const box = document.querySelector('#relation-filters input').getBoundingClientRect();
                                  const controls = document.getElementById('controls').getBoundingClientRect();
                                  return box.bottom <= controls.bottom && box.top >= controls.top; })()""")
    assert visible


def test_enter_picks_the_most_mentioned_actor_with_the_prefix(open_page, pages):
    page = open_page(pages[0])
    page.page.fill("#search", "ken")
    page.page.press("#search", "Enter")
    assert page.js("window.graphx.state.selected") == "kenya"
