"""Builds on a Dask cluster (`--scheduler`): the same graph as a local build, no document lost
when a worker dies, clear errors without Dask or without a scheduler.

Dask is an optional extra: these tests skip where it is not installed, except in CI, whose
.ci/run installs it (there a missing Dask fails them)."""
from __future__ import annotations

import json
import os
import signal
import sys

import pytest
from click.testing import CliRunner

import graphx
from graphx.cli import cli

try:
    import distributed
except ImportError:
    if os.environ.get("CI") == "true":
        raise
    pytest.skip("Dask is not installed (pip install -e '.[dask]')", allow_module_level=True)

SENTENCES = [
    "Kenya's President William Ruto criticized Uganda on Monday.",
    "The United States imposed sanctions on Iran after the talks collapsed.",
    "Russia attacked Ukraine, and Germany condemned the attack.",
    "Egypt hosted talks between Israel and Hamas in Cairo.",
    "France and Germany agreed to support Ukraine.",
    "Turkey's foreign minister met his Greek counterpart in Athens.",
    "The Taliban threatened to attack Afghan forces.",
    "Japan asked China to release the detained journalists.",
]


def corpus(folder, n=40):
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = " ".join(SENTENCES[(i + j) % len(SENTENCES)] for j in range(1 + i % 4)) + f" Page {i}."
            f.write(json.dumps({"id": f"doc-{i:03d}", "text": text}) + "\n")
    return path


def graph_content(out):
    data = json.loads((out / "graph.json").read_text())
    data["graph"].pop("created")
    return data


@pytest.fixture(scope="module")
def cluster():
    """A local cluster of two worker processes, each restarted by its nanny if it dies."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=50) as c:
        yield c


def test_a_cluster_build_is_the_local_build(nlp, tmp_path, cluster):
    src = corpus(tmp_path)
    graphx.build([str(src)], tmp_path / "local", nlp=nlp)
    result = graphx.build([str(src)], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert result.parsed == 40 and not result.report.failed
    local, remote = graph_content(tmp_path / "local"), graph_content(tmp_path / "dask")
    assert remote["nodes"] == local["nodes"]
    assert remote["edges"] == local["edges"]              # evidence included, in the same order
    assert remote["graph"]["documents"] == local["graph"]["documents"]
    again = graphx.build([str(src)], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert again.parsed == 0 and again.cached == 40        # the client checks the cache first


def test_a_worker_killed_mid_build_loses_no_document(tmp_path, cluster, monkeypatch):
    monkeypatch.setattr("graphx.pipeline.workers.BATCH_CHARS", 600)        # many small tasks
    src = corpus(tmp_path, n=60)
    with distributed.Client(cluster.scheduler_address) as client:
        pids = list(client.run(os.getpid).values())
    killed = []

    def progress(state):
        if state.documents >= 3 and not killed:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    result = graphx.build([str(src)], tmp_path / "out", scheduler=cluster.scheduler_address,
                          progress=progress)
    assert killed and not result.report.failed
    assert result.parsed == 60
    ids = {d["id"] for d in graph_content(tmp_path / "out")["graph"]["documents"]}
    assert ids == {f"doc-{i:03d}" for i in range(60)}


def test_cli_local_scheduler(tmp_path):
    src = corpus(tmp_path, n=6)
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"),
                                      "--scheduler", "local:1"])
    assert result.exit_code == 0, result.output
    assert "Built graph of 6 documents" in result.output


def test_scheduler_errors_are_one_line(tmp_path, monkeypatch):
    src = corpus(tmp_path, n=2)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--scheduler", "local:zero"])
    assert result.exit_code == 2 and result.output.startswith("Error: --scheduler local:zero: expected local:N")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    monkeypatch.setitem(sys.modules, "distributed", None)          # as if Dask were not installed
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--scheduler", "local:2"])
    assert result.exit_code == 2 and "pip install 'graphx[dask]'" in result.output
    assert not (out / "graph.json").exists()


def test_an_interrupted_cluster_build_leaves_the_previous_outputs_whole(nlp, tmp_path, cluster):
    src = corpus(tmp_path, n=30)
    out = tmp_path / "out"
    graphx.build([str(src)], out, nlp=nlp, use_cache=False)
    before = (out / "graph.json").read_bytes()

    def interrupt(state):
        if state.documents >= 2:
            raise KeyboardInterrupt

    (tmp_path / "more.jsonl").write_text(json.dumps({"id": "new", "text": "Chile criticized Peru."}) + "\n")
    with pytest.raises(KeyboardInterrupt):
        graphx.build([str(src), str(tmp_path / "more.jsonl")], out, use_cache=False,
                     scheduler=cluster.scheduler_address, progress=interrupt)
    assert (out / "graph.json").read_bytes() == before
    with distributed.Client(cluster.scheduler_address) as client:     # nothing left running
        assert not any(client.processing().values())
