"""What the commands answer when a new user asks (#23, items 10, 11, 14, 17-19): names looked up
as a reader means them, splits that say what they changed, empty answers that say so, plain
wording, exports that write what they say. Texts written for the tests."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import graphx
from graphx.cli import cli

TEXTS = {
    "a.txt": "Kamala Harris met Kenyan President William Ruto in Nairobi on Monday. Harris praised Kenya for its mediation.",
    "b.txt": "Harris criticized Uganda over the border closure on Tuesday.",
    "c.txt": "Serena Williams praised Venus Williams after the final. Williams thanked Kenya.",
    "d.txt": "Robin Williams met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.",
    "e.txt": "The U.S. criticized Uganda over the border closure.",
}


@pytest.fixture()
def graph(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return graphx.build([str(folder)], tmp_path / "out", nlp=nlp).json_path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def one_error(result, *fragments):
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1, result.output
    for f in fragments:
        assert f in result.output, result.output


def test_an_exact_label_beats_aliases_and_words(graph):
    first = run("show", "Williams", "--graph", graph).output.splitlines()[0]
    assert first.startswith("Serena Williams")          # her alias; Venus and Robin only share a word
    assert run("show", "Harris", "--graph", graph).output.startswith("Kamala Harris")


def test_a_gazetteer_form_finds_its_actor(graph):
    assert run("show", "U.S.", "--graph", graph).output.startswith("United States")
    assert run("show", "America", "--graph", graph).output.startswith("United States")


def test_id_picks_one_actor_exactly(graph):
    found = json.loads(run("actors", "--graph", graph, "--json").output)
    people = {a["label"]: a for a in found if a["label"].endswith("Williams")}
    assert {"Serena Williams", "Venus Williams", "Robin Williams"} <= set(people)
    robin = people["Robin Williams"]["id"]
    picked = run("show", "--id", robin, "--graph", graph)
    assert picked.exit_code == 0 and picked.output.startswith("Robin Williams")
    one_error(run("show", "--id", "no-such-id", "--graph", graph), "no actor has the id 'no-such-id'")


def test_ambiguity_message_gives_type_mentions_and_ids(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kenya criticized Uganda. Kenya praised Ghana.", encoding="utf-8")
    out = graphx.build([str(folder)], tmp_path / "out", nlp=nlp)
    G = graphx.load_graph(out.json_path)
    G.add_node("ghana-2", label="Ghana", type="ORG", kind=None, aliases=["Ghana"], roles=[], mentions=3, docs=["a.txt"])
    graphx.save_graph(G, out.json_path)
    one_error(run("show", "Ghana", "--graph", out.json_path), "'Ghana' matches several actors:",
              "Ghana (ORG, 3 mentions, id ghana-2); Ghana (GPE", "Pick one with --id ID")


def test_a_split_says_what_it_changed(graph):
    result = run("split", "Kamala Harris", "--alias", "Harris", "--graph", graph)
    assert result.exit_code == 0, result.output
    assert "Kamala Harris: 2 mentions in 1 document (a.txt)" in result.output
    assert "Harris: 1 mention in 1 document (b.txt)" in result.output
    assert run("show", "Harris", "--graph", graph).output.startswith("Harris  (PERSON, 1 mention)")


def test_a_split_that_cannot_apply_says_why_and_changes_nothing(graph, tmp_path):
    before = (tmp_path / "out" / "graph.json").read_bytes()
    one_error(run("split", "Serena Williams", "--alias", "Williams", "--graph", graph),
              "'Williams' names 'Serena Williams' only inside c.txt")
    one_error(run("split", "Kenya", "--alias", "Kenya", "--graph", graph), "is the actor's own name")
    one_error(run("split", "Kenya", "--alias", "Nairobi Republic", "--graph", graph), "has no other name form")
    assert (tmp_path / "out" / "graph.json").read_bytes() == before
    assert not (tmp_path / "out" / "curation.toml").exists()


def test_empty_answers_say_what_was_asked(graph):
    nothing = run("relations", "--actor", "Addis Ababa", "--graph", graph)
    assert nothing.exit_code == 1 and nothing.output == "No relations of Addis Ababa.\n"
    none_of = run("relations", "--type", "withdraws", "--graph", graph)
    assert none_of.exit_code == 1 and none_of.output == "No withdraws relations.\n"
    mixed = run("relations", "--type", "attacks", "--actor", "Kenya", "--graph", graph)
    assert mixed.exit_code == 1 and "No attacks relations of Kenya. Its relations: " in mixed.output
    dated = run("relations", "--since", "2030", "--graph", graph)
    assert dated.exit_code == 1 and dated.output == "No relations dated 2030.\n"
    one_error(run("actors", "--type", "CITY", "--graph", graph), "no actor has type 'CITY'; the graph's types are: GPE, PERSON")
    unknown = run("relations", "--type", "withdrawz", "--graph", graph)
    assert unknown.exit_code == 2 and "'withdrawz' is not one of" in unknown.output and "'withdraws'" in unknown.output
    assert run("actors", "--type", "person", "--graph", graph).exit_code == 0


def test_counts_are_worded_in_the_singular_and_plural(graph):
    listing = run("actors", "--graph", graph).output
    assert " 1 mention\n" in listing and " 1 relation " in listing and " 1 mentions" not in listing
    path = run("path", "Robin Williams", "Uganda", "--max-hops", "1", "--graph", graph)
    assert path.exit_code == 1 and "(within 1 hop)" in path.output


def test_only_unreadable_inputs_is_one_error_and_no_summary(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    result = run("build", tmp_path / "in", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "Built graph" not in result.output
    assert "scan.pdf: a PDF file, not text graphx reads" in result.output
    named = run("build", tmp_path / "in" / "scan.pdf", "--out", tmp_path / "out")
    assert "scan.pdf: a PDF file, not text graphx reads" in named.output       # the same words either way
    assert not (tmp_path / "out" / "graph.json").exists()


def test_csv_export_to_a_file_name_says_it_writes_a_folder(graph, tmp_path):
    one_error(run("export", "--format", "csv", "--out", tmp_path / "g.csv", "--graph", graph),
              "csv export writes a folder of two files", f"--out {tmp_path / 'g'}/")
    assert not (tmp_path / "g.csv").exists()
    result = run("export", "--format", "cypher", "--out", tmp_path / "actors.cql", "--graph", graph)
    assert result.exit_code == 0
    assert (tmp_path / "actors.cql").read_text().startswith("// graphx export: run with  cypher-shell -f actors.cql")


def test_the_example_annotation_scores_the_example_article(nlp, tmp_path):
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    out = graphx.build([str(root / "examples" / "article.txt")], tmp_path / "out", nlp=nlp)
    result = run("evaluate", root / "examples" / "article_gold.json", "--graph", out.json_path)
    assert result.exit_code == 0 and "entities recall=1.00" in result.output and "P=1.00" in result.output
