"""graphx.load(...) in Python: tables as DataFrames, paths and neighbourhoods, subgraphs,
networkx — on the seed article, compared with what the CLI answers."""
from __future__ import annotations

import doctest
import json

import pytest
from click.testing import CliRunner

import graphx
import graphx.api.handle
from graphx.cli import cli
from graphx.errors import ActorNotFound, GraphFileError, MissingExtra


def test_load_takes_the_output_folder_or_graph_json(seed_build):
    by_folder = graphx.load(seed_build.json_path.parent)
    by_file = graphx.load(seed_build.json_path)
    assert repr(by_folder) == repr(by_file)
    assert repr(by_folder).startswith("<graphx.Graph: 22 actors, 20 relations (")
    with pytest.raises(GraphFileError, match="graph file not found"):
        graphx.load(seed_build.json_path.parent / "nowhere")


def test_actors_table(seed_graph, need):
    need("pandas", "pandas")
    actors = seed_graph.actors()
    G = seed_graph.to_networkx()
    assert len(actors) == G.number_of_nodes()
    assert list(actors.columns) == ["id", "label", "type", "kind", "aliases", "roles", "mentions",
                                    "documents", "degree", "iso2", "iso3", "wikidata", "lat", "lon", "geonames",
                                    "country"]
    assert actors.set_index("id").loc["afghanistan", "iso3"] == "AFG"
    assert actors.set_index("id").loc["kabul", "country"] == "AF" and actors.lat.notna().sum() == 4
    pompeo = actors.set_index("label").loc["Mike Pompeo"]
    assert pompeo["type"] == "PERSON" and pompeo["degree"] == G.degree("mike-pompeo")
    assert "Pompeo" in pompeo["aliases"]
    assert actors.sort_values("degree", ascending=False).iloc[0]["label"] == "Taliban"


def test_relations_and_evidence_tables_join(seed_graph, need):
    need("pandas", "pandas")
    rels, evidence = seed_graph.relations(), seed_graph.evidence()
    G = seed_graph.to_networkx()
    assert len(rels) == G.number_of_edges()
    assert len(evidence) == sum(len(d["evidence"]) for _, _, d in G.edges(data=True))
    informs = rels[(rels.source_label == "Mike Pompeo") & (rels.relation == "informs")].iloc[0]
    assert (informs.target_label, informs.modality, informs.evidence) == ("Ashraf Ghani", "reported", 2)
    dated = rels[rels.first_date >= "2019-09"]
    assert set(zip(dated.source_label, dated.relation, dated.target_label)) == {
        ("United States", "agrees", "Taliban"), ("Donald Trump", "visits", "Afghanistan")}
    joined = evidence.merge(rels[["relation_id", "family"]], on="relation_id")
    assert len(joined) == len(evidence)
    sentences = joined[joined.relation_id == informs.relation_id].sentence
    assert len(sentences) == 2
    assert any(s.startswith("Afghanistan’s President Ashraf Ghani tweeted") for s in sentences)
    assert evidence.pattern.str.fullmatch(r"[a-z_]+\.[a-z_.]+").all()       # every row names its rule


def test_path_and_neighbors_are_the_cli_answers(seed_graph, seed_build):
    runner = CliRunner()
    graph = str(seed_build.json_path)
    cli_path = json.loads(runner.invoke(cli, ["path", "Pompeo", "Taliban", "--graph", graph, "--json"]).output)
    assert seed_graph.path("Pompeo", "Taliban") == cli_path["paths"]
    hops = [(h["source_label"], h["relation"], h["target_label"]) for h in cli_path["paths"][0]]
    assert hops == [("Mike Pompeo", "member_of", "United States"), ("United States", "negotiates", "Taliban")]
    cli_near = json.loads(runner.invoke(cli, ["neighbors", "Khalilzad", "--graph", graph, "--json"]).output)
    assert seed_graph.neighbors("Khalilzad") == cli_near["neighbors"]
    assert seed_graph.path("Pompeo", "Pompeo") == []


def test_subgraph_period_and_networkx(seed_graph):
    G = seed_graph.to_networkx()
    H = seed_graph.subgraph("Mike Pompeo", hops=1).to_networkx()
    assert set(H) == {"mike-pompeo"} | set(G.successors("mike-pompeo")) | set(G.predecessors("mike-pompeo"))
    assert {"ashraf-ghani", "united-states"} <= set(H)
    assert H.number_of_edges() == G.subgraph(H.nodes).number_of_edges()    # every relation among them
    two = seed_graph.subgraph(["Pompeo", "Khalilzad"], hops=1).to_networkx()
    assert {"mike-pompeo", "zalmay-khalilzad", "kabul"} <= set(two)
    H.remove_node("mike-pompeo")                       # a copy: the graph itself is untouched
    assert "mike-pompeo" in seed_graph.to_networkx()
    dated = seed_graph.period("2019-09", "2019-12").to_networkx()
    assert {(s, t, d["relation"]) for s, t, d in dated.edges(data=True)} == {
        ("united-states", "taliban", "agrees"), ("donald-trump", "afghanistan", "visits")}


def test_unknown_actor_is_one_error_with_suggestions(seed_graph):
    with pytest.raises(ActorNotFound, match="Did you mean: Mike Pompeo"):
        seed_graph.path("Pompei", "Taliban")


def test_docstring_examples_run():
    result = doctest.testmod(graphx.api.handle, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 5 and result.failed == 0


def test_tables_without_pandas_say_what_to_install(seed_graph, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "pandas", None)
    with pytest.raises(MissingExtra, match=r"pandas is not installed; install the extra: pip install 'graphx\[pandas\]'"):
        seed_graph.relations()


def test_sources_narrow_as_the_cli_does(seed_graph):
    said = seed_graph.sources(said_by="Ghani").to_networkx()
    assert {(s, t, d["relation"]) for s, t, d in said.edges(data=True)} == {("mike-pompeo", "ashraf-ghani", "informs")}
    own = seed_graph.sources(unattributed=True).to_networkx()
    assert all(not e.get("said_by") for _, _, d in own.edges(data=True) for e in d["evidence"])
    assert seed_graph.sources(min_outlets=1).to_networkx().number_of_edges() == 0     # the seed names no outlet
