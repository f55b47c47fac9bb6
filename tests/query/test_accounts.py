"""Where accounts disagree and what changed (#28 items 4-5): `graphx contradictions` finds a claim
and its denial by another party, and agrees vs rejects in one window; `graphx diff` lists what a
second build or a second period adds, loses, backs more or less. Documents written for the tests."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import graphx
from graphx.cli import cli
from graphx.model import Document
from graphx.query.contradictions import window_days

CLAIM = Document("claim", "Kenya said that Uganda attacked Somalia.", date="2024-03-04")
DENIAL = Document("denial", "Uganda denied attacking Somalia.", date="2024-03-05")
AGREED = Document("agreed", "Ethiopia and Eritrea signed an agreement on Monday.", date="2024-05-06")
REJECTED = Document("rejected", "Eritrea rejected Ethiopia on Friday.", date="2024-05-17")
LATER = Document("later", "Eritrea rejected Ethiopia.", date="2025-01-10")


def _save(G, folder):
    folder.mkdir(parents=True, exist_ok=True)
    graphx.save_graph(G, folder / "graph.json")
    return folder / "graph.json"


@pytest.fixture(scope="module")
def accounts(nlp, tmp_path_factory):
    return _save(graphx.build_graph([CLAIM, DENIAL, AGREED, REJECTED], nlp=nlp), tmp_path_factory.mktemp("acc"))


def _found(graph, *args):
    run = CliRunner().invoke(cli, ["contradictions", "--graph", str(graph), "--json", *args])
    assert run.exit_code == 0, run.output
    return json.loads(run.output)


def test_a_claim_and_its_denial_by_another_party(accounts):
    denial = [c for c in _found(accounts) if c["kind"] == "denial"]
    assert [(c["source_label"], c["relation"], c["target_label"]) for c in denial] == [("Uganda", "attacks", "Somalia")]
    assert denial[0]["claim_said_by"] == "Kenya" and denial[0]["counter_said_by"] == "Uganda"
    assert denial[0]["counter"]["sentence"] == DENIAL.text


def test_agrees_and_rejects_in_one_window_but_not_far_apart(accounts, nlp, tmp_path):
    opposite = [c for c in _found(accounts) if c["kind"] == "opposite"]
    assert [(c["relation"], c["counter_relation"], c["counter_source"], c["counter_target"]) for c in opposite] == [
        ("agrees", "rejects", "eritrea", "ethiopia")]
    assert _found(accounts, "--window", "5d") == [c for c in _found(accounts) if c["kind"] == "denial"]
    apart = _save(graphx.build_graph([AGREED, LATER], nlp=nlp), tmp_path / "apart")
    assert _found(apart) == []


def test_contradictions_of_one_actor_and_in_words(accounts):
    run = CliRunner().invoke(cli, ["contradictions", "Ethiopia", "--graph", str(accounts)])
    assert run.exit_code == 0
    assert "agrees" in run.output and "vs  Eritrea ─rejects→ Ethiopia" in run.output and "Uganda" not in run.output


def test_the_seed_holds_no_disagreement(seed_build):
    run = CliRunner().invoke(cli, ["contradictions", "--graph", str(seed_build.json_path)])
    assert run.output.strip() == "No contradictions (opposites within 30d)."


@pytest.mark.parametrize("text, days", [("30d", 30), ("2w", 14), ("6m", 180), ("1y", 365)])
def test_a_window_reads_as_days(text, days):
    assert window_days(text) == days


def test_diff_of_two_builds_lists_exactly_what_the_new_documents_add(nlp, tmp_path):
    old = _save(graphx.build_graph([CLAIM, AGREED], nlp=nlp), tmp_path / "old")
    new = _save(graphx.build_graph([CLAIM, AGREED, Document("more", "Kenya criticized Uganda on Tuesday.",
                                                            date="2024-06-04")], nlp=nlp), tmp_path / "new")
    run = CliRunner().invoke(cli, ["diff", str(old.parent), str(new), "--json"])
    assert run.exit_code == 0, run.output
    found = json.loads(run.output)
    assert [(c["kind"], c["source_label"], c["relation"], c["target_label"]) for c in found["relations"]] == [
        ("added", "Kenya", "criticizes", "Uganda")]
    assert found["relations"][0]["new_evidence"][0]["sentence"] == "Kenya criticized Uganda on Tuesday."
    assert found["actors_added"] == [] and found["actors_removed"] == []
    again = CliRunner().invoke(cli, ["diff", str(new), str(new)])
    assert again.exit_code == 0 and again.output.strip() == "No relation changed."


def test_diff_of_two_periods(accounts):
    run = CliRunner().invoke(cli, ["diff", "--graph", str(accounts), "--from", "2024-03", "--to", "2024-05"])
    assert run.exit_code == 0, run.output
    lines = run.output.splitlines()
    assert lines[0] == "Relations: 3 changes"
    assert "+ Ethiopia ─agrees→ Eritrea  (added: 0 → 1 evidence)" in run.output
    assert "- Uganda ─attacks→ Somalia  (removed: 2 → 0 evidence)" in run.output
    bad = CliRunner().invoke(cli, ["diff", "--graph", str(accounts), "--from", "2024"])
    assert bad.exit_code == 2 and "Error: --from and --to go together" in bad.output
