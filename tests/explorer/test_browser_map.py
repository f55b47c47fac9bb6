"""The map view (#29 item 4), in Debian's chromium with the network cut off: located evidence as
points beside the graph, states shaded by their relations, the time and relation filters drive
it, a click on a point lists its sentences, and a hostile place name is shown, never run.
Documents written for the tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pages import Page, skip_without_chromium

import graphx
from graphx.cli import cli

pytestmark = pytest.mark.browser
skip_without_chromium()

HOSTILE = '<img src=x onerror="window.__pwned=1">Kabul'
RECORDS = [
    {"id": "a", "text": "Pakistan negotiated with the Taliban in Doha.", "date": "2024-01-10"},
    {"id": "b", "text": "Russia attacked Ukraine near Kharkiv.", "date": "2024-06-10"},
    {"id": "c", "text": "Zalmay Khalilzad visited Kabul.", "date": "2024-06-12"}]


@pytest.fixture(scope="module")
def page_path(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("map")
    corpus = folder / "news.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    built = graphx.build([str(corpus)], folder / "out", nlp=nlp)
    renamed = CliRunner().invoke(cli, ["rename", "Kabul", HOSTILE, "--graph", str(built.json_path)])
    assert renamed.exit_code == 0, renamed.output
    return Path(built.html_path)


def points(page: Page) -> dict[str, int]:
    return page.js("""() => Object.fromEntries([...document.querySelectorAll('#map-view circle.point')]
                                              .map(c => [c.dataset.place, Number(c.dataset.count)]))""")


def test_the_map_draws_located_events_and_shades_states(browser, page_path):
    page = Page(browser, page_path)
    assert page.js("() => document.getElementById('map-view').hidden")         # the graph alone at first
    page.page.click("#show-map")
    assert points(page) == {"doha": 1, "kharkiv": 1, "kabul": 1}
    assert "map=1" in page.js("() => location.hash")
    shaded = page.js("""() => [...document.querySelectorAll('#map-view path.country.known')]
                              .map(p => p.querySelector('title').textContent).sort()""")
    assert "Ukraine: 1 relation" in shaded and "Russia: 1 relation" in shaded and "Pakistan: 1 relation" in shaded
    assert page.js("() => window.graphx.timings.mapMs") < 1000
    assert page.blocked == [] and page.errors == []
    page.close()


def test_time_and_relation_filters_change_the_map(browser, page_path):
    page = Page(browser, page_path, "map=1")                                     # a link opens the map
    assert set(points(page)) == {"doha", "kharkiv", "kabul"}
    page.js("""() => { const s = document.getElementById('time-from'); s.value = s.max;
                       s.dispatchEvent(new Event('input')); }""")
    assert set(points(page)) == {"kharkiv", "kabul"}                            # June only: Doha was January
    page.page.click("#relation-filters input[value=attacks]")
    assert set(points(page)) == {"kabul"}
    assert page.errors == []
    page.close()


def test_clicking_a_point_lists_its_sentences_and_names_run_no_script(browser, page_path):
    page = Page(browser, page_path, "map=1")
    page.page.click("#map-view circle[data-place=kharkiv]")
    panel = page.page.inner_text("#panel")
    assert panel.startswith("Kharkiv") and "Russia attacked Ukraine near Kharkiv." in panel
    assert "Russia \u2014attacks\u2192 Ukraine" in panel
    page.page.click("#map-view circle[data-place=kabul]")
    assert HOSTILE in page.page.inner_text("#panel")                            # shown as text
    title = page.js("() => document.querySelector('#map-view circle[data-place=kabul] title').textContent")
    assert title.startswith(HOSTILE)
    assert page.js("() => window.__pwned") is None and page.dialogs == [] and page.blocked == []
    page.close()
