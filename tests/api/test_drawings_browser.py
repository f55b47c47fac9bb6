"""What a notebook shows, in chromium: the pyvis drawing (explorer colours, evidence tooltips
shown as text, never run) and the explorer inline (`_repr_html_`: one sandboxed iframe that
draws and fetches nothing)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import graphx
from graphx.explorer import colours

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "explorer"))
from pages import skip_without_chromium  # noqa: E402

skip_without_chromium()
pytestmark = pytest.mark.browser

HOSTILE = 'Russia attacked Ukraine <img src=x onerror="window.pwned=1"> on Monday.'


class Opened:
    """A page opened from a file with every non-file request blocked and recorded."""

    def __init__(self, browser, path: Path):
        self.blocked: list[str] = []
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())

    def _route(self, route):
        if route.request.url.startswith(("file://", "about:")):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()


@pytest.fixture(scope="module")
def hostile(nlp):
    G = graphx.build_graph([HOSTILE], nlp=nlp)
    G.nodes["ukraine"]["aliases"] = ['<b onmouseover="window.pwned=2">Kyiv href</b>']
    return graphx.Graph(G)


def _hover(page, js_point):
    x, y = page.evaluate(js_point)
    page.mouse.move(x, y)
    page.wait_for_function("(() => { const t = document.querySelector('.vis-tooltip');"
                           " return t && t.style.visibility === 'visible'; })()", timeout=10_000)
    return page.evaluate("document.querySelector('.vis-tooltip').innerText")


def test_pyvis_drawing_shows_hostile_text_and_runs_nothing(browser, hostile, tmp_path, need):
    need("pyvis", "pyvis")
    net = hostile.to_pyvis()
    assert {n["color"] for n in net.nodes} == {colours.TYPE_COLORS["GPE"]}
    assert [e["color"] for e in net.edges] == [colours.FAMILY_COLORS["conflict"]]
    path = tmp_path / "drawing.html"
    path.write_text(hostile.draw().page, encoding="utf-8")
    opened = Opened(browser, path)
    page = opened.page
    page.wait_for_function("() => typeof network !== 'undefined' && network.body.data.nodes.length === 2")
    box = "document.getElementById('mynetwork').getBoundingClientRect()"
    node = _hover(page, f"""(() => {{ const p = network.canvasToDOM(network.getPositions(['ukraine']).ukraine);
                                     const r = {box}; return [p.x + r.left, p.y + r.top]; }})()""")
    assert '<b onmouseover="window.pwned=2">Kyiv' in node
    page.mouse.move(5, 5)
    page.wait_for_timeout(600)
    edge = _hover(page, f"""(() => {{ const p = network.getPositions(); const r = {box};
                                     const a = network.canvasToDOM(p.russia), b = network.canvasToDOM(p.ukraine);
                                     return [(a.x + b.x) / 2 + r.left, (a.y + b.y) / 2 + r.top]; }})()""")
    assert "Russia ─attacks→ Ukraine" in edge and '<img src=x onerror="window.pwned=1">' in edge
    assert page.evaluate("window.pwned") is None
    assert opened.blocked == []
    page.close()


def test_explorer_inline_is_one_sandboxed_frame_that_draws_offline(browser, hostile, tmp_path):
    cell = hostile._repr_html_()
    assert cell.startswith("<iframe srcdoc=") and cell.endswith("</iframe>") and cell.count("<iframe") == 1
    assert 'sandbox="allow-scripts"' in cell and "allow-same-origin" not in cell
    assert not re.findall(r"(?:src|href)=(?:\"|&quot;)https?:", cell)
    path = tmp_path / "notebook.html"
    path.write_text(f"<!doctype html><html><body>{cell}</body></html>", encoding="utf-8")
    opened = Opened(browser, path)
    opened.page.wait_for_function("() => document.querySelector('iframe') !== null")
    frame = opened.page.frame_locator("iframe")
    frame.locator("#graph canvas").first.wait_for(timeout=30_000)
    inner = opened.page.frames[1]
    inner.wait_for_function("() => window.graphxReady === true", timeout=30_000)
    assert inner.evaluate("window.graphx.nodes.length") == 2
    assert inner.evaluate("window.graphx.FAMILY_COLORS") == colours.FAMILY_COLORS
    assert inner.evaluate("window.pwned") is None and opened.page.evaluate("window.pwned") is None
    assert opened.blocked == []
    opened.page.close()
