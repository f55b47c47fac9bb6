"""Every example a user is shown runs and answers (#23, item 13): the README's "Using it" block and
each command's `--help` examples, on the seed, in order, as a user would type them."""
from __future__ import annotations

import importlib.util
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphx.cli import cli

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["", "build", "path", "neighbors", "show", "actors", "relations", "timeline", "export", "contradictions", "diff",
            "evaluate", "duplicates", "merge", "split", "rename", "drop"]


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Using it\s+```bash\n(.*?)```", text, flags=re.S).group(1)
    return [line for line in block.splitlines() if line.startswith("graphx ")]


def help_examples(command: str) -> list[str]:
    out = CliRunner().invoke(cli, [*command.split(), "--help"]).output
    section = out.split("Example", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in section.splitlines()[1:] if line.strip().startswith("graphx ")]


EXAMPLES = [("README", line) for line in readme_examples()] + \
    [(f"graphx {c} --help".replace("  ", " "), line) for c in COMMANDS for line in help_examples(c)]


@pytest.fixture(scope="module")
def workspaces(tmp_path_factory, nlp):
    """A folder for the README's examples and one for the help's, each run in order (a split
    undoes the merge before it), holding what the examples name: seeds/, the examples/
    article, and inputs a user would have (articles/, extra.jsonl, big-corpus/, corpus.jsonl)."""
    seed = (ROOT / "seeds" / "000_77a878ba40cf21e4.txt").read_text(encoding="utf-8")
    made = {}
    for source in ("README", "help"):
        home = tmp_path_factory.mktemp("examples")
        shutil.copytree(ROOT / "seeds", home / "seeds")
        shutil.copytree(ROOT / "examples", home / "examples")
        for folder in ("articles", "big-corpus"):
            shutil.copytree(ROOT / "seeds", home / folder)
        for name in ("extra.jsonl", "more.jsonl", "corpus.jsonl"):
            (home / name).write_text(json.dumps({"id": name, "text": seed}) + "\n", encoding="utf-8")
        made[source] = home
    return made


def test_the_readme_and_every_help_show_examples():
    sources = dict(EXAMPLES)
    assert len([s for s, _ in EXAMPLES if s == "README"]) >= 15
    assert {f"graphx {c} --help".replace("  ", " ") for c in COMMANDS} <= set(sources)


@pytest.mark.parametrize("source,line", EXAMPLES, ids=[f"{s}: {line}" for s, line in EXAMPLES])
def test_an_example_runs_and_gives_output(source, line, workspaces, nlp, monkeypatch):
    if "--scheduler local" in line and importlib.util.find_spec("distributed") is None:
        pytest.skip("the Dask extra is not installed (CI installs it)")
    monkeypatch.chdir(workspaces["README" if source == "README" else "help"])   # --help ones in turn
    monkeypatch.setattr("graphx.pipeline.run.load_pipeline", lambda model=None: nlp)
    if not Path("output/graph.json").exists():
        CliRunner().invoke(cli, ["build", "-q"])
    result = CliRunner().invoke(cli, shlex.split(line, comments=True)[1:])
    assert result.exit_code == 0, f"{line}\n{result.output}"
    assert result.stdout.strip(), f"{line} printed nothing"
