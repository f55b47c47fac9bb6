"""The build pipeline: the cache makes rebuilds incremental without changing the graph."""
import json

import graphx


def graph_without_timestamp(path):
    data = json.loads(path.read_text())
    data["graph"].pop("created")
    return data


def write_articles(folder, n=3):
    folder.mkdir(exist_ok=True)
    texts = ["Kenya criticized Uganda on Monday.", "Chile and Peru signed a trade agreement.",
             "Egypt hosted talks with Hamas in Cairo.", "Germany condemned the Russian attack on Ukraine."]
    for i in range(n):
        (folder / f"a{i}.txt").write_text(texts[i], encoding="utf-8")


def test_rebuild_uses_the_cache_and_writes_the_same_graph(nlp, tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write_articles(src)
    cold = graphx.build([str(src)], out, nlp=nlp)
    first = graph_without_timestamp(cold.json_path)
    assert (cold.parsed, cold.cached) == (3, 0)
    warm = graphx.build([str(src)], out, nlp=nlp)
    assert (warm.parsed, warm.cached) == (0, 3)
    assert graph_without_timestamp(warm.json_path) == first


def test_only_new_or_changed_documents_are_parsed(nlp, tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write_articles(src)
    graphx.build([str(src)], out, nlp=nlp)
    write_articles(src, n=4)                                   # one new article
    (src / "a0.txt").write_text("Kenya praised Uganda on Tuesday.", encoding="utf-8")  # one changed
    result = graphx.build([str(src)], out, nlp=nlp)
    assert (result.parsed, result.cached) == (2, 2)
    G = result.graph
    assert G.has_edge("kenya", "uganda", "supports") and not G.has_edge("kenya", "uganda", "criticizes")
    assert G.has_edge("russia", "ukraine", "attacks")


def test_cache_off_and_fresh_output_are_cold(nlp, tmp_path):
    src = tmp_path / "in"
    write_articles(src)
    graphx.build([str(src)], tmp_path / "out", nlp=nlp)
    assert graphx.build([str(src)], tmp_path / "out", nlp=nlp, use_cache=False).parsed == 3
    assert graphx.build([str(src)], tmp_path / "elsewhere", nlp=nlp).parsed == 3


def test_unchanged_rebuild_does_not_load_spacy(nlp, tmp_path, monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    write_articles(src)
    graphx.build([str(src)], out)                       # loads the model itself

    def refuse(model=None):
        raise AssertionError("the model was loaded for an unchanged rebuild")
    monkeypatch.setattr("graphx.pipeline.run.load_pipeline", refuse)
    assert graphx.build([str(src)], out).cached == 3


def test_same_text_under_another_id_gets_its_own_evidence(nlp, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "one.txt").write_text("Kenya criticized Uganda.", encoding="utf-8")
    (b / "two.txt").write_text("Kenya criticized Uganda.", encoding="utf-8")
    graphx.build([str(a)], tmp_path / "out", nlp=nlp)
    result = graphx.build([str(b)], tmp_path / "out", nlp=nlp)
    assert result.cached == 1
    ev = result.graph.edges["kenya", "uganda", "criticizes"]["evidence"]
    assert [e["doc"] for e in ev] == ["two.txt"]


def test_two_workers_build_the_same_graph_as_one(nlp, tmp_path):
    src = tmp_path / "in"
    write_articles(src, n=4)
    one = graphx.build([str(src)], tmp_path / "one", nlp=nlp, use_cache=False)
    two = graphx.build([str(src)], tmp_path / "two", nlp=nlp, workers=2, use_cache=False)
    assert two.parsed == 4
    assert graph_without_timestamp(two.json_path) == graph_without_timestamp(one.json_path)


def test_changed_extraction_code_or_data_invalidates_the_cache(nlp, tmp_path, monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    write_articles(src)
    graphx.build([str(src)], out, nlp=nlp)
    monkeypatch.setattr("graphx.pipeline.cache.extraction_version", lambda: "a-changed-lexicon")
    assert graphx.build([str(src)], out, nlp=nlp).parsed == 3
