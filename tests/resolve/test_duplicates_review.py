"""`graphx duplicates` as a reviewer uses it (#23, item 9): one person spelt two ways ranks high;
two bodies that differ by a distinctive word and link-card junk are no candidates."""
from __future__ import annotations

import json

import networkx as nx
from click.testing import CliRunner

import graphx
from graphx.cli import cli


def actor(G, label, type_="PERSON", mentions=3, **extra):
    node = label.lower().replace(" ", "-")
    G.add_node(node, label=label, type=type_, kind=None, aliases=[label], roles=extra.get("roles", []),
               mentions=mentions, docs=[f"{node}.txt"])
    return node


def review(tmp_path, G):
    path = tmp_path / "graph.json"
    graphx.save_graph(G, path)
    result = CliRunner().invoke(cli, ["duplicates", "--json", "--limit", "50", "--graph", str(path)])
    assert result.exit_code == 0, result.output
    return [{c["label_a"], c["label_b"]} for c in json.loads(result.output)]


def test_one_name_transliterated_two_ways_is_the_best_candidate(tmp_path):
    G = nx.MultiDiGraph()
    a, b = actor(G, "Volodymyr Zelenskyy", roles=["President"]), actor(G, "Volodymyr Zelenskiy")
    kyiv = actor(G, "Kyiv", "GPE")
    for n in (a, b):
        G.add_edge(n, kyiv, key="visits", relation="visits", trigger="visited", evidence=[], count=1,
                   modality="asserted", confidence=0.8, symmetric=False, family="cooperation")
    actor(G, "Jane Ann Doe")
    actor(G, "Jane Ann DoeJane Doe")
    pairs = review(tmp_path, G)
    assert pairs[0] == {"Volodymyr Zelenskyy", "Volodymyr Zelenskiy"}
    assert not any("Jane Ann DoeJane Doe" in p for p in pairs)


def test_bodies_that_differ_by_a_distinctive_word_are_two(tmp_path):
    G = nx.MultiDiGraph()
    for label in ("NBC News", "ABC News", "Western District", "Southern District",
                  "Ministry of Defence", "Ministry of Defense"):
        actor(G, label, "ORG")
    pairs = review(tmp_path, G)
    assert {"NBC News", "ABC News"} not in pairs and {"Western District", "Southern District"} not in pairs
    assert {"Ministry of Defence", "Ministry of Defense"} in pairs
