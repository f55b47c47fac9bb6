"""Saved web pages, feeds and web archives as inputs; XML read safely. Files written for the tests."""
from __future__ import annotations

import io
import json
import resource
import time

from click.testing import CliRunner

import graphx
from graphx.cli import cli

PAGE = """<html><head><title>Talks resume</title>
<link rel="canonical" href="https://news.example/talks">
<meta property="article:published_time" content="2020-03-03T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">Brazil attacked Argentina</a></nav>
<script>document.write('Chile attacked Peru');</script>
<article><h1>Talks resume</h1>
<p>The United States held talks with the Taliban in Doha on Tuesday, officials said on Wednesday.</p>
<p>Kenya criticized Uganda over the border dispute, according to a statement from the ministry.</p>
</article>
<div class="comments"><h3>Comments</h3><p>reader42: Norway attacked Sweden!!!</p></div>
<footer>Copyright 2020 France Media</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World news</title>
<item><title>One</title><link>https://news.example/1</link><pubDate>Mon, 02 Mar 2020 09:00:00 GMT</pubDate>
<description>Kenya criticized Uganda over the border.</description></item>
<item><title>Two</title><link>https://news.example/2</link><pubDate>Tue, 03 Mar 2020 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Ghana praised Togo for its mediation.&lt;/p&gt;</description></item>
<item><title>Three</title><link>https://news.example/3</link><pubDate>Wed, 04 Mar 2020 09:00:00 GMT</pubDate>
<description>Chile criticized Peru on Tuesday.</description></item>
</channel></rss>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://{path}">]>
<rss version="2.0"><channel><item><title>x</title><description>&secret; Kenya criticized Uganda.</description></item></channel></rss>"""

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">""" + "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10)) + """]>
<rss version="2.0"><channel><item><title>x</title><description>&lol9; Kenya criticized Uganda.</description></item></channel></rss>"""


def graph_docs(out):
    return json.loads((out / "graph.json").read_text())["graph"]["documents"]


def labels(G):
    return {d["label"] for _, d in G.nodes(data=True)}


def test_a_news_page_gives_only_its_article_with_its_date_and_url(nlp, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = graphx.build([str(page)], tmp_path / "out", nlp=nlp)
    assert {"United States", "Taliban", "Kenya", "Uganda"} <= labels(result.graph)
    assert labels(result.graph).isdisjoint({"Brazil", "Argentina", "Chile", "Peru", "Norway", "Sweden", "France"})
    (doc,) = graph_docs(tmp_path / "out")
    assert (doc["title"], doc["date"], doc["url"]) == ("Talks resume", "2020-03-03", "https://news.example/talks")
    talks = [d for u, v, d in result.graph.edges(data=True) if d["relation"] == "negotiates"]
    assert talks and talks[0]["evidence"][0]["date"] == "2020-03-03"  # "on Tuesday" in Tuesday's paper


def test_a_feed_gives_one_dated_document_per_entry(nlp, tmp_path):
    feed = tmp_path / "world.rss"
    feed.write_text(FEED, encoding="utf-8")
    graphx.build([str(feed)], tmp_path / "out", nlp=nlp)
    docs = graph_docs(tmp_path / "out")
    assert [d["date"] for d in docs] == ["2020-03-02", "2020-03-03", "2020-03-04"]
    assert [d["url"] for d in docs] == [f"https://news.example/{i}" for i in (1, 2, 3)]


def test_a_web_archive_gives_each_html_page(nlp, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i, body in enumerate([PAGE, PAGE.replace("Kenya criticized Uganda", "Ghana praised Togo")]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://news.example/page{i}", "response",
                                               payload=io.BytesIO(body.encode("utf-8")), http_headers=headers)
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("https://news.example/robots.txt", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    graphx.build([str(path)], tmp_path / "out", nlp=nlp)
    docs = graph_docs(tmp_path / "out")
    assert len(docs) == 2 and all(d["date"] == "2020-03-03" for d in docs)


def test_feeds_with_entities_are_refused_without_reading_outside_or_blowing_up(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Atlantis attacked Lemuria.", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "xxe.xml").write_text(XXE.format(path=secret), encoding="utf-8")
    (tmp_path / "in" / "laughs.xml").write_text(LAUGHS, encoding="utf-8")
    (tmp_path / "in" / "ok.rss").write_text(FEED, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 60
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000     # KB
    assert "xxe.xml: declares XML entities" in result.output and "laughs.xml: declares XML entities" in result.output
    graph = (tmp_path / "out" / "graph.json").read_text()
    assert "Atlantis" not in graph and "lollol" not in graph
    assert len(graph_docs(tmp_path / "out")) == 3


def test_a_date_at_the_start_of_a_file_name_dates_its_document(nlp, tmp_path):
    article = tmp_path / "2021-01-22-remarks.txt"
    article.write_text("Kenya criticized Uganda.", encoding="utf-8")
    result = graphx.build([str(article)], tmp_path / "out", nlp=nlp)
    (edge,) = [d for _, _, d in result.graph.edges(data=True)]
    assert edge["evidence"][0]["date"] == "2021-01-22" and edge["evidence"][0]["date_source"] == "document"
