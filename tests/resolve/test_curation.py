"""The analyst's last word: graphx merge / split / rename / drop, recorded in curation.toml and
applied on every later build; graphx duplicates lists what to review."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from graphx.cli import cli

DOCS = {
    "a.txt": "Joe Bloggs criticized Uganda.",
    "b.txt": "Fred Bloggs visited Kenya.",
    "c.txt": "Simon Harris met Emmanuel Macron in Paris.",
    "d.txt": "Harris criticized Germany.",
    "e.txt": "Bloggs condemned Kenya.",          # Joe's or Fred's? left alone, listed for review
}


@pytest.fixture()
def built(nlp, monkeypatch, tmp_path):
    """A small corpus built into tmp/out; returns run(*args) → click result."""
    monkeypatch.setattr("graphx.pipeline.run.load_pipeline", lambda model=None: nlp)
    src = tmp_path / "in"
    src.mkdir()
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"

    def run(*args):
        args = [str(a) for a in args]
        if args[0] == "build":
            args += [str(src), "--out", str(out)]
        elif args[0] != "--help":
            args += ["--graph", str(out / "graph.json")]
        return CliRunner().invoke(cli, args, catch_exceptions=False)
    assert run("build").exit_code == 0
    run.out = out
    return run


def labels(out) -> dict[str, dict]:
    data = json.loads((out / "graph.json").read_text())
    return {n["label"]: n for n in data["nodes"]}


def edges(out) -> set[tuple]:
    data = json.loads((out / "graph.json").read_text())
    names = {n["id"]: n["label"] for n in data["nodes"]}
    return {(names[e["source"]], e["relation"], names[e["target"]]) for e in data["edges"]}


def test_a_merge_is_recorded_shown_and_survives_a_rebuild(built):
    result = built("merge", "Joe Bloggs", "fred bloggs", "--as", "J. F. Bloggs")
    assert result.exit_code == 0, result.output
    assert {"Joe Bloggs", "Fred Bloggs"}.isdisjoint(labels(built.out))
    assert {("J. F. Bloggs", "criticizes", "Uganda"), ("J. F. Bloggs", "visits", "Kenya")} <= edges(built.out)
    toml = (built.out / "curation.toml").read_text()
    assert 'do = "merge"' in toml and '"Joe Bloggs"' in toml and '"Fred Bloggs"' in toml
    shown = built("show", "J. F. Bloggs")
    assert "curated:" in shown.output and "merged Joe Bloggs + Fred Bloggs" in shown.output
    assert built("build").exit_code == 0                         # a later build applies it
    assert "J. F. Bloggs" in labels(built.out) and "Joe Bloggs" not in labels(built.out)


def test_split_puts_each_name_form_back_with_its_own_relations(built):
    assert built("merge", "Joe Bloggs", "Fred Bloggs").exit_code == 0
    merged = [label for label in labels(built.out) if "Bloggs" in label and label != "Bloggs"]
    assert len(merged) == 1
    result = built("split", merged[0])
    assert result.exit_code == 0, result.output
    assert {("Joe Bloggs", "criticizes", "Uganda"), ("Fred Bloggs", "visits", "Kenya")} <= edges(built.out)
    assert built("build").exit_code == 0
    assert {"Joe Bloggs", "Fred Bloggs"} <= set(labels(built.out))


def test_split_by_alias_and_by_document_undo_an_automatic_join(built):
    assert "Harris" not in labels(built.out)          # the lone "Harris" joined Simon Harris
    assert ("Simon Harris", "criticizes", "Germany") in edges(built.out)
    result = built("split", "Simon Harris", "--alias", "Harris")
    assert result.exit_code == 0, result.output
    assert ("Harris", "criticizes", "Germany") in edges(built.out)
    assert ("Simon Harris", "consults", "Emmanuel Macron") in edges(built.out) \
        or any(s == "Simon Harris" for s, _, _ in edges(built.out))
    (built.out / "curation.toml").unlink()
    assert built("build").exit_code == 0
    doc = next(d for d in labels(built.out)["Simon Harris"]["docs"] if d.startswith("d"))
    result = built("split", "Simon Harris", "--document", doc)
    assert result.exit_code == 0, result.output
    assert ("Harris", "criticizes", "Germany") in edges(built.out)
    assert doc not in labels(built.out)["Simon Harris"]["docs"]


def test_rename_and_drop(built):
    assert built("rename", "Uganda", "Republic of Uganda").exit_code == 0
    assert ("Joe Bloggs", "criticizes", "Republic of Uganda") in edges(built.out)
    assert built("drop", "Kenya").exit_code == 0
    assert "Kenya" not in labels(built.out)
    assert built("build").exit_code == 0
    assert "Kenya" not in labels(built.out) and "Republic of Uganda" in labels(built.out)


def test_unknown_names_and_bad_files_are_one_error_line_and_change_nothing(built):
    before = (built.out / "graph.json").read_text()
    result = built("merge", "Joe Bloggs", "Nobody Atall")
    assert result.exit_code == 2 and result.output.startswith("Error: ") and "Traceback" not in result.output
    assert not (built.out / "curation.toml").exists()
    assert (built.out / "graph.json").read_text() == before
    (built.out / "curation.toml").write_text('[[action]]\ndo = "marge"\nactors = ["a", "b"]\n')
    result = built("build")
    assert result.exit_code == 2 and "curation.toml: action 1: unknown do = 'marge'" in result.output


def test_curating_needs_the_build_cache(built):
    shutil.rmtree(built.out / ".graphx-cache")
    result = built("drop", "Kenya")
    assert result.exit_code == 2 and "lacks" in result.output and "graphx build" in result.output
    assert "Kenya" in labels(built.out)


def test_duplicates_lists_candidates_best_first_with_the_merge_command(built):
    result = built("duplicates")
    assert result.exit_code == 0
    assert 'graphx merge "Bloggs" "Joe Bloggs"' in result.output or \
        'graphx merge "Joe Bloggs" "Bloggs"' in result.output, result.output
    as_json = json.loads(built("duplicates", "--json").output)
    assert as_json == sorted(as_json, key=lambda c: -c["score"])
