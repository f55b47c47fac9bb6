"""Progress a user can trust (#23, item 15): the ETA counts web pages as the bytes they are, a
huge document is read in parts, and progress comes while a long document is parsed."""
from __future__ import annotations

import graphx
import graphx.inputs.huge as huge

PAGE = ("<html><head><title>T</title><script>" + "var x = 1;" * 3000 + "</script></head><body><article>"
        "<p>Kenya criticized Uganda over the border dispute on Tuesday, officials said.</p>"
        "<p>Ghana praised Togo for its mediation between the two rivals.</p></article></body></html>")


def test_web_pages_count_their_markup_so_the_eta_ends_at_zero(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"p{n}.html").write_text(PAGE.replace("Tuesday", f"day {n}"), encoding="utf-8")
    states = []
    graphx.build([str(folder)], tmp_path / "out", nlp=nlp,
                 progress=lambda s: states.append((s.documents, s.fraction, s.eta)))
    assert states and states[-1][1:] == (1.0, 0.0)
    first = next(f for documents, f, _ in states if documents == 1)
    assert abs(first - 1 / 3) < 0.05                  # one page of three: a third, not a hundredth


def test_a_huge_document_is_read_in_parts_with_progress_inside_each(nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(huge, "MAX_DOCUMENT_CHARS", 3_000)
    paragraph = "Kenya criticized Uganda over the border dispute on Tuesday. Ghana praised Togo for its help.\n\n"
    text = tmp_path / "huge.txt"
    text.write_text(paragraph * 100, encoding="utf-8")            # 9,400 characters: four parts
    states = []
    result = graphx.build([str(text)], tmp_path / "out", nlp=nlp,
                          progress=lambda s: states.append((s.documents, s.fraction)))
    assert result.documents == [f"huge.txt#part-{n}" for n in range(1, 5)]
    assert any("read as 4 parts of at most 3,000" in w for w in result.report.warnings)
    before_first = [f for documents, f in states if documents == 0]
    assert len(before_first) > 10 and before_first[0] < 0.05          # paragraph by paragraph
    assert [f for _, f in states] == sorted(f for _, f in states) and states[-1][1] == 1.0
    edges = {(result.graph.nodes[s]["label"], d["relation"], result.graph.nodes[t]["label"]): d["count"]
             for s, t, d in result.graph.edges(data=True)}
    assert edges[("Kenya", "criticizes", "Uganda")] == 100


def test_a_huge_text_file_is_never_held_whole_but_read_a_part_at_a_time(nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(huge, "MAX_DOCUMENT_CHARS", 2_000)
    lines = [f"Kenya criticized Uganda on day {n}.\r\n\r\n" if n % 7 else f"Ghana praised Togo, {n}.\n\n"
             for n in range(800)]
    (tmp_path / "huge.txt").write_text("Border dispute\n\n" + "".join(lines), encoding="utf-8", newline="")
    result = graphx.build([str(tmp_path / "huge.txt")], tmp_path / "out", nlp=nlp)
    assert len(result.documents) > 10 and result.documents[0] == "huge.txt#part-1"
    assert any("read a part at a time as" in w for w in result.report.warnings)
    texts = [d for d in graphx.load_graph(result.json_path).graph["documents"]]
    assert all(t["title"] == "Border dispute" for t in texts)
    edges = {(result.graph.nodes[s]["label"], d["relation"], result.graph.nodes[t]["label"]): d["count"]
             for s, t, d in result.graph.edges(data=True)}
    assert edges[("Kenya", "criticizes", "Uganda")] == sum(1 for n in range(800) if n % 7)
