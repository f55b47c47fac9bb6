"""Says who, in the explorer (#28 item 6): each sentence shows its outlet and who says so, a
"corroborated by ≥ N outlets" slider hides what fewer outlets report, disputed relations say
so — and a hostile outlet name is shown, never run. Documents written for the tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pages import Page, skip_without_chromium

import graphx

pytestmark = pytest.mark.browser
skip_without_chromium()

HOSTILE = '<img src=x onerror="window.__pwned=1">Gazette'


@pytest.fixture(scope="module")
def page_path(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sources")
    records = [
        {"id": "a", "text": "Kenya said that Uganda attacked Somalia.", "outlet": "Daily Planet", "date": "2024-03-04"},
        {"id": "b", "text": "Uganda denied attacking Somalia.", "outlet": HOSTILE, "date": "2024-03-05"},
        {"id": "c", "text": "Uganda attacked Somalia again.", "outlet": "Metropolis Times", "date": "2024-03-06"},
        {"id": "d", "text": "Ethiopia criticized Eritrea.", "outlet": "Daily Planet", "date": "2024-03-07"}]
    corpus = folder / "news.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return graphx.build([str(corpus)], folder / "out", nlp=nlp).html_path


def test_the_panel_shows_outlet_speaker_and_dispute(browser, page_path):
    page = Page(browser, Path(page_path))
    page.js("window.graphx.showNode('uganda')")
    panel = page.page.inner_text("#panel")
    assert "Daily Planet · said by Kenya" in panel
    assert HOSTILE + " · said by Uganda · negated" in panel          # shown as text
    assert "⚑ disputed: denied by Uganda" in panel
    flagged = page.js("""window.graphx.graph.edges().map(k => window.graphx.graph.getEdgeAttribute(k, 'label'))""")
    assert "attacks \u2691" in flagged and "criticizes" in flagged      # the disputed edge is flagged
    assert page.js("window.__pwned") is None and page.dialogs == [] and page.blocked == []
    page.close()


def test_the_outlet_slider_hides_what_fewer_outlets_report(browser, page_path):
    page = Page(browser, Path(page_path))
    shown = lambda: sorted(page.drawn()["relations"])   # noqa: E731
    assert shown() == ["attacks", "criticizes"]
    page.js("""(() => { const s = document.getElementById('min-outlets'); s.value = '2';
                        s.dispatchEvent(new Event('input')); })()""")
    page.page.wait_for_function("() => window.graphx.visibleEdges() === 1", timeout=5000)
    assert shown() == ["attacks"]                                     # 3 outlets; the criticism has 1
    assert "outlets=2" in page.js("location.hash")
    page.close()
