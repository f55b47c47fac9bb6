"""The explorer page in headless chromium, driven by playwright, with the network cut off.

Debian's /usr/bin/chromium is used (nothing is downloaded). In CI the browser must be there:
these tests skip only on a developer machine without it.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import graphx
from graphx.graph import save_graph

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = ('<script>window.__pwned = "script"</script>', '<img src=x onerror="window.__pwned=\'img\'">',
           '<svg onload="window.__pwned=\'svg\'"></svg>')

pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
    pytest.skip("Debian chromium is not installed (apt-get install -y chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


class Page:
    """A page opened from a file with every non-file request blocked and recorded."""

    def __init__(self, browser, html_path: Path):
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(html_path.as_uri())
        self.page.wait_for_function("window.graphx && window.graphx.stabilized", timeout=30_000)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def dom_position(self, node_id):
        return self.js("""id => { const p = network.getPositions([id])[id];
                                   const d = network.canvasToDOM(p);
                                   const r = document.getElementById('graph').getBoundingClientRect();
                                   return [d.x + r.left, d.y + r.top]; }""", node_id)

    def close(self):
        self.page.close()


@pytest.fixture()
def open_page(browser):
    pages = []

    def opener(path):
        pages.append(Page(browser, Path(path)))
        return pages[-1]
    yield opener
    for p in pages:
        p.close()


@pytest.fixture(scope="module")
def explorer(nlp, tmp_path_factory):
    """An explorer page over a small graph built from articles written for these tests."""
    folder = tmp_path_factory.mktemp("explorer")
    (folder / "in").mkdir()
    (folder / "in" / "a.txt").write_text(
        "Kenya's President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.\n\n"
        "Ethiopia and Eritrea signed a peace agreement. Al-Shabaab attacked a Kenyan army base.\n\n"
        "Somalia accused al-Shabaab of the bombing. The United Nations praised Kenya.\n", encoding="utf-8")
    result = graphx.build([str(folder / "in")], folder / "out", nlp=nlp)
    return result


def test_page_draws_every_related_actor_offline_and_the_others_on_request(open_page, explorer):
    data = json.loads(explorer.json_path.read_text())
    page = open_page(explorer.html_path)
    page.page.wait_for_function("window.graphxReady === true")
    related = {e["source"] for e in data["edges"]} | {e["target"] for e in data["edges"]}
    isolated = [n for n in data["nodes"] if n["id"] not in related]
    assert page.js("window.graphx.nodes.length") == len(data["nodes"]) > 5
    assert page.js("window.graphxView()") == {"nodes": len(related), "edges": len(data["edges"])}
    assert page.page.inner_text("#isolated-count") == str(len(isolated))
    assert isolated                 # Nairobi: hidden by default, shown by the toggle, found by search
    page.page.check("#show-isolated")
    assert page.js("window.graphxView()")["nodes"] == len(data["nodes"])
    page.page.uncheck("#show-isolated")
    page.page.fill("#search", isolated[0]["label"])
    page.page.press("#search", "Enter")
    assert page.js("window.graphxView()")["nodes"] == len(related) + 1
    assert page.js("network.body.data.edges.length") == len(data["edges"])
    assert page.blocked == [] and page.errors == []
    html = explorer.html_path.read_text()
    assert "https://" not in "".join(line for line in html.splitlines() if "<script src" in line or "<link" in line)


def test_edges_carry_their_evidence_sentences(open_page, explorer):
    page = open_page(explorer.html_path)
    titles = page.js("window.graphx.edges.get().map(e => [e.relation, e.title.textContent])")
    by_relation = dict(titles)
    assert "Ethiopia and Eritrea signed a peace agreement." in by_relation["agrees"]
    assert all(t for _, t in titles)
    # hovering the edge shows that sentence in the tooltip, with the trigger marked
    page.js("network.setOptions({edges: {smooth: false}})")
    (x1, y1), (x2, y2) = page.dom_position("ethiopia"), page.dom_position("eritrea")
    page.page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2)
    tooltip = page.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert "signed a peace agreement" in tooltip.inner_text()
    assert tooltip.query_selector("mark").inner_text() in ("signed", "agreement")


def test_search_focuses_the_actor(open_page, explorer):
    page = open_page(explorer.html_path)
    page.page.fill("#search", "abiy ahmed")
    page.page.press("#search", "Enter")
    assert page.js("network.getSelectedNodes()") == ["abiy-ahmed"]
    assert "Prime Minister" in page.page.inner_text("#panel")


def test_relation_filter_hides_edges(open_page, explorer):
    page = open_page(explorer.html_path)
    page.page.uncheck("#relation-filters input[value=member_of]")
    hidden = page.js("window.graphx.edges.get().filter(e => e.hidden).map(e => e.relation)")
    shown = page.js("window.graphx.edges.get().filter(e => !e.hidden).map(e => e.relation)")
    assert hidden and set(hidden) == {"member_of"} and "member_of" not in shown
    page.page.click("#reset")
    assert page.js("window.graphx.edges.get().filter(e => e.hidden).length") == 0


def test_clicking_a_node_shows_its_evidence(open_page, explorer):
    page = open_page(explorer.html_path)
    x, y = page.dom_position("ethiopia")
    page.page.mouse.click(x, y)
    panel = page.page.inner_text("#panel")
    assert panel.startswith("Ethiopia")
    assert "Ethiopia and Eritrea signed a peace agreement." in panel
    assert "pattern verbal.coordination" in panel          # the rule that found the edge


def test_path_page_highlights_the_path(open_page, explorer, tmp_path):
    from graphx.render import write_html
    G = graphx.load_graph(explorer.json_path)
    out = tmp_path / "path.html"
    write_html(G, out, highlight={"nodes": ["william-ruto", "abiy-ahmed"],
                                  "edges": ["william-ruto|abiy-ahmed|consults"]})
    page = open_page(out)
    width = page.js("window.graphx.edges.get('william-ruto|abiy-ahmed|consults').width")
    assert width == 5


def test_hostile_article_markup_runs_nothing(open_page, nlp, tmp_path):
    article = tmp_path / "in" / "hostile.txt"
    article.parent.mkdir()
    article.write_text(
        f"Kenya criticized Uganda {HOSTILE[1]} on Monday.\n\n"
        f"{HOSTILE[0]} Uganda attacked Kenya.\n\n"
        f"Rwanda praised Burundi. {HOSTILE[2]}\n", encoding="utf-8")
    result = graphx.build([str(article.parent)], tmp_path / "out", nlp=nlp)
    G = result.graph
    # Markup in every field the page shows, as a crafted article could put it there.
    for _, d in G.nodes(data=True):
        d["label"] = d["label"] + " " + HOSTILE[1]
        d["aliases"] = list(d["aliases"]) + list(HOSTILE)
        d["roles"] = [HOSTILE[2]]
    for _, _, d in G.edges(data=True):
        d["trigger"] = HOSTILE[0]
        for ev in d["evidence"]:
            ev["doc"] = HOSTILE[2]
    save_graph(G, result.json_path)
    from graphx.render import write_html
    write_html(G, result.html_path)
    assert "<script>window.__pwned" not in result.html_path.read_text()

    page = open_page(result.html_path)
    for node in G.nodes:
        x, y = page.dom_position(node)
        page.page.mouse.move(x, y)
        page.page.wait_for_timeout(200)
        page.page.mouse.click(x, y)
    page.js("network.setOptions({edges: {smooth: false}})")
    for s, t, _ in G.edges(keys=True):
        (x1, y1), (x2, y2) = page.dom_position(s), page.dom_position(t)
        page.page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2)
        page.page.wait_for_timeout(200)
        page.page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
    page.page.fill("#search", "Kenya")
    page.page.press("#search", "Enter")
    assert page.js("window.__pwned === undefined")
    assert page.dialogs == [] and page.blocked == []
    assert HOSTILE[0] in page.page.inner_text("#panel") or HOSTILE[1] in page.page.inner_text("body")


def test_large_graph_is_capped_with_a_notice_and_search_still_finds_everyone(open_page, tmp_path):
    import networkx as nx
    from graphx.render import write_html
    G = nx.MultiDiGraph(format="graphx/1", documents=[])
    n = 1700
    for i in range(n):
        G.add_node(f"a{i}", label=f"Actor {i}", type="ORG", aliases=[f"Actor {i}"], roles=[], mentions=1, docs=["d"])
    for i in range(1, n):        # a chain plus a hub: the hub and low numbers are best connected
        G.add_edge(f"a{i}", f"a{(i * 7) % i if i > 7 else 0}", key="attacks", relation="attacks",
                   family="conflict", modality="asserted", confidence=0.9, count=1,
                   evidence=[{"doc": "d", "sentence": f"Actor {i} attacked.", "start": 0, "end": 10}])
    out = tmp_path / "big.html"
    write_html(G, out)
    page = open_page(out)
    assert page.js("Object.keys(network.getPositions()).length") == 1500
    assert "1500 best-connected of 1700" in page.page.inner_text("#notice")
    leaf = next(f"Actor {i}" for i in range(n - 1, 0, -1)
                if page.js(f"window.graphx.nodes.get('a{i}') === null"))
    page.page.fill("#search", leaf)
    page.page.press("#search", "Enter")
    assert page.js("network.getSelectedNodes()") == [f"a{leaf.split()[1]}"]


def test_the_time_range_hides_edges_outside_it_and_brings_them_back(open_page, nlp, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(d) for d in [
        {"id": "old", "date": "2019-01-10", "text": "Kenya criticized Uganda."},
        {"id": "mid", "date": "2019-06-10", "text": "Ghana praised Togo."},
        {"id": "new", "date": "2020-02-10", "text": "Chile criticized Peru. In March 2020, Chile attacked Bolivia."},
    ]) + "\n", encoding="utf-8")
    result = graphx.build([str(corpus)], tmp_path / "out", nlp=nlp)
    page = open_page(result.html_path)
    total = page.js("window.graphx.visibleEdges()")
    assert total == result.graph.number_of_edges() >= 4
    months = page.js("document.getElementById('time-to').max")

    def set_range(lo, hi):
        page.js("""([lo, hi]) => { const f = document.getElementById('time-from'), t = document.getElementById('time-to');
                                   f.value = String(lo); t.value = String(hi);
                                   t.dispatchEvent(new Event('input')); }""", [lo, hi])
        return page.js("window.graphx.visibleEdges()"), page.js("document.getElementById('time-range').textContent")

    visible, label = set_range(0, 6)                       # 2019-01 … 2019-07
    assert visible == 2 and label == "2019-01 – 2019-07"
    visible, label = set_range(13, int(months))            # 2020-02 … 2020-03
    assert visible == total - 2 and label.startswith("2020-02")
    assert set_range(0, int(months))[0] == total           # widened: every edge is back
    page.js("document.getElementById('reset').click()")
    assert page.js("window.graphx.visibleEdges()") == total and not page.errors
