"""The explorer at corpus scale, in Debian's chromium: the dev corpus (987 real documents) and a
generated graph of 50,000 actors and 200,000 relations. The figures are printed with the tests.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pages import Page, skip_without_chromium

import graphx

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "whitehouse_dev.jsonl"

skip_without_chromium()


def report(capsys, text: str) -> None:
    with capsys.disabled():
        print(f"\n  [explorer] {text}", end="")


def opened(browser, html: Path, fragment: str = "") -> tuple[Page, float]:
    started = time.perf_counter()
    page = Page(browser, html, fragment)
    return page, time.perf_counter() - started


def labels_are_readable(labels: list[dict], width: int = 1060, height: int = 900) -> None:
    for a in labels:
        assert a["fontSize"] >= 12
        assert a["x"] >= 0 and a["y"] >= 0 and a["x"] + a["width"] <= width and a["y"] + a["height"] <= height
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            apart = (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                     or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])
            assert apart, (a, b)


def search_time(page: Page, text: str) -> float:
    """Seconds from typing an actor's name and Enter to its neighbourhood drawn."""
    page.page.fill("#search", text)
    started = time.perf_counter()
    page.page.press("#search", "Enter")
    page.js("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return time.perf_counter() - started


@pytest.fixture(scope="module")
def dev_corpus(tmp_path_factory):
    if not CORPUS.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CORPUS} is missing")
        pytest.skip("the dev corpus is not beside the repository")
    return graphx.build([str(CORPUS)], tmp_path_factory.mktemp("dev") / "out", workers=2)


def test_dev_corpus_overview_hubs_labelled_no_isolated_actor_fast_search(browser, dev_corpus, capsys):
    G = dev_corpus.graph
    page, seconds = opened(browser, dev_corpus.html_path)
    first_draw = page.js("window.graphx.firstDrawMs") / 1000
    related = {n for s, t in G.edges() for n in (s, t)}
    drawn = set(page.drawn()["nodes"])
    assert drawn == related                                    # no actor without relations drawn
    view = page.js("window.graphxView()")
    labels = [a for a in view["labels"] if a["id"] in related]
    labels_are_readable(view["labels"])
    hubs = sorted(related, key=lambda n: -len(set(G.successors(n)) | set(G.predecessors(n))))[:5]
    assert len(labels) >= 20 and set(hubs) <= {a["id"] for a in labels}
    assert first_draw <= 3.0
    took = search_time(page, G.nodes[hubs[1]]["label"])
    assert page.js("window.graphx.state.root") == hubs[1] and took <= 1.0
    assert page.blocked == [] and page.errors == []
    report(capsys, f"dev corpus: {len(G)} actors, {G.number_of_edges()} relations; drawn {len(drawn)} actors, "
                   f"{len(labels)} labels; first draw {first_draw:.2f} s (page open {seconds:.2f} s); "
                   f"search → neighbourhood {took:.2f} s")
    page.close()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    out = tmp_path_factory.mktemp("synthetic")
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic_graph.py"), "--nodes", "50000",
                    "--edges", "200000", "--out", str(out)], check=True)
    return out


def test_fifty_thousand_actors_open_to_a_community_overview_and_stay_searchable(browser, synthetic, capsys):
    html = synthetic / "graph.html"
    megabytes = html.stat().st_size / 1e6
    assert megabytes <= 60
    page, seconds = opened(browser, html)
    first_draw = page.js("window.graphx.firstDrawMs") / 1000
    assert seconds <= 10
    view = page.js("window.graphxView()")
    communities = page.js("window.graphx.communities.length")
    assert page.js("window.graphx.state.collapsed") and view["nodes"] <= communities
    assert len(view["labels"]) >= 20
    labels_are_readable(view["labels"])
    # a community opens on click: its members are drawn instead of it
    x, y = page.dom_position("community:0")
    page.page.mouse.click(x, y)
    members = page.js("window.graphx.members.get(0).length")
    assert page.js("window.graphxView()")["nodes"] >= view["nodes"] - 1 + members * 0.9
    took = search_time(page, "Actor 4242")
    assert page.js("window.graphx.state.root") == "actor-4242" and took <= 1.0
    assert "Actor 4242" in page.page.inner_text("#panel")
    assert page.blocked == [] and page.errors == []
    report(capsys, f"50,000 actors / 200,000 relations: {megabytes:.1f} MB; overview of {view['nodes']} "
                   f"communities in {seconds:.2f} s (first draw {first_draw:.2f} s after navigation); "
                   f"search → neighbourhood {took:.2f} s")
    page.close()


def test_dev_corpus_map_draws_every_located_event_fast_and_follows_the_filters(browser, dev_corpus, capsys):
    from graphx.query.located import geojson
    features = geojson(dev_corpus.graph)["features"]
    page, _ = opened(browser, dev_corpus.html_path, "map=1")
    total = "() => [...document.querySelectorAll('#map-view circle.point')].reduce((s, c) => s + Number(c.dataset.count), 0)"
    drawn_ms = page.js("() => window.graphx.timings.mapMs")
    places = page.js("() => document.querySelectorAll('#map-view circle.point').length")
    assert page.js(total) == len(features) >= 20 and drawn_ms <= 1000
    commonest = max({f["properties"]["relation"] for f in features},
                    key=lambda r: sum(f["properties"]["relation"] == r for f in features))
    page.page.click(f"#relation-filters input[value={commonest}]")
    assert page.js(total) == sum(f["properties"]["relation"] != commonest for f in features)
    page.page.click(f"#relation-filters input[value={commonest}]")
    dates = sorted(f["properties"]["date"] for f in features if f["properties"]["date"])
    middle = dates[len(dates) // 2][:7]                      # from the month of the median located event
    page.js("""month => { const s = document.getElementById('time-from');
                          s.value = String(window.graphx.months.indexOf(month)); s.dispatchEvent(new Event('input')); }""", middle)
    assert 0 < page.js(total) < len(features)
    ends = {4: "-12-31", 7: "-31", 10: ""}                  # a year or a month lasts to its end
    last = lambda d: d[:10] + ends.get(len(d[:10]), "") if d else ""   # noqa: E731
    assert page.js(total) == sum(last(f["properties"]["date"]) >= middle + "-01" for f in features)
    biggest = page.js("() => document.querySelector('#map-view circle.point').dataset.place")
    page.js("() => document.querySelector('#map-view circle.point').dispatchEvent(new MouseEvent('click'))")
    sentences = {f["properties"]["sentence"] for f in features if f["properties"]["place"] == biggest}
    assert any(" ".join(s.split())[:60] in " ".join(page.page.inner_text("#panel").split()) for s in sentences)
    assert page.blocked == [] and page.errors == []
    report(capsys, f"dev corpus map: {len(features)} located evidence at {places} places drawn in {drawn_ms:.0f} ms")
    page.close()
