"""Reading inputs: formats, encodings, broken files, and paragraph offsets."""
import json

import pytest
from hypothesis import given, settings, strategies as st

from graphx.inputs import ReadReport, decode, read_inputs
from graphx.paragraphs import paragraphs
from graphx.errors import InputError

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


def read(paths):
    report = ReadReport()
    docs = list(read_inputs([str(p) for p in paths], report))
    return docs, report


def test_folder_of_text_and_markdown(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha text.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nBeta text.", encoding="utf-8")
    docs, report = read([tmp_path])
    assert [d.id for d in docs] == ["a.txt", "b.md"]
    assert docs[1].title == "Title"
    assert report.read == 2 and not report.skipped


def test_jsonl_keeps_metadata_and_reports_bad_lines(tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "one", "text": "Kenya criticized Uganda.", "date": "2024-01-02", "url": "http://x"}),
        '{"id": "two", "text": ',                       # line 2: malformed
        json.dumps({"id": "three"}),                    # line 3: no text
        json.dumps({"id": "one", "text": "Duplicate id."}),
    ]), encoding="utf-8")
    docs, report = read([f])
    assert [d.id for d in docs] == ["one", "one#2"]
    assert docs[0].date == "2024-01-02" and docs[0].url == "http://x"
    reasons = dict(report.skipped)
    assert any("line 2" in where and "malformed" in why for where, why in reasons.items())
    assert any("line 3" in where for where in reasons)
    assert any("duplicate document id" in w for w in report.warnings)


def test_jsonl_titles_read_as_a_person_would(tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Kenya criticized Uganda.",
                             "title": "Readout of the Minister\\u2019s\\u2060 Call  with Uganda"}) + "\n",
                 encoding="utf-8")
    docs, _ = read([f])
    assert docs[0].title == "Readout of the Minister\u2019s Call with Uganda"


def test_binary_empty_and_legacy_encoded_files(tmp_path):
    (tmp_path / "photo.txt").write_bytes(PNG)
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("António Guterres visited Lisbon.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Kenya criticized Uganda.", encoding="utf-8")
    docs, report = read([tmp_path])
    assert sorted(d.id for d in docs) == ["good.txt", "latin.txt"]
    latin = next(d for d in docs if d.id == "latin.txt")
    assert "António Guterres" in latin.text
    skipped = dict(report.skipped)
    assert "a PNG image, not text" in skipped[str(tmp_path / "photo.txt")]
    assert "empty" in skipped[str(tmp_path / "empty.txt")]
    assert any("latin.txt" in w and "cp1252" in w for w in report.warnings)


def test_utf8_bom_and_crlf(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffLine one.\r\nLine two.".encode("utf-8"))
    docs, _ = read([tmp_path / "bom.txt"])
    assert docs[0].text == "Line one.\nLine two."


def test_missing_input_is_an_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read([tmp_path / "nope"])


def test_paragraph_offsets_point_into_the_text():
    text = "  First paragraph ends “with a quote.”\n\nSecond one.\nThird."
    paras = list(paragraphs(text))
    assert [p for _, p in paras] == ["First paragraph ends “with a quote.”", "Second one.", "Third."]
    for offset, para in paras:
        assert text[offset:offset + len(para)] == para


def test_long_paragraph_is_cut_near_sentence_ends():
    text = "Kenya criticized Uganda. " * 4000          # 100,000 characters, one paragraph
    paras = list(paragraphs(text, max_chars=10_000))
    assert len(paras) > 9 and all(len(p) <= 10_000 for _, p in paras)
    assert all(p.endswith(".") for _, p in paras)
    for offset, para in paras:
        assert text[offset:offset + len(para)] == para


def test_run_on_text_without_breaks_is_still_cut():
    text = "x" * 50_000
    paras = list(paragraphs(text, max_chars=10_000))
    assert "".join(p for _, p in paras) == text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_without_error(raw):
    text = decode(raw, "fuzz", ReadReport())
    assert isinstance(text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_paragraph_offsets_hold_for_any_text(text):
    for offset, para in paragraphs(text, max_chars=500):
        assert para and text[offset:offset + len(para)].translate(SPACES) == para


SPACES = str.maketrans({c: " " for c in "\n\t\u00a0\u2007\u2009\u202f"})


def test_no_break_spaces_read_as_spaces(graph_of):
    plain = "The leaders expressed support for Ukraine. Poland condemned Russia's attacks on Kyiv."
    published = plain.replace("for Ukraine", "for\u00a0Ukraine").replace("on Kyiv", "on\u202fKyiv")
    assert [p for _, p in paragraphs(published)] == [plain]

    def edges(G):
        return {(s, t, k) for s, t, k in G.edges(keys=True)}
    assert edges(graph_of(published)) == edges(graph_of(plain)) != set()


WRAPPED = """National Security Advisor Jake Sullivan spoke this morning with Afghan
National Security Advisor Hamdullah Mohib to discuss the upcoming talks
with the Taliban in Doha.

Mr. Sullivan condemned the recent attacks by the Taliban on Afghan
civilians and welcomed the decision of the Government of Pakistan to
host the next round.
"""


def test_hard_wrapped_lines_are_one_paragraph_and_offsets_hold():
    paras = list(paragraphs(WRAPPED))
    assert len(paras) == 2
    assert paras[0][1].startswith("National Security Advisor Jake Sullivan spoke this morning with Afghan National")
    for offset, para in paras:
        assert WRAPPED[offset:offset + len(para)].replace("\n", " ") == para


def test_one_paragraph_or_headline_per_line_stays_one_line_each():
    for text in ("Kenya criticized Uganda.\nChile praised Peru.\n\"We will respond,\" he said.\n",
                 "Biden meets Xi in Bali\nTaliban seize Kabul\nEU Commission fines Google"):
        assert [p for _, p in paragraphs(text)] == [line for line in text.split("\n") if line]


def test_list_items_and_speaker_labels_start_their_own_paragraph():
    text = ("The Secretary announced sanctions against three officials of the\n"
            "regime and its security services, including:\n"
            "- the Minister of the Interior, who ordered the arrests of\n"
            "  protesters in the capital;\n"
            "- the commander of the national police.\n\n"
            "THE PRESIDENT: Thank you all for coming. I spoke with the Prime\n"
            "Minister this morning about the talks.\n"
            "Q Mr. President, did you discuss the border with\n"
            "him?\n")
    assert [p[:12] for _, p in paragraphs(text)] == [
        "The Secretar", "- the Minist", "- the comman", "THE PRESIDEN", "Q Mr. Presid"]


def test_wrapped_and_unwrapped_text_give_the_same_graph(graph_of):
    unwrapped = "\n\n".join(" ".join(block.split("\n")) for block in WRAPPED.strip().split("\n\n"))
    wrapped_graph, flat_graph = graph_of(WRAPPED), graph_of(unwrapped)

    def edges(G):
        return {(s, t, k, tuple((e["start"], e["end"], e["trigger_start"]) for e in d["evidence"]))
                for s, t, k, d in G.edges(keys=True, data=True)}
    assert edges(wrapped_graph) == edges(flat_graph)
    assert ("jake-sullivan", "hamdullah-mohib") in {(s, t) for s, t, _, _ in edges(wrapped_graph)}
