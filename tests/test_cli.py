"""The command line, through click's CliRunner: one group of tests per command."""
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graphx.cli import cli


@pytest.fixture()
def run(nlp, monkeypatch):
    """Invoke graphx; `build` reuses the session pipeline instead of loading a new one."""
    monkeypatch.setattr("graphx.pipeline.run.load_pipeline", lambda model=None: nlp)

    def invoke(*args):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return invoke


def assert_clean_error(result, *fragments):
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    for f in fragments:
        assert f in result.output


# -- build --------------------------------------------------------------------------------
def test_build_writes_graph_and_page(run, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Kenya's President William Ruto criticized Uganda.", encoding="utf-8")
    result = run("build", src, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "Built graph of 1 document (6 words)" in result.output and "2 relations" in result.output
    data = json.loads((tmp_path / "out" / "graph.json").read_text())
    assert any(e["relation"] == "criticizes" for e in data["edges"])
    assert (tmp_path / "out" / "graph.html").exists()


def test_build_reports_skipped_inputs_and_strict_fails(run, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (src / "good.txt").write_text("Kenya criticized Uganda.", encoding="utf-8")
    result = run("build", src, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "photo.txt" in result.output and "photo.txt: a PNG image, not text graphx reads" in result.output
    strict = run("build", src, "--out", tmp_path / "out2", "--strict")
    assert strict.exit_code == 2 and "--strict" in strict.output


def test_build_missing_input(run, tmp_path):
    assert_clean_error(run("build", tmp_path / "nope.txt", "--out", tmp_path / "out"), "not found")
    assert not (tmp_path / "out").exists()


def test_build_output_path_that_is_a_file(run, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Kenya criticized Uganda.")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    assert_clean_error(run("build", src, "--out", blocker / "out"), "cannot write")


def test_build_with_a_model_that_is_not_installed(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Kenya criticized Uganda.")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"),
                                      "--model", "xx_no_such_model"])
    assert_clean_error(result, "xx_no_such_model", "pip install")


def test_build_with_no_documents_fails(run, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_text("")
    result = run("build", src, "--out", tmp_path / "out")
    assert result.exit_code == 2 and "no documents" in result.output


# -- path ----------------------------------------------------------------------------------
def test_path_prints_every_hop_with_evidence(run, small_graph):
    result = run("path", "ruto", "the eritrea", "--graph", small_graph)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "William Ruto" in out and "Abiy Ahmed" in out and "Eritrea" in out
    assert "consults" in out and "agrees" in out
    assert "\u201cKenya's President William Ruto met" in out.replace("\n", " ").replace("  ", " ")


def test_path_names_are_loose(run, small_graph):
    a = run("path", "William Ruto", "Eritrea", "--graph", small_graph, "--json")
    b = run("path", "WILLIAM RUTO", "the Eritrea", "--graph", small_graph, "--json")
    assert json.loads(a.output) == json.loads(b.output)


def test_path_json_has_relation_and_evidence_per_hop(run, small_graph):
    data = json.loads(run("path", "Ruto", "Eritrea", "--graph", small_graph, "--json").output)
    hops = data["paths"][0]
    assert [h["relation"] for h in hops] == ["consults", "member_of", "agrees"] or \
        all(h["relation"] and h["evidence"] for h in hops)
    assert all(h["evidence"][0]["sentence"] for h in hops)


def test_path_filters_and_directed(run, small_graph):
    none = run("path", "Ruto", "Eritrea", "--graph", small_graph, "--relation", "attacks")
    assert none.exit_code == 1 and "No path" in none.output
    undirected = run("path", "Eritrea", "Ruto", "--graph", small_graph)
    assert undirected.exit_code == 0
    directed = run("path", "Eritrea", "Ruto", "--graph", small_graph, "--directed")
    assert directed.exit_code == 1


def test_path_k_shortest_and_max_hops(run, small_graph):
    result = run("path", "Ruto", "Eritrea", "--graph", small_graph, "-k", "2", "--json")
    assert len(json.loads(result.output)["paths"]) >= 1
    short = run("path", "Ruto", "Eritrea", "--graph", small_graph, "--max-hops", "1")
    assert short.exit_code == 1 and "(within 1 hop)" in short.output


def test_path_html_highlights_the_path(run, small_graph, tmp_path):
    page = tmp_path / "path.html"
    result = run("path", "Ruto", "Eritrea", "--graph", small_graph, "--html", page)
    assert result.exit_code == 0 and page.exists()
    assert '"highlight": {"nodes": ["abiy-ahmed"' in page.read_text()


def test_unknown_actor_suggests(run, small_graph):
    assert_clean_error(run("path", "Rutto", "Eritrea", "--graph", small_graph),
                       "no actor matches 'Rutto'", "Did you mean")


def test_ambiguous_actor_lists_candidates(run, tmp_path):
    G = nx.MultiDiGraph(format="graphx/1")
    G.add_node("john-smith", label="John Smith", aliases=["John Smith"], type="PERSON")
    G.add_node("jane-smith", label="Jane Smith", aliases=["Jane Smith"], type="PERSON")
    from graphx.graph import save_graph
    save_graph(G, tmp_path / "g.json")
    assert_clean_error(run("show", "smith", "--graph", tmp_path / "g.json"), "Jane Smith", "John Smith")


@pytest.mark.parametrize("content, fragment", [(None, "not found"), ("{oops", "not valid JSON")])
def test_missing_or_corrupt_graph(run, tmp_path, content, fragment):
    path = tmp_path / "graph.json"
    if content is not None:
        path.write_text(content)
    for command in (["path", "a", "b"], ["neighbors", "a"], ["show", "a"], ["actors"],
                    ["relations"], ["export", "--format", "gexf", "--out", tmp_path / "x"]):
        assert_clean_error(run(*command, "--graph", path), fragment)


# -- neighbors, show, actors, relations -----------------------------------------------------
def test_neighbors(run, small_graph):
    result = run("neighbors", "Ethiopia", "--graph", small_graph)
    assert result.exit_code == 0
    assert "Eritrea" in result.output and "Abiy Ahmed" in result.output
    data = json.loads(run("neighbors", "Ethiopia", "--graph", small_graph, "--json", "--relation", "agrees").output)
    assert {n["relation"] for n in data["neighbors"]} == {"agrees"}
    deeper = json.loads(run("neighbors", "Ethiopia", "--graph", small_graph, "--json", "--depth", "2").output)
    assert max(n["distance"] for n in deeper["neighbors"]) == 2


def test_show_profile(run, small_graph):
    out = run("show", "abiy ahmed", "--graph", small_graph).output
    assert "Abiy Ahmed" in out and "Prime Minister" in out and "member_of" in out and "consults" in out
    data = json.loads(run("show", "Abiy Ahmed", "--graph", small_graph, "--json").output)
    assert data["label"] == "Abiy Ahmed" and data["relations"]


def test_actors_and_relations_listings(run, small_graph):
    persons = run("actors", "--graph", small_graph, "--type", "person").output
    assert "William Ruto" in persons and "Kenya " not in persons
    listed = json.loads(run("relations", "--graph", small_graph, "--type", "attacks", "--json").output)
    assert listed and all(r["relation"] == "attacks" for r in listed)
    touching = json.loads(run("relations", "--graph", small_graph, "--actor", "al-shabaab", "--json").output)
    assert touching and all("al-shabaab" in (r["source"], r["target"]) for r in touching)


# -- export ----------------------------------------------------------------------------------
def test_export_graphml_and_gexf_open_in_networkx(run, small_graph, tmp_path):
    G = nx.node_link_graph(json.loads(Path(small_graph).read_text()), edges="edges")
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        assert run("export", "--graph", small_graph, "--format", fmt, "--out", out).exit_code == 0
        H = reader(out)
        assert set(H.nodes) == set(G.nodes)
        assert H.number_of_edges() == G.number_of_edges()


def test_export_csv_for_neo4j_admin_import(run, small_graph, tmp_path):
    out = tmp_path / "neo4j"
    assert run("export", "--graph", small_graph, "--format", "csv", "--out", out).exit_code == 0
    nodes = (out / "nodes.csv").read_text().splitlines()
    rels = (out / "relationships.csv").read_text().splitlines()
    assert nodes[0].startswith("id:ID,") and rels[0].startswith(":START_ID,:END_ID,:TYPE")
    assert any(",ATTACKS," in r for r in rels[1:])
    # every column is what neo4j-admin database import reads: a special field or name[:type]
    import csv
    import re
    types = "int|long|float|double|boolean|byte|short|char|string|date|datetime|duration"
    field = re.compile(rf"^(\w*:(ID|LABEL|START_ID|END_ID|TYPE)|\w+(:({types})(\[\])?)?)$")
    node_rows = list(csv.reader(nodes))
    rel_rows = list(csv.reader(rels))
    for header in (node_rows[0], rel_rows[0]):
        assert all(field.match(column) for column in header), header
    ids = {row[0] for row in node_rows[1:]}
    assert {row[0] for row in rel_rows[1:]} | {row[1] for row in rel_rows[1:]} <= ids
    for rows in (node_rows, rel_rows):
        for column, name in enumerate(rows[0]):
            for row in rows[1:]:
                if name.endswith(":int"):
                    int(row[column])
                elif name.endswith(":float"):
                    float(row[column])


def test_export_cypher_script(run, small_graph, tmp_path):
    out = tmp_path / "g.cypher"
    assert run("export", "--graph", small_graph, "--format", "cypher", "--out", out).exit_code == 0
    script = out.read_text()
    assert "MERGE (a:Actor {id: 'william-ruto'})" in script and "[r:CONSULTS]" in script


# -- evaluate and help -------------------------------------------------------------------------
def test_evaluate_against_an_annotation(run, small_graph, tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({
        "entities": [{"id": "Ruto", "aliases": ["William Ruto"], "required": True},
                     {"id": "Abiy", "aliases": ["Abiy Ahmed"], "required": True},
                     {"id": "Somalia", "aliases": ["Somalia"], "required": True}],
        "relations": [{"source": "Ruto", "target": "Abiy", "types": ["consults"], "symmetric": True,
                       "required": True},
                      {"source": "Somalia", "target": "Abiy", "types": ["attacks"], "symmetric": False,
                       "required": True}]}))
    result = run("evaluate", gold, "--graph", small_graph)
    assert result.exit_code == 0
    assert "entities recall=1.00" in result.output and "R=0.50" in result.output
    assert_clean_error(run("evaluate", tmp_path / "none.json", "--graph", small_graph), "gold file not found")


@pytest.mark.parametrize("command", ["build", "path", "neighbors", "show", "actors", "relations",
                                     "export", "evaluate"])
def test_every_command_help_has_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "graphx " + command in result.output


def test_queries_do_not_import_spacy():
    """Loading spaCy costs seconds: path, show and the other queries must not pay for it."""
    import subprocess
    import sys
    code = ("import sys, graphx.cli, graphx.graph, graphx.query.lookup, graphx.explorer.render, graphx.query.export;"
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_edge_says_which_pattern_made_it(run, small_graph):
    import json as _json
    data = _json.loads(small_graph.read_text())
    assert all(ev["pattern"].split(".")[0] in ("verbal", "nominal", "predicate", "discourse", "roles")
               for e in data["edges"] for ev in e["evidence"])
    explained = run("relations", "--graph", small_graph, "--type", "agrees", "--explain")
    assert explained.exit_code == 0
    assert "pattern verbal.coordination" in explained.output and "trigger \u201csigned\u201d" in explained.output


def test_evaluate_by_pattern_prints_a_table(run, small_graph, tmp_path):
    import json as _json
    gold = tmp_path / "gold.json"
    gold.write_text(_json.dumps({
        "entities": [{"id": "Ethiopia", "aliases": ["Ethiopia"]}, {"id": "Eritrea", "aliases": ["Eritrea"]},
                     {"id": "Somalia", "aliases": ["Somalia"]}, {"id": "Shabaab", "aliases": ["al-Shabaab"]}],
        "relations": [{"source": "Ethiopia", "target": "Eritrea", "types": ["agrees"], "symmetric": True},
                      {"source": "Somalia", "target": "Shabaab", "types": ["attacks"]}]}))
    result = run("evaluate", str(gold), "--graph", small_graph, "--by-pattern")
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines()[1:] if line and "." in line.split()[0]}
    assert rows["verbal.coordination"][:4] == ["1", "1", "1.00", "1"]     # edges, correct, precision, gold found
