"""One bad document never costs the build: it is named, left out, and the rest goes on."""
import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

import graphx
from graphx.cli import cli
from graphx.graph import load_graph

TITLES = ["Vice President", "Crown Prince", "His Royal Highness,", "Secretary of State", "Prime Minister",
          "President", "Minister of Foreign Affairs", "Special Envoy", "Ambassador", "King", "General",
          "Spokesperson", "National Security Advisor", "Chancellor", "Her Majesty"]
NAMES = ["Harris", "Antony J. Blinken", "J. Blinken", "Salman bin Hamad Al Khalifa", "Ashraf Ghani",
         "Olaf Scholz", "Joseph R. Biden, Jr.", "Kishida Fumio", "Recep Tayyip Erdoğan", "Ali", "A.",
         "Mohammed bin Zayed", "Khalilzad", "S. Jaishankar"]
LINKS = ["spoke today with", "met", "welcomed", "condemned the attack by", "and", "urged", "of", ",",
         "thanked", "held a call with", "visited"]


@st.composite
def wrapped_lines(draw):
    """Readout-like sentences of titles, initials and names, cut where a hard wrap might cut."""
    words = []
    for _ in range(draw(st.integers(1, 4))):
        words += [draw(st.sampled_from(TITLES)), draw(st.sampled_from(NAMES)), draw(st.sampled_from(LINKS))]
    words += [draw(st.sampled_from(TITLES))] * draw(st.integers(0, 1))
    tokens = " ".join(words).split()
    cut = draw(st.integers(1, len(tokens)))
    return " ".join(tokens[draw(st.integers(0, cut - 1)):cut])


@pytest.mark.parametrize("text", [
    "Vice President Harris spoke today with His Royal Highness, Crown Prince",   # line ends in a title
    "Secretary of State",
    "Prime Minister Kishida Fumio met President",
])
def test_titles_at_the_edge_of_a_line(graph_of, text):
    G = graph_of(text)
    assert all(d["evidence"] for _, _, d in G.edges(data=True))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(wrapped_lines())
def test_any_cut_of_titles_and_names_extracts(nlp, text):
    G = graphx.build_graph([text], nlp=nlp)
    for node, data in G.nodes(data=True):
        assert data["label"].strip(), node


# -- document isolation ------------------------------------------------------------------------
GOOD = {"a": "Kenya criticized Uganda on Monday.", "bad": "Chile praised Peru.",
        "c": "Egypt hosted talks with Hamas in Cairo."}


def write_corpus(path):
    path.write_text("\n".join(json.dumps({"id": k, "text": v}) for k, v in GOOD.items()), encoding="utf-8")
    return path


@pytest.fixture()
def failing(monkeypatch, nlp):
    """Extraction raises on document 'bad' (as a bug in a rule would)."""
    from graphx.pipeline import workers
    real = workers.extract_document

    def extract(document, paras):
        if document.id == "bad":
            raise IndexError("[E040] Attempt to access token at 12, max length 12.")
        return real(document, paras)
    monkeypatch.setattr(workers, "extract_document", extract)
    monkeypatch.setattr("graphx.pipeline.run.load_pipeline", lambda model=None: nlp)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_failing_document_is_named_and_the_build_goes_on(failing, tmp_path, workers):
    corpus = write_corpus(tmp_path / "c.jsonl")
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "out"),
                                      "--workers", workers], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "Failed: document bad: IndexError: [E040]" in result.output
    assert "2 documents (" in result.output and "1 document failed" in result.output
    G = load_graph(tmp_path / "out" / "graph.json")
    assert G.has_edge("kenya", "uganda", "criticizes") and G.has_edge("egypt", "hamas")
    assert "chile" not in G and [d["id"] for d in G.graph["documents"]] == ["a", "c"]


def test_strict_turns_a_failed_document_into_exit_2(failing, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl")
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 2
    assert "Error: 0 inputs skipped and 1 document failed (--strict)" in result.output


def test_a_failed_document_is_not_cached_and_is_retried(failing, tmp_path, nlp, monkeypatch):
    corpus = write_corpus(tmp_path / "c.jsonl")
    first = graphx.build([str(corpus)], tmp_path / "out", nlp=nlp)
    assert [d for d, _ in first.report.failed] == ["bad"]
    monkeypatch.undo()                                    # the bug is fixed
    second = graphx.build([str(corpus)], tmp_path / "out", nlp=nlp)
    assert (second.parsed, second.cached, second.report.failed) == (1, 2, [])
    assert second.graph.has_edge("chile", "peru", "supports")


def test_a_worker_killed_mid_build_loses_only_its_document(monkeypatch, nlp, tmp_path):
    import os
    from graphx.pipeline import workers
    real = workers.extract_document

    def extract(document, paras):
        if document.id == "bad":
            os._exit(9)                                   # the worker process dies (OOM killer, segfault)
        return real(document, paras)
    monkeypatch.setattr(workers, "extract_document", extract)
    corpus = write_corpus(tmp_path / "c.jsonl")
    result = graphx.build([str(corpus)], tmp_path / "out", nlp=nlp, workers=2)
    assert result.report.failed == [("bad", "the worker process died while extracting it")]
    assert result.graph.has_edge("kenya", "uganda", "criticizes")
    assert result.graph.has_edge("egypt", "hamas")


# -- a damaged cache is a miss ---------------------------------------------------------------------
DAMAGE = {
    "wrong type": lambda p: p.write_text('{"actors": 5}'),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "missing keys": lambda p: p.write_text('{"actors":[{"key":"x"}],"relations":[]}'),
    "not json": lambda p: p.write_bytes(b"\x00\xff garbage"),
    "empty": lambda p: p.write_bytes(b""),
    "folder": lambda p: (p.unlink(), p.mkdir(), (p / "x").write_text("y")),
    "valid checksum, wrong shape": lambda p: p.write_text(
        __import__("hashlib").sha256(b'{"actors": 5}').hexdigest() + '\n{"actors": 5}'),
}


def same_graph(a, b):
    """Equal but for the build stamp and the order nodes and edges were added in."""
    def norm(data):
        return (sorted(data["graph"]["documents"], key=lambda d: d["id"]),
                sorted(data["nodes"], key=lambda n: n["id"]),
                sorted(data["edges"], key=lambda e: (e["source"], e["target"], e["key"])))
    return norm(a) == norm(b)


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_cache_entry_is_a_miss(nlp, tmp_path, monkeypatch, damage):
    monkeypatch.setattr("graphx.pipeline.run.load_pipeline", lambda model=None: nlp)
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name, text in GOOD.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(src), "--out", str(out)]).exit_code == 0
    cold = json.loads((out / "graph.json").read_text())
    entries = sorted((out / ".graphx-cache").rglob("*.json"))
    assert len(entries) == 3
    DAMAGE[damage](entries[1])

    result = runner.invoke(cli, ["build", str(src), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert result.output.count("Warning: damaged cache entry") == 1, result.output
    assert "2 from cache" in result.output
    assert same_graph(json.loads((out / "graph.json").read_text()), cold)
    again = runner.invoke(cli, ["build", str(src), "--out", str(out)])          # the entry was rewritten
    assert "Warning" not in again.output and "3 from cache" in again.output


# -- one build at a time per output folder ------------------------------------------------------------
def start_build(src, out, *extra):
    import subprocess
    import sys
    return subprocess.Popen([sys.executable, "-m", "graphx", "build", str(src), "--out", str(out), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def page_stamp(out):
    """The `created` stamp of the graph embedded in graph.html."""
    import re
    return re.search(r'"created": ?"([^"]+)"', (out / "graph.html").read_text(encoding="utf-8")).group(1)


def test_two_builds_into_one_folder_one_stops(tmp_path):
    src = write_corpus(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    first, second = start_build(src, out), start_build(src, out)
    results = [(p.wait(timeout=120), p.stdout.read()) for p in (first, second)]
    codes = sorted(code for code, _ in results)
    assert codes == [0, 2], results
    loser = next(text for code, text in results if code == 2)
    assert "Error: another graphx build is writing to" in loser and "(pid " in loser
    assert "Traceback" not in loser
    assert page_stamp(out) == load_graph(out / "graph.json").graph["created"]


def test_wait_lets_the_second_build_finish_after_the_first(tmp_path):
    src = write_corpus(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    builds = [start_build(src, out, "--wait"), start_build(src, out, "--wait")]
    results = [(p.wait(timeout=120), p.stdout.read()) for p in builds]
    assert [code for code, _ in results] == [0, 0], results
    assert page_stamp(out) == load_graph(out / "graph.json").graph["created"]
    assert load_graph(out / "graph.json").has_edge("kenya", "uganda", "criticizes")


def test_a_killed_build_does_not_block_the_next(tmp_path, nlp, monkeypatch):
    import signal
    import time
    big = tmp_path / "big.txt"
    big.write_text("Chile praised Peru and Bolivia criticized Ecuador on Monday. " * 20_000, encoding="utf-8")
    out = tmp_path / "out"
    killed = start_build(big, out)
    lock = out / ".graphx-lock"
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().strip() == str(killed.pid)):
        assert time.monotonic() < deadline and killed.poll() is None
        time.sleep(0.05)
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)

    monkeypatch.setattr("graphx.pipeline.run.load_pipeline", lambda model=None: nlp)
    result = CliRunner().invoke(cli, ["build", str(write_corpus(tmp_path / "c.jsonl")), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Warning: took over {out} from a build that did not finish (pid {killed.pid} is gone)" in result.output


# -- memory stays flat in the size of the input ---------------------------------------------------------
# Peak RSS from VmHWM, which exec resets: ru_maxrss would keep the forking pytest process's.
READ_ALL = """
import re, sys
from graphx.inputs import ReadReport, read_inputs
report = ReadReport()
n = words = 0
for doc in read_inputs([sys.argv[1]], report):
    n += 1
    words += doc.word_count
peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
print(n, words, len(report.skipped), peak // 1024)
"""


def test_reading_a_1gb_jsonl_keeps_memory_flat(tmp_path):
    import subprocess
    import sys
    corpus = tmp_path / "big.jsonl"
    text = "Kenya criticized Uganda on Monday after talks in Nairobi failed. " * 150     # ~10 kB a record
    records = 0
    with corpus.open("w", encoding="utf-8") as f:
        while f.tell() < 1_000_000_000:
            f.write(json.dumps({"id": f"d{records}", "date": "2024-01-01", "text": text}) + "\n")
            records += 1
    try:
        run = subprocess.run([sys.executable, "-c", READ_ALL, str(corpus)], capture_output=True, text=True,
                             timeout=300)
        assert run.returncode == 0, run.stderr
        n, words, skipped, peak_mb = map(int, run.stdout.split())
        assert (n, skipped) == (records, 0)
        print(f"read {n:,} documents ({words:,} words, {corpus.stat().st_size / 1e9:.2f} GB): "
              f"peak RSS {peak_mb} MB")
        assert peak_mb <= 200
    finally:
        corpus.unlink()
