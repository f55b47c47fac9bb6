"""Hostile and broken inputs: a clear message, nothing lost, the last good graph kept."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

import graphx
from graphx.cli import cli
from graphx.graph import load_graph


@pytest.fixture()
def run(nlp, monkeypatch):
    monkeypatch.setattr("graphx.pipeline.run.load_pipeline", lambda model=None: nlp)
    return lambda *args: CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def labels(path):
    return {n["label"] for n in json.loads(path.read_text())["nodes"]}


def test_messy_folder_builds_what_it_can(run, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (src / "latin.txt").write_bytes("Secretary-General António Guterres criticized Myanmar.".encode("latin-1"))
    (src / "empty.txt").write_text("")
    (src / "good.txt").write_text("Kenya criticized Uganda on Monday.", encoding="utf-8")
    result = run("build", src, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "photo.txt" in result.output and "photo.txt: a PNG image, not text" in result.output
    assert "empty.txt" in result.output
    assert "latin.txt" in result.output and "cp1252" in result.output
    names = labels(tmp_path / "out" / "graph.json")
    assert {"António Guterres", "Myanmar", "Kenya", "Uganda"} <= names


def test_malformed_jsonl_line_is_named_and_the_rest_kept(run, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join([json.dumps({"id": "1", "text": "Kenya criticized Uganda."}),
                                 '{"id": "2", "text": "Ghana',
                                 json.dumps({"id": "3", "text": "Chile praised Peru."})]), encoding="utf-8")
    result = run("build", corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "line 2" in result.output
    assert {"Kenya", "Uganda", "Chile", "Peru"} <= labels(tmp_path / "out" / "graph.json")


def test_run_on_sentence_of_100k_characters(run, tmp_path):
    f = tmp_path / "runon.txt"
    f.write_text(("Kenya criticized Uganda and " * 3600)[:100_000] + "Chile praised Peru", encoding="utf-8")
    result = run("build", f, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert {"Kenya", "Uganda"} <= labels(tmp_path / "out" / "graph.json")


def test_single_paragraph_of_1_5_megabytes(run, tmp_path):
    sentence = "Officials in Nairobi said on Monday that Kenya criticized Uganda over the border dispute. "
    f = tmp_path / "dump.txt"
    f.write_text(sentence * (1_500_000 // len(sentence) + 1), encoding="utf-8")
    assert f.stat().st_size >= 1_500_000
    result = run("build", f, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    G = load_graph(tmp_path / "out" / "graph.json")
    assert G.edges["kenya", "uganda", "criticizes"]["count"] > 10_000


def test_scripts_emoji_and_control_characters(graph_of):
    from graphx.inputs import clean_text
    G = graph_of(clean_text("مرحبا بالعالم. Kenya criticized Uganda. 😀🇰🇪\x07\x00\r\nПривет! Chile praised Peru."))
    assert {("kenya", "uganda", "criticizes"), ("chile", "peru", "supports")} <= set(G.edges(keys=True))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_extractor_survives_any_text(nlp, text):
    G = graphx.build_graph([text or " "], nlp=nlp)
    for _, _, d in G.edges(data=True):
        assert d["evidence"] and d["relation"]


def test_killed_build_leaves_previous_outputs_whole(tmp_path, nlp):
    out = tmp_path / "out"
    first = tmp_path / "first.txt"
    first.write_text("Kenya criticized Uganda.", encoding="utf-8")
    graphx.build([str(first)], out, nlp=nlp)
    before = {name: (out / name).read_bytes() for name in ("graph.json", "graph.html")}

    big = tmp_path / "big.txt"
    big.write_text("Chile praised Peru and Bolivia criticized Ecuador on Monday. " * 20_000, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "graphx", "build", str(big), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    time.sleep(6)                      # model loaded, parsing under way
    assert proc.poll() is None, proc.communicate()[0]
    proc.send_signal(signal.SIGTERM)
    output, _ = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in output and "Error: interrupted" in output
    assert {name: (out / name).read_bytes() for name in before} == before
    assert load_graph(out / "graph.json").has_edge("kenya", "uganda")
    assert sorted(os.listdir(out)) == [".graphx-cache", ".graphx-lock", "graph.html", "graph.json"]
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
