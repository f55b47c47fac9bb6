"""Without pandas, pyarrow and pyvis, every CLI command still works, and what needs an extra
says in one line which extra to install (the packages are hidden from a fresh interpreter)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, sys
for name in ("pandas", "pyarrow", "pyvis", "nbclient"):
    sys.modules[name] = None          # import now fails, as when the package is not installed
from click.testing import CliRunner
from graphx.cli import cli
out, graph = sys.argv[1], sys.argv[1] + "/graph.json"
runner, results = CliRunner(), {}
commands = {
    "build": ["build", sys.argv[2], "--out", out, "-q"],
    "path": ["path", "Pompeo", "Taliban", "--graph", graph],
    "neighbors": ["neighbors", "Khalilzad", "--graph", graph],
    "show": ["show", "Ghani", "--graph", graph],
    "actors": ["actors", "--graph", graph],
    "relations": ["relations", "--graph", graph],
    "timeline": ["timeline", "Trump", "--graph", graph],
    "graphml": ["export", "--format", "graphml", "--out", out + "/g.graphml", "--graph", graph],
    "csv-tables": ["export", "--format", "csv-tables", "--out", out + "/tables", "--graph", graph],
    "parquet": ["export", "--format", "parquet", "--out", out + "/pq", "--graph", graph],
    "pyvis": ["export", "--format", "pyvis", "--out", out + "/p.html", "--graph", graph],
}
for name, args in commands.items():
    r = runner.invoke(cli, args)
    results[name] = [r.exit_code, r.output, repr(r.exception) if r.exception and r.exit_code not in (0, 1, 2) else None]
import graphx
g = graphx.load(out)
try:
    g.actors()
except Exception as e:
    results["actors()"] = [type(e).__name__, str(e)]
print(json.dumps(results))
"""


def test_cli_works_without_the_optional_extras(tmp_path):
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "out"), str(seeds)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout.splitlines()[-1])
    for name in ("build", "path", "neighbors", "show", "actors", "relations", "timeline", "graphml", "csv-tables"):
        code, output, crash = results[name]
        assert code == 0 and crash is None, (name, output)
    assert "Mike Pompeo" in results["path"][1]
    for name, extra in (("parquet", "parquet"), ("pyvis", "pyvis")):
        code, output, crash = results[name]
        assert code == 2 and crash is None
        assert output.strip().splitlines() == [
            f"Error: {'pyarrow' if name == 'parquet' else 'pyvis'} is not installed; "
            f"install the extra: pip install 'graphx[{extra}]'"]
    assert results["actors()"] == ["MissingExtra", "pandas is not installed; install the extra: pip install 'graphx[pandas]'"]
    assert not (tmp_path / "out" / "pq").exists() and not (tmp_path / "out" / "p.html").exists()
