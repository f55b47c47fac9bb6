"""A JSONL record's "date" as people write it (#23, item 16): read like the text's dates, so
timeline and --since see it; a value that is no date is a warning naming the record."""
from __future__ import annotations

import json

from click.testing import CliRunner

from graphx.cli import cli

RECORDS = [
    {"id": "a", "date": "14 March 2022", "text": "Kenya criticized Uganda over the border closure."},
    {"id": "b", "date": "03/15/2022", "text": "Ghana praised Togo for its mediation."},
    {"id": "c", "date": "March 2022", "text": "Chile criticized Peru over the fishing dispute."},
    {"id": "d", "date": "sometime soon", "text": "Norway praised Sweden for its help."},
    {"id": "e", "date": "2022-03-16T08:00:00Z", "text": "Egypt criticized Sudan over the dam."},
]


def build(nlp, tmp_path, monkeypatch):
    monkeypatch.setattr("graphx.pipeline.run.load_pipeline", lambda model=None: nlp)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "out")])


def test_record_dates_in_any_common_form_date_the_document(nlp, tmp_path, monkeypatch):
    result = build(nlp, tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output
    docs = json.loads((tmp_path / "out" / "graph.json").read_text())["graph"]["documents"]
    assert {d["id"]: d["date"] for d in docs} == {"a": "2022-03-14", "b": "2022-03-15", "c": "2022-03",
                                                   "d": None, "e": "2022-03-16"}
    assert "corpus.jsonl: line 4: \"date\" 'sometime soon' is not a date graphx can read" in result.output


def test_timeline_and_since_see_record_dates(nlp, tmp_path, monkeypatch):
    build(nlp, tmp_path, monkeypatch)
    graph = str(tmp_path / "out" / "graph.json")
    timeline = CliRunner().invoke(cli, ["timeline", "Uganda", "--graph", graph])
    assert timeline.exit_code == 0 and timeline.output.startswith("2022-03-14  Kenya")
    since = CliRunner().invoke(cli, ["relations", "--since", "2022-03-15", "--graph", graph])
    found = since.output
    assert "Ghana" in found and "Egypt" in found and "Kenya" not in found and "Norway" not in found
    month = CliRunner().invoke(cli, ["relations", "--actor", "Chile", "--since", "2022-03", "--graph", graph])
    assert month.exit_code == 0 and "Peru" in month.output
