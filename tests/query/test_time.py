"""Time on every edge: evidence dated from the text or the document, never guessed; --since /
--until on the queries; graphx timeline."""
from __future__ import annotations

import json

from click.testing import CliRunner

import graphx
from graphx.cli import cli


def evidence_of(G, source, relation, target):
    for u, v, k, data in G.edges(keys=True, data=True):
        if (G.nodes[u]["label"], k, G.nodes[v]["label"]) == (source, relation, target):
            return data
    raise AssertionError(f"no edge {source} {relation} {target}")


def test_the_seed_dates_events_from_its_text(seed_build):
    G = seed_build.graph
    visit = evidence_of(G, "Donald Trump", "visits", "Afghanistan")
    assert (visit["evidence"][0]["date"], visit["evidence"][0]["date_precision"],
            visit["evidence"][0]["date_source"]) == ("2019-11", "month", "text")
    agreement = evidence_of(G, "United States", "agrees", "Taliban")
    assert agreement["first_date"] == agreement["last_date"] == "2019-09"


def test_relative_dates_resolve_against_the_document_date_and_are_never_guessed(nlp, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(d) for d in [
        {"id": "dated", "date": "2020-03-05", "text": "On Tuesday, Kenya criticized Uganda. Ghana praised Togo."},
        {"id": "undated", "text": "On Tuesday, Chile criticized Peru. In March 2021, Chile criticized Bolivia."},
    ]) + "\n", encoding="utf-8")
    G = graphx.build([str(corpus)], tmp_path / "out", nlp=nlp).graph
    ev = evidence_of(G, "Kenya", "criticizes", "Uganda")["evidence"][0]
    assert (ev["date"], ev["date_precision"], ev["date_source"]) == ("2020-03-03", "day", "text")
    ev = evidence_of(G, "Ghana", "supports", "Togo")["evidence"][0]
    assert (ev["date"], ev["date_source"]) == ("2020-03-05", "document")
    assert "date" not in evidence_of(G, "Chile", "criticizes", "Peru")["evidence"][0]
    assert evidence_of(G, "Chile", "criticizes", "Bolivia")["evidence"][0]["date"] == "2021-03"


def test_timeline_lists_dated_relations_in_order(seed_build):
    graph = str(seed_build.json_path)
    result = CliRunner().invoke(cli, ["timeline", "Trump", "--graph", graph, "--json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.output)
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    assert any(e["relation"] == "visits" and e["date"] == "2019-11" for e in entries)
    text = CliRunner().invoke(cli, ["timeline", "Taliban", "--graph", graph])
    assert text.exit_code == 0 and "2019-09" in text.output and "agrees" in text.output


def test_since_and_until_keep_only_evidence_in_the_period(seed_build):
    graph = str(seed_build.json_path)
    run = lambda *a: CliRunner().invoke(cli, [*a, "--graph", graph])  # noqa: E731
    assert run("path", "Trump", "Afghanistan").exit_code == 0
    assert run("path", "Trump", "Afghanistan", "--since", "2019-10-01").exit_code == 0
    assert run("path", "Trump", "Afghanistan", "--until", "2019-10").exit_code == 1
    assert run("path", "Pompeo", "Taliban", "--since", "2019-10-01").exit_code == 1   # undated hops
    listed = run("relations", "--since", "2019", "--until", "2019-09-30", "--json")
    assert {(r["source"], r["relation"], r["target"]) for r in json.loads(listed.output)} \
        == {("united-states", "agrees", "taliban")}
    bad = run("path", "Trump", "Afghanistan", "--since", "2019-13")
    assert bad.exit_code == 2 and bad.output.startswith("Error: --since '2019-13' is not a date")
