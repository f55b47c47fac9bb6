"""Capitalised words that are no actors, told by the document itself (graphx/common_words.py)."""
from __future__ import annotations


def labels(G) -> set[str]:
    return {d["label"] for _, d in G.nodes(data=True)}


def test_an_acronym_defined_by_lower_case_words_is_no_actor_in_any_document(graph_of):
    G = graph_of("Kenya shipped personal protective equipment (PPE) to Uganda. PPE arrived on Monday.",
                 "The EO directs agencies to help Ghana.",
                 "Kenya signed an executive order (EO) and issued a request for information (RFI).")
    assert {"PPE", "EO", "RFI"}.isdisjoint(labels(G))
    assert {"Kenya", "Uganda"} <= labels(G)


def test_an_acronym_of_a_capitalised_name_stays_an_actor(graph_of):
    G = graph_of("The Federal Emergency Management Agency (FEMA) helped Kenya. FEMA praised Uganda.")
    assert "Federal Emergency Management Agency" in labels(G)


def test_a_common_word_capitalised_by_style_is_no_actor(graph_of):
    G = graph_of("State, local, and Tribal governments will get support from Kenya. "
                 "Kenya thanked tribal leaders.")
    assert "Tribal" not in labels(G) and "Kenya" in labels(G)


def test_a_name_capitalised_inside_a_sentence_stays_a_name(graph_of):
    G = graph_of("Rice criticized Kenya. The rice harvest failed, and officials said Rice would return.")
    assert "Rice" in labels(G)
