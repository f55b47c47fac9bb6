"""The example notebook (examples/seed_notebook.ipynb) runs from top to bottom in a fresh
kernel, in under a minute, and shows what it promises: tables, a path, a pyvis drawing and the
explorer inline."""
from __future__ import annotations

import time
from pathlib import Path

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "seed_notebook.ipynb"


def _outputs(cell) -> str:
    return "\n".join(str(o.get("text") or o.get("data", {}).get("text/html") or o.get("data", {}).get("text/plain", ""))
                     for o in cell.get("outputs", []))


def test_example_notebook_runs_in_under_a_minute(need):
    nbformat = need("nbformat", "notebook")
    nbclient = need("nbclient", "notebook")
    need("pandas", "notebook"), need("pyvis", "notebook")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")   # committed without outputs
    started = time.perf_counter()
    nbclient.NotebookClient(nb, timeout=60, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    assert time.perf_counter() - started < 60
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    text = [_outputs(c) for c in code]
    assert text[0].startswith("<graphx.Graph: 22 actors, 20 relations")
    assert any("Mike Pompeo ─member_of→ United States" in t for t in text)
    assert any("United States ─negotiates→ Taliban" in t for t in text)
    assert "4 actors, 3 relations" in text[-2] and text[-2].count("<iframe srcdoc=") == 1   # the pyvis drawing
    assert text[-1].startswith("<iframe srcdoc=") and "graphx explorer" in text[-1]          # the explorer
