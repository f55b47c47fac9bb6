"""The explorer page in headless chromium, driven by playwright, with the network cut off.

Debian's /usr/bin/chromium is used (nothing is downloaded). In CI the browser must be there:
these tests skip only on a developer machine without it.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pages import Page, skip_without_chromium

import graphx
from graphx.cli import cli as main
from graphx.graph import save_graph

HOSTILE = ('<script>window.__pwned = "script"</script>', '<img src=x onerror="window.__pwned=\'img\'">',
           '<svg onload="window.__pwned=\'svg\'"></svg>')

pytestmark = pytest.mark.browser
skip_without_chromium()


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
    related = {e["source"] for e in data["edges"]} | {e["target"] for e in data["edges"]}
    isolated = [n for n in data["nodes"] if n["id"] not in related]
    assert page.js("window.graphx.nodes.length") == len(data["nodes"]) > 5
    view = page.js("window.graphxView()")
    assert (view["nodes"], view["edges"]) == (len(related), len(data["edges"]))
    assert page.drawn()["nodes"] == sorted(related)
    assert page.page.inner_text("#isolated-count") == str(len(isolated))
    assert isolated                 # Nairobi: hidden by default, shown by the toggle, found by search
    page.page.check("#show-isolated")
    assert page.js("window.graphxView()")["nodes"] == len(data["nodes"])
    page.page.uncheck("#show-isolated")
    page.page.fill("#search", isolated[0]["label"])
    page.page.press("#search", "Enter")
    assert isolated[0]["id"] in page.drawn()["nodes"]
    assert page.page.inner_text("#panel").startswith(isolated[0]["label"])
    assert page.blocked == [] and page.errors == []
    html = explorer.html_path.read_text()
    assert "<script src" not in html and "<link" not in html


def test_hovering_an_edge_shows_its_evidence_sentence_with_the_trigger_marked(open_page, explorer):
    page = open_page(explorer.html_path)
    sentences = dict(page.js("window.graphx.edges.map(e => [e.relation, window.graphx.evidence(e).map(v => v.sentence).join(' ')])"))
    assert "Ethiopia and Eritrea signed a peace agreement." in sentences["agrees"]
    (x1, y1), (x2, y2) = page.dom_position("ethiopia"), page.dom_position("eritrea")
    page.page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2)
    tooltip = page.page.wait_for_selector("#tooltip:not([hidden])", timeout=5000)
    assert "signed a peace agreement" in tooltip.inner_text()
    assert tooltip.query_selector("mark").inner_text() in ("signed", "agreement")


def test_search_focuses_the_actor_and_its_neighbourhood_and_hops_widen_it(open_page, explorer):
    page = open_page(explorer.html_path)
    page.page.fill("#search", "abiy")
    assert "Abiy Ahmed" in page.page.inner_text("#suggestions")
    page.page.press("#search", "Enter")
    assert page.js("window.graphx.state.selected") == "abiy-ahmed"
    assert "Prime Minister" in page.page.inner_text("#panel")
    one_hop = page.drawn()["nodes"]
    assert "abiy-ahmed" in one_hop and "william-ruto" in one_hop and "somalia" not in one_hop
    page.page.select_option("#hops", "2")
    assert set(page.drawn()["nodes"]) > set(one_hop)
    # the view is in the URL fragment: the same link opens the same view
    link = page.js("location.href")
    assert "actor=abiy-ahmed" in link and "hops=2" in link
    again = Page(page.page.context.browser, explorer.html_path, fragment=link.split("#", 1)[1])
    assert again.drawn() == page.drawn() and again.js("window.graphx.state.selected") == "abiy-ahmed"
    again.close()


def test_keyboard_slash_searches_and_escape_resets(open_page, explorer):
    page = open_page(explorer.html_path)
    everything = page.drawn()
    page.page.click("#graph", position={"x": 5, "y": 5})
    page.page.keyboard.press("/")
    assert page.js("document.activeElement.id") == "search"
    page.page.keyboard.type("Kenya")
    page.page.keyboard.press("Enter")
    assert page.drawn() != everything
    page.page.keyboard.press("Escape")
    assert page.drawn() == everything and page.js("window.graphx.state.focus") is None
    assert page.js("location.hash") == ""


def test_relation_filter_and_minimum_evidence_hide_edges(open_page, explorer):
    page = open_page(explorer.html_path)
    everything = page.drawn()
    page.page.uncheck("#relation-filters input[value=member_of]")
    shown = page.drawn()["relations"]
    assert shown and "member_of" not in shown and "member_of" in everything["relations"]
    page.page.click("#reset")
    assert page.drawn() == everything
    page.js("(() => { const s = document.getElementById('min-evidence'); s.value = '2'; s.dispatchEvent(new Event('input')); })()")
    assert len(page.drawn()["relations"]) < len(everything["relations"])


def test_clicking_a_node_shows_its_evidence(open_page, explorer):
    page = open_page(explorer.html_path)
    x, y = page.dom_position("ethiopia")
    page.page.mouse.click(x, y)
    panel = page.page.inner_text("#panel")
    assert panel.startswith("Ethiopia")
    assert "Ethiopia and Eritrea signed a peace agreement." in panel
    assert "pattern verbal.coordination" in panel          # the rule that found the edge


def test_path_page_lists_the_hops_with_evidence_and_dims_the_rest(open_page, explorer, tmp_path):
    out = tmp_path / "path.html"
    result = CliRunner().invoke(main, ["path", "William Ruto", "Abiy Ahmed", "--graph", str(explorer.json_path),
                                       "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = open_page(out)
    panel = page.page.inner_text("#panel")
    assert panel.startswith("Path") and "1. William Ruto" in panel and "Abiy Ahmed" in panel
    assert "met" in panel                                   # the evidence sentence of the hop
    colours = page.js("""(() => { const r = window.graphx.renderer;
                                  return ['william-ruto', 'somalia'].map(id => r.getNodeDisplayData(id).color); })()""")
    assert colours[0] != colours[1] and colours[1] == "#e1e4e8"   # off the path: dimmed


def test_png_export_is_an_image_of_the_current_view(open_page, explorer):
    page = open_page(explorer.html_path)
    with page.page.expect_download() as download:
        page.page.click("#export-png")
    path = download.value.path()
    png = Path(path).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000
    inked = page.js("""(() => { const c = window.graphx.exportCanvas(), d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                                let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
                                return n; })()""")
    assert inked > 2000                                     # nodes, edges and labels, not a blank page


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
    from graphx.explorer.render import write_html
    write_html(G, result.html_path)
    assert "<script>window.__pwned" not in result.html_path.read_text()

    page = open_page(result.html_path)
    for node in G.nodes:
        x, y = page.dom_position(node)
        page.page.mouse.move(x, y)
        page.page.wait_for_timeout(150)
        page.page.mouse.click(x, y)
    for s, t, _ in G.edges(keys=True):
        (x1, y1), (x2, y2) = page.dom_position(s), page.dom_position(t)
        page.page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2)
        page.page.wait_for_timeout(150)
        page.page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
    page.page.fill("#search", "Kenya")
    assert HOSTILE[1] in page.page.inner_text("#suggestions")
    page.page.press("#search", "Enter")
    assert page.js("window.__pwned === undefined")
    assert page.dialogs == [] and page.blocked == [] and page.errors == []
    assert HOSTILE[0] in page.page.inner_text("#panel") or HOSTILE[1] in page.page.inner_text("body")


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
