"""graphx's knowledge is data checked as it loads: a broken file is one Error line naming it."""
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphx
import graphx.knowledge as knowledge
from graphx.knowledge import leaders_file as leaders
from graphx.cli import cli
from graphx.knowledge import gazetteer, lexicon, ontology

DATA = Path(graphx.__file__).parent / "knowledge" / "data"
LEADERS = [line.split("\t")[0] for line in (DATA / "leaders.tsv").read_text(encoding="utf-8").splitlines()]


LOADERS = (knowledge.ontology, knowledge.lexicon, knowledge.gazetteer, knowledge.name_knowledge, leaders.leaders,
           knowledge.ontology_file.actor_kinds)


@pytest.fixture()
def data_dir(tmp_path, monkeypatch):
    """A GRAPHX_DATA folder; the loaders' caches are cleared before and after."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("GRAPHX_DATA", str(folder))
    for loader in LOADERS:
        loader.cache_clear()
    yield folder
    monkeypatch.delenv("GRAPHX_DATA")
    for loader in LOADERS:
        loader.cache_clear()


def edited(data_dir, name, old, new):
    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text
    (data_dir / name).write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("name, old, new, message", [
    ("lexicon.toml", 'attacks = ["attack"', 'attack = ["attack"',
     "lexicon.toml: verbs.attack: unknown relation 'attack' (not in ontology.toml)"),
    ("lexicon.toml", 'informs = ["tell"', 'informs = ["condemn", "tell"',
     "lexicon.toml: verbs.criticizes: 'condemn' is already under verbs.informs (one word, one relation)"),
    ("ontology.toml", 'flags = ["two_sided"', 'flags = ["two_sidde"',
     "ontology.toml: relations.negotiates.flags: unknown flag 'two_sidde' (declare it in [flags])"),
    ("ontology.toml", 'family = "cooperation"', 'family = "friendly"',
     "ontology.toml: relations.negotiates.family: 'friendly' is not one of cooperation, conflict, membership"),
    ("lexicon.toml", "\n[words]\n", '\n[words]\nspare_words = ["x"]\n',
     "lexicon.toml: words.spare_words: no rule reads this list"),
    ("ontology.toml", "\n[flags]\n", '\n[flags]\nunused_flag = "does nothing"\n',
     "ontology.toml: flags.unused_flag: declared but no relation uses it"),
    ("names.toml", "[deities]", "[deitys]",
     "names.toml: unknown list [deitys] (known: family_first, deities, non_actor_heads, degrees, regional_peoples)"),
    ("names.toml", '"god", ', '"God", ', "names.toml: deities.words must be lower-case words, not 'God'"),
    ("leaders.tsv", "Barack Obama\tUnited States", "Barack Obama\tUnited Stats",
     f"leaders.tsv: line {LEADERS.index('Barack Obama') + 1}: 'United Stats' is not an actor of the gazetteer"),
    ("leaders.tsv", "Bill Clinton\tUnited States", "Bill Clinton\tCanada",
     "leaders.tsv: 'clinton' alone names people of different affiliations"),
    ("leaders.tsv", "President\t2009-2017", "President\t2017-2009",
     f"leaders.tsv: line {LEADERS.index('Barack Obama') + 1}: terms '2017-2009' must be YYYY-YYYY or YYYY- (still in office)"),
    ("leaders.tsv", "President\t2009-2017", "President\t",
     f"leaders.tsv: line {LEADERS.index('Barack Obama') + 1}: the years the role was held (terms) are needed"),
])
def test_an_invalid_data_file_is_one_error_line(data_dir, tmp_path, name, old, new, message):
    edited(data_dir, name, old, new)
    article = tmp_path / "a.txt"
    article.write_text("Kenya criticized Uganda.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(article), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"Error: {data_dir}/{message}"]
    assert not (tmp_path / "out").exists()


def test_a_flag_the_code_asks_for_must_be_declared():
    with pytest.raises(knowledge.KnowledgeError, match="no flag 'spacial' is declared"):
        knowledge.ontology()["attacks"].has("spacial")


def test_a_relation_added_as_data_is_extracted(data_dir, nlp):
    """Adding a relation type is a TOML change: the ontology entry and its triggers."""
    text = (DATA / "ontology.toml").read_text(encoding="utf-8")
    (data_dir / "ontology.toml").write_text(text + '\n[relations.mocks]\nmeaning = "ridicules"\n'
                                            'symmetric = false\nfamily = "conflict"\ncameo = ["11"]\n'
                                            'targets = ["dobj"]\n', encoding="utf-8")
    edited(data_dir, "lexicon.toml", "[verbs]\n", '[verbs]\nmocks = ["mock", "ridicule"]\n')
    G = graphx.build_graph(["Kenya mocked Uganda on Monday."], nlp=nlp)
    assert G.has_edge("kenya", "uganda", "mocks")


def test_lexicon_uses_only_ontology_relations_and_each_word_once():
    lex = lexicon()
    relations = set(ontology())
    assert set(lex.verbs.values()) <= relations and set(lex.nouns.values()) <= relations
    import tomllib
    from importlib import resources
    data = tomllib.loads(resources.files("graphx.knowledge").joinpath("data", "lexicon.toml").read_text())
    for part in ("verbs", "nouns"):
        words = [w for entries in data[part].values() for w in entries]
        assert len(words) == len(set(words)), f"a {part} entry is listed twice"


def test_gazetteer_aliases_name_one_actor_each():
    owners = {}
    for form, entry_id, _ in gazetteer().surface_forms():
        owners.setdefault(form, set()).add(entry_id)
    shared = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert not shared, f"aliases shared by several actors: {shared}"


def test_the_word_lists_the_rules_read_are_the_ones_declared():
    """knowledge.WORD_LISTS is what the load-time check trusts: it must match the code."""
    import re
    code = "".join(p.read_text() for p in DATA.parent.parent.rglob("*.py"))
    read = set(re.findall(r'(?:\.words|\bw)\["([a-z_]+)"\]|in_list\([^,()]+, "([a-z_]+)"\)', code))
    assert {a or b for a, b in read} == set(knowledge.lexicon_file.WORD_LISTS)


FIRST_ORGANISATION = re.search(r'\[\[organisation\]\]\s*name = "([^"]+)"',
                               (DATA / "gazetteer.toml").read_text(encoding="utf-8")).group(1)


@pytest.mark.parametrize("name, old, new, message", [
    ("gazetteer.toml", "[nominals]", "[nominals", "gazetteer.toml: not valid TOML ("),
    ("gazetteer.toml", 'kind = "', 'kidn = "',
     f"gazetteer.toml: organisation #1 ({FIRST_ORGANISATION}): kidn: unknown key (known: aliases, kind, name, type)"),
    ("gazetteer.toml", 'kind = "', 'kind = "militia_',
     f"gazetteer.toml: organisation #1 ({FIRST_ORGANISATION}): kind: 'militia_"),
    ("gazetteer.toml", "[organisation_words]", "[organisation_word]",
     "gazetteer.toml: [organisation_words] with a 'words' list is missing"),
    ("gazetteer.toml", "\ncountry = [", "\nnation_state = [",
     "gazetteer.toml: nominals.nation_state: unknown kind (declare it in ontology.toml [kinds])"),
    ("countries.tsv", "name\taliases", "name\talias",
     "countries.tsv: the header must be name / aliases / demonyms / capital (tab-separated)"),
    ("countries.tsv", "\nAlbania\t", "\n\t", "countries.tsv: line 3: name: a country needs a name"),
    ("ontology.toml", "\n[kinds]\n", "\n[kinds_]\n", "ontology.toml: kinds: missing"),
])
def test_a_broken_gazetteer_is_one_error_line(data_dir, tmp_path, name, old, new, message):
    """The gazetteer and the countries file are checked like the ontology: one Error line that
    names the file and the key, exit 2, nothing written."""
    edited(data_dir, name, old, new)
    article = tmp_path / "a.txt"
    article.write_text("Kenya criticized Uganda.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(article), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {data_dir}/{message}"), lines
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_every_gazetteer_kind_is_declared():
    """Actor kinds are declared once (ontology.toml [kinds]); the rules and the gazetteer use no other."""
    kinds = knowledge.ontology_file.actor_kinds()
    assert {e.kind for e in gazetteer().entries.values()} <= kinds
    code = "".join(p.read_text() for p in DATA.parent.parent.rglob("*.py"))
    used = set(re.findall(r'kind (?:==|!=) "([a-z_]+)"|kind = "([a-z_]+)"|"NORP", "([a-z_]+)"', code))
    assert {k for group in used for k in group if k} <= kinds
