"""`graphx export --format csv-tables | parquet | pyvis`: tables a spreadsheet or pandas reads
in one line, with as many rows as the graph has actors, relations and sentences; a pyvis page of
a neighbourhood that needs nothing from the network."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

import graphx
from graphx.cli import cli
from graphx.query import export as export_module


def _export(graph, *args):
    return CliRunner().invoke(cli, ["export", "--graph", str(graph), *args])


def _counts(json_path):
    G = graphx.load_graph(json_path)
    return {"actors": G.number_of_nodes(), "relations": G.number_of_edges(),
            "evidence": sum(len(d["evidence"]) for _, _, d in G.edges(data=True))}


def test_csv_tables_read_back_with_pandas(seed_build, tmp_path, need):
    pd = need("pandas", "pandas")
    result = _export(seed_build.json_path, "--format", "csv-tables", "--out", str(tmp_path / "tables"))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [f"Wrote {tmp_path / 'tables' / n}.csv" for n in ("actors", "relations", "evidence")]
    counts = _counts(seed_build.json_path)
    for name, n in counts.items():
        assert len(pd.read_csv(tmp_path / "tables" / f"{name}.csv")) == n
    actors = pd.read_csv(tmp_path / "tables" / "actors.csv")
    assert "Pompeo" in actors.set_index("label").loc["Mike Pompeo", "aliases"].split("; ")


def test_parquet_keeps_types(seed_build, tmp_path, need):
    pd = need("pandas", "pandas")
    need("pyarrow", "parquet")
    assert _export(seed_build.json_path, "--format", "parquet", "--out", str(tmp_path / "pq")).exit_code == 0
    for name, n in _counts(seed_build.json_path).items():
        assert len(pd.read_parquet(tmp_path / "pq" / f"{name}.parquet")) == n
    actors = pd.read_parquet(tmp_path / "pq" / "actors.parquet")
    assert list(actors.set_index("label").loc["Mike Pompeo", "aliases"]) == \
        graphx.load_graph(seed_build.json_path).nodes["mike-pompeo"]["aliases"]
    rels = pd.read_parquet(tmp_path / "pq" / "relations.parquet")
    assert rels.evidence.dtype.kind == "i" and rels.confidence.dtype.kind == "f"


def test_a_table_folder_is_refused_as_one_file(seed_build, tmp_path):
    result = _export(seed_build.json_path, "--format", "csv-tables", "--out", str(tmp_path / "relations.csv"))
    assert result.exit_code == 2
    assert "Error: csv-tables export writes a folder of three files" in result.output
    assert not (tmp_path / "relations.csv").exists()


def test_pyvis_page_of_a_neighbourhood_is_offline(seed_build, tmp_path, need):
    need("pyvis", "pyvis")
    out = tmp_path / "pompeo.html"
    result = _export(seed_build.json_path, "--format", "pyvis", "--actor", "Pompeo", "--depth", "1", "--out", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert not re.findall(r"<(?:script|link)[^>]*(?:src|href)=\"https?:", page)
    assert '"id": "mike-pompeo"' in page and '"id": "taliban"' not in page     # the neighbourhood only


def test_pyvis_refuses_a_graph_too_big_to_simulate(seed_build, tmp_path, monkeypatch, need):
    need("pyvis", "pyvis")
    monkeypatch.setattr(export_module, "PYVIS_MAX_ACTORS", 10)
    result = _export(seed_build.json_path, "--format", "pyvis", "--out", str(tmp_path / "all.html"))
    assert result.exit_code == 2
    assert "22 actors are too many for a pyvis page" in result.output and "--actor NAME" in result.output
    assert not (tmp_path / "all.html").exists()


@pytest.mark.parametrize("fmt", ["graphml", "csv-tables"])
def test_actor_neighbourhood_applies_to_every_format(seed_build, tmp_path, fmt):
    out = tmp_path / ("g.graphml" if fmt == "graphml" else "t")
    assert _export(seed_build.json_path, "--format", fmt, "--actor", "Khalilzad", "--out", str(out)).exit_code == 0
    text = out.read_text() if fmt == "graphml" else (out / "actors.csv").read_text()
    assert "Kabul" in text and "Joint Chiefs of Staff" not in text
