"""Says who, and how many back it (#28 items 2-3, 7): documents carry their outlet, relations how
many documents and outlets back them, evidence its speaker; every query filters on them
(`--said-by`, `--min-outlets`, `--min-documents`, `relations --unattributed`). Documents
written for the tests, and the seed article."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import graphx
from graphx.cli import cli
from graphx.errors import GraphFileError
from graphx.inputs.outlets import domain_of

EVENT = "Ethiopia attacked Eritrea on Monday."


@pytest.fixture(scope="module")
def three_outlets(nlp, tmp_path_factory):
    """The same event told by three outlets (one per record field that can name one), and a
    relation one outlet alone reports."""
    folder = tmp_path_factory.mktemp("outlets")
    records = [{"id": "a", "text": EVENT, "outlet": "Daily Planet"},
               {"id": "b", "text": "Ethiopia attacked Eritrea, officials said.", "publisher": "Gotham Gazette"},
               {"id": "c", "text": f"{EVENT} Kenya criticized Uganda.", "source": "Metropolis Times"},
               {"id": "d", "text": "Ethiopia attacked Eritrea again.", "outlet": "Daily Planet"}]
    corpus = folder / "news.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return graphx.build([str(corpus)], folder / "out", nlp=nlp).json_path


def _edge(G, source, relation, target):
    return G.edges[source, target, relation]


def test_one_event_told_by_three_outlets_is_one_relation_with_its_backing(three_outlets):
    G = graphx.load_graph(three_outlets)
    attack = _edge(G, "ethiopia", "attacks", "eritrea")
    assert (attack["count"], attack["documents"], attack["outlets"]) == (4, 4, 3)
    assert (_edge(G, "kenya", "criticizes", "uganda")["documents"], _edge(G, "kenya", "criticizes", "uganda")["outlets"]) == (1, 1)
    outlets = {d["id"]: d.get("outlet") for d in G.graph["documents"]}
    assert outlets == {"a": "Daily Planet", "b": "Gotham Gazette", "c": "Metropolis Times", "d": "Daily Planet"}


def test_min_outlets_keeps_what_several_report_and_drops_the_rest(three_outlets):
    run = CliRunner().invoke(cli, ["relations", "--graph", str(three_outlets), "--min-outlets", "2"])
    assert run.exit_code == 0, run.output
    assert "Ethiopia ─attacks→ Eritrea" in run.output and "4 documents · 3 outlets" in run.output
    assert "Kenya" not in run.output
    run = CliRunner().invoke(cli, ["relations", "--graph", str(three_outlets), "--min-outlets", "4"])
    assert run.exit_code == 1 and run.output.strip() == "No relations (in 4+ outlets)."
    run = CliRunner().invoke(cli, ["export", "--graph", str(three_outlets), "--min-documents", "2",
                                   "--format", "csv-tables", "--out", str(three_outlets.parent / "t")])
    assert run.exit_code == 0
    assert "Kenya" not in (three_outlets.parent / "t" / "relations.csv").read_text()


def test_pages_and_feeds_name_their_outlet(nlp, tmp_path):
    page = ('<html><head><title>Talks</title><meta property="og:site_name" content="The Example Times">'
            '<link rel="canonical" href="https://www.example-times.co.uk/world/talks"></head>'
            f'<body><article><h1>Talks</h1><p>{EVENT} The attack drew condemnation from Kenya.</p>'
            '<p>Kenya criticized Ethiopia over the attack on its neighbour on Tuesday.</p></article></body></html>')
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>World Wire</title>'
            '<link>https://wire.example.org/</link><item><title>Clashes</title>'
            f'<link>https://wire.example.org/a/1</link><description>{EVENT}</description></item></channel></rss>')
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    (tmp_path / "note.txt").write_text(EVENT, encoding="utf-8")
    G = graphx.build([str(tmp_path)], tmp_path / "out", nlp=nlp).graph
    outlets = sorted(d.get("outlet") or "-" for d in G.graph["documents"])
    assert outlets == ["-", "The Example Times", "World Wire"]      # a plain file names none
    named = graphx.build([str(tmp_path / "note.txt")], tmp_path / "out2", nlp=nlp, outlet="Local Desk").graph
    assert [d["outlet"] for d in named.graph["documents"]] == ["Local Desk"]


@pytest.mark.parametrize("url, domain", [
    ("https://edition.cnn.com/2020/02/11/politics/story.html", "cnn.com"),
    ("https://www.bbc.co.uk/news/world-123", "bbc.co.uk"),
    ("not a url", None), (None, None)])
def test_an_address_names_its_registered_domain(url, domain):
    assert domain_of(url) == domain


def test_the_seed_says_who_said_what(seed_build):
    runner, graph = CliRunner(), str(seed_build.json_path)
    run = runner.invoke(cli, ["relations", "--graph", graph, "--said-by", "Ghani"])
    assert run.exit_code == 0
    assert run.output.splitlines()[0] == "Mike Pompeo ─informs→ Ashraf Ghani  (reported)"
    assert "said by Ashraf Ghani" in run.output
    mine = runner.invoke(cli, ["relations", "--graph", graph, "--unattributed", "--json"])
    assert mine.exit_code == 0
    assert all(not ev.get("said_by") for r in json.loads(mine.output) for ev in r["evidence"])
    path = runner.invoke(cli, ["path", "Pompeo", "Taliban", "--graph", graph])
    assert "said by State Department" in path.output                    # US ─negotiates→ Taliban


def test_a_speaker_that_is_no_actor_is_a_broken_graph(seed_build, tmp_path):
    data = json.loads(seed_build.json_path.read_text(encoding="utf-8"))
    data["edges"][0]["evidence"][0]["said_by"] = "nobody-at-all"
    broken = tmp_path / "graph.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GraphFileError, match="said by 'nobody-at-all', which is no actor"):
        graphx.load_graph(broken)
