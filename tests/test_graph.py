"""graph.json: merging across documents, the saved contract, validation and atomic writes."""
import json

import networkx as nx
import pytest

import graphx
from graphx.errors import GraphFileError
from graphx.graph import load_graph, save_graph


def test_same_actor_in_two_documents_is_one_node_with_both_evidences(nlp):
    G = graphx.build_graph(["Mike Pompeo met Ashraf Ghani in Kabul.",
                            "On Friday, Pompeo met Ghani again in Doha."], nlp=nlp)
    assert sorted(G.nodes[n]["label"] for n in G if G.nodes[n]["type"] == "PERSON") == \
        ["Ashraf Ghani", "Mike Pompeo"]
    edge = G.edges["mike-pompeo", "ashraf-ghani", "consults"]
    assert {e["doc"] for e in edge["evidence"]} == {"doc-1", "doc-2"}
    assert edge["count"] == 2
    assert sorted(G.nodes["mike-pompeo"]["docs"]) == ["doc-1", "doc-2"]


def test_saved_graph_follows_the_contract(tmp_path, nlp):
    G = graphx.build_graph(["Kenya's President William Ruto criticized Uganda on Monday."], nlp=nlp)
    path = tmp_path / "graph.json"
    save_graph(G, path)
    data = json.loads(path.read_text())
    assert {"graphx_version", "model", "created", "documents"} <= set(data["graph"])
    assert data["graph"]["documents"][0]["sha256"]
    node = next(n for n in data["nodes"] if n["id"] == "william-ruto")
    assert {"label", "type", "aliases", "roles", "mentions", "docs"} <= set(node)
    edge = next(e for e in data["edges"] if e["relation"] == "criticizes")
    assert {"source", "target", "key", "trigger", "evidence", "count", "modality", "confidence"} <= set(edge)
    ev = edge["evidence"][0]
    text = "Kenya's President William Ruto criticized Uganda on Monday."
    assert text[ev["start"]:ev["end"]] == ev["sentence"]
    assert text[ev["trigger_start"]:ev["trigger_end"]] == "criticized"
    assert edge["date"] == "Monday"
    again = load_graph(path)
    assert isinstance(again, nx.MultiDiGraph)
    assert set(again.edges(keys=True)) == set(G.edges(keys=True))


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ('{"nodes": 3}', "not a graphx graph"),
    ('{"graph": {"format": "other/9"}, "nodes": [], "edges": []}', "format"),
    ('{"graph": {}, "nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "b", "relation": "x"}]}',
     "does not exist"),
])
def test_invalid_graph_files_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "graph.json"
    path.write_text(content)
    with pytest.raises(GraphFileError, match=message):
        load_graph(path)


def test_missing_graph_file(tmp_path):
    with pytest.raises(GraphFileError, match="not found"):
        load_graph(tmp_path / "missing.json")


def test_interrupted_write_leaves_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "graph.json"
    G = nx.MultiDiGraph(format="graphx/1")
    G.add_node("a", label="A")
    save_graph(G, path)
    before = path.read_text()

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("graphx.graph.os.replace", boom)
    G.add_node("b", label="B")
    with pytest.raises(KeyboardInterrupt):
        save_graph(G, path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]


def test_across_documents_only_a_surname_joins_a_full_name(nlp):
    G = graphx.build_graph(["Sudan's President Omar Hassan al-Bashir criticized Egypt.",
                            "King Hassan of Morocco praised Tunisia.",
                            "On Monday, Bashir met Egypt's president."], nlp=nlp)
    persons = {d["label"] for _, d in G.nodes(data=True) if d["type"] == "PERSON"}
    assert "Hassan" in persons and "Bashir" not in persons


def test_a_known_name_wins_over_the_part_of_it_the_ner_tagged(nlp):
    G = graphx.build_graph(["Nigerian troops overran a Boko Haram stronghold near the lake.",
                            "Jakarta forced the UN refugee agency out of the country.",
                            "NATO Resolute Support said the Taliban attacked Kabul."], nlp=nlp)
    labels = {d["label"] for _, d in G.nodes(data=True)}
    assert {"Boko Haram", "UNHCR"} <= labels
    assert not labels & {"Haram", "UN", "United Nations"}


def test_a_records_title_names_the_speaker_of_its_transcript(nlp, tmp_path):
    record = {"id": "remarks-1", "title": "Remarks by President Ruto on the Summit",
              "text": "State House\n\nTHE PRESIDENT:  Good morning.  Yesterday I spoke with President "
                      "Museveni of Uganda.\n"}
    corpus = tmp_path / "remarks.jsonl"
    corpus.write_text(json.dumps(record) + "\n")
    graphx.build([str(corpus)], tmp_path / "out", nlp=nlp)
    G = load_graph(tmp_path / "out" / "graph.json")
    assert any(G.nodes[s]["label"] == "Ruto" and G.nodes[o]["label"] == "Museveni" and d["relation"] == "consults"
               for s, o, d in G.edges(data=True))


def test_a_known_place_wins_over_a_time_the_ner_made_of_it(nlp):
    G = graphx.build_graph(["Russia launched a barrage of missiles at Kyiv overnight."], nlp=nlp)
    assert any(d["relation"] == "attacks" and G.nodes[o]["label"] == "Kyiv" for _, o, d in G.edges(data=True))


def test_a_known_territory_wins_over_a_label_no_actor_has(nlp):
    G = graphx.build_graph(["Ethiopia signed a deal with Somaliland giving it access to the sea, angering Somalia."],
                           nlp=nlp)
    assert G.nodes["somaliland"]["type"] == "GPE"
    assert any(d["relation"] == "agrees" for _, o, d in G.edges(data=True) if o == "somaliland")
