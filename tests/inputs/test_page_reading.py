"""Reading the web as it comes (#23, items 1-4): datelines after a headline, feed titles, menus and
cards a page repeats, gzip-compressed pages. Pages, feeds and sentences written for the tests."""
from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

import graphx
from graphx.cli import cli
from graphx.paragraphs import paragraphs


def triples(G):
    return {(G.nodes[s]["label"], d["relation"], G.nodes[t]["label"]) for s, t, d in G.edges(data=True)}


def labels(G):
    return {d["label"] for _, d in G.nodes(data=True)}


@pytest.mark.parametrize("dateline", [
    "BEIRUT, Lebanon (AP) — ", "NAIROBI, Kenya — ", "SIOUX FALLS, S.D. – ", "LONDON — ",
    "KHARTOUM, April 16 (Reuters) - ", "Paris (CNN Business)", "(AFP) "])
def test_a_dateline_after_the_headline_is_where_the_story_was_filed_not_news(dateline):
    text = f"Border talks stall\n{dateline}Somalia accused Ethiopia of arming rebels on Monday."
    assert [p for _, p in paragraphs(text)] == ["Border talks stall",
                                                "Somalia accused Ethiopia of arming rebels on Monday."]


@pytest.mark.parametrize("opening", [
    "NASA — the space agency — criticized the plan.",          # capitals, but no place
    "OPEC (the oil cartel) - members disagreed.",
    "(As the Reuters report noted, Somalia accused Ethiopia.)",
    "Ethiopia — long a rival — was accused by Somalia."])
def test_capitals_or_a_parenthesis_that_are_no_dateline_stay(opening):
    assert [p for _, p in paragraphs(f"Headline\n{opening}")] == ["Headline", opening]


def test_a_place_on_a_line_of_its_own_is_a_dateline_and_no_actor(graph_of):
    G = graph_of("Rivals meet\nGENEVA, SWITZERLAND\nKenya criticized Uganda over the border dispute.")
    assert triples(G) == {("Kenya", "criticizes", "Uganda")}
    assert "Switzerland" not in labels(G)


def test_the_country_of_a_dateline_does_not_act_for_the_subject(graph_of):
    G = graph_of("Minister speaks\nBEIRUT, Lebanon (AP) — Hezbollah criticized Israel on Monday over the strikes.")
    found = triples(G)
    assert ("Hezbollah", "criticizes", "Israel") in found
    assert not any(s in ("Lebanon", "Beirut") for s, _, _ in found)


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World</title>
<item><title>Kenya criticizes Uganda over border closure</title><link>https://news.example/1</link>
<description>Traders were stranded on Tuesday as the row went on.</description></item>
<item><title>Quiet day</title><link>https://news.example/2</link>
<description>Quiet day. Nothing happened.</description></item>
</channel></rss>"""


def test_a_feed_entry_reads_its_title_as_its_first_paragraph(nlp, tmp_path):
    feed = tmp_path / "world.xml"
    feed.write_text(FEED, encoding="utf-8")
    result = graphx.build([str(feed)], tmp_path / "out", nlp=nlp)
    assert ("Kenya", "criticizes", "Uganda") in triples(result.graph)
    (edge,) = [d for _, _, d in result.graph.edges(data=True) if d["relation"] == "criticizes"]
    assert edge["evidence"][0]["sentence"] == "Kenya criticizes Uganda over border closure"


MENU = "".join(f"<h4>{w}</h4>" for w in ("World", "Europe", "Middle East", "Tech"))   # kept by trafilatura
PAGE = f"""<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>
{MENU}
<p>Kenya criticized Uganda over the border dispute on Tuesday, officials said.</p>
{MENU}
<p>Gov. Jane DoeJane Ann DoeState drops appeal over road tolls Governor signs budget MORE said Ghana praised Togo.</p>
{MENU}<p>See More</p>
<p>Officials in Nairobi said the talks would go on, and that both sides had agreed to meet again in the coming weeks.</p>
{MENU}<p>See More</p>
</article></body></html>"""


def build_page(nlp, tmp_path, name, data: bytes):
    page = tmp_path / "in" / name
    page.parent.mkdir(exist_ok=True)
    page.write_bytes(data)
    return CliRunner().invoke(cli, ["build", str(page.parent), "--out", str(tmp_path / "out")])


def test_menus_cards_and_repeats_a_page_carries_are_left_out(nlp, tmp_path):
    result = build_page(nlp, tmp_path, "page.html", PAGE.encode())
    assert result.exit_code == 0, result.output
    graph = json.loads((tmp_path / "out" / "graph.json").read_text())
    names = {n["label"] for n in graph["nodes"]}
    assert {"Kenya", "Uganda", "Jane Doe"} <= names
    assert names.isdisjoint({"Europe", "Middle East", "World", "Jane DoeJane Ann Doe", "State"})


def test_a_page_that_is_mostly_menus_gets_a_warning(nlp, tmp_path):
    menus = "".join(f"{MENU}<p>Story {i} is a sentence.</p>" for i in range(12))
    page = f"<html><body><article><p>Kenya criticized Uganda over the border dispute on Tuesday.</p>{menus}</article></body></html>"
    result = build_page(nlp, tmp_path, "menus.html", page.encode())
    assert result.exit_code == 0, result.output
    assert "menus.html: most of the page's text was repeated menus or link cards" in result.output


def test_a_gzip_compressed_page_is_read(nlp, tmp_path):
    result = build_page(nlp, tmp_path, "page.html.gz", gzip.compress(PAGE.encode()))
    assert result.exit_code == 0, result.output
    assert "Kenya" in (tmp_path / "out" / "graph.json").read_text()


def test_a_damaged_gzip_page_is_skipped_with_its_reason(nlp, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text("Kenya criticized Uganda.", encoding="utf-8")
    result = build_page(nlp, tmp_path, "broken.html.gz", gzip.compress(PAGE.encode())[:40])
    assert result.exit_code == 0, result.output
    assert "broken.html.gz: damaged gzip file" in result.output
