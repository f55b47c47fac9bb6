"""Scoring a graph against a hand annotation, so users can measure graphx on their own articles.

Per pattern (`by_pattern`): the edges each rule contributed evidence to, how many of them are
correct, and how many required gold relations they found, so the weakest rules show.

The annotation format is that of graphx's seed gold file: `entities` (id, aliases,
required) and `relations` (source, target, types, symmetric, required; a source or target
may be a list of acceptable entities). Nodes match entities by name; edges match on
(source entity, target entity, relation). Optional items are neither rewarded nor punished.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from graphx.errors import InputError
from graphx.names import name_key


def load_gold(path: str | Path) -> dict:
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"gold file not found: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"cannot read gold file {path}: {e}") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("entities"), list) \
            or not isinstance(gold.get("relations"), list):
        raise InputError(f"{path} is not a gold annotation (needs 'entities' and 'relations' lists)")
    return gold


def evaluate(G: nx.MultiDiGraph, gold: dict) -> dict:
    """Precision and recall of G's relations (and recall of its actors) against a gold
    annotation, overall and per extraction pattern."""
    required_entities = {e["id"] for e in gold["entities"] if e.get("required", True)}
    node_entity, spurious = _entities_of_nodes(G, gold)
    found_entities = set(node_entity.values())
    predicted = _predicted(G, node_entity)
    true_pos = {p for p in predicted if any(matches(r, p) for r in gold["relations"])}
    required = [r for r in gold["relations"] if r.get("required", True)]
    hit = [r for r in required if any(matches(r, p) for p in predicted)]
    precision = len(true_pos) / len(predicted) if predicted else 0.0
    recall = len(hit) / len(required) if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    patterns: dict[str, dict] = {}
    for triple, names in predicted.items():
        for name in names:
            row = patterns.setdefault(name, {"edges": 0, "correct": 0, "gold_found": 0})
            row["edges"] += 1
            row["correct"] += triple in true_pos
            row["gold_found"] += sum(1 for r in required if matches(r, triple))
    for row in patterns.values():
        row["precision"] = row["correct"] / row["edges"]
    return {
        "by_pattern": dict(sorted(patterns.items())),
        "entity_recall": len(required_entities & found_entities) / len(required_entities) if required_entities else 1.0,
        "missing_entities": sorted(required_entities - found_entities),
        "spurious_nodes": sorted(spurious),
        "precision": precision, "recall": recall, "f1": f1,
        "predicted_edges": len(predicted),
        "missed_relations": [f"{r['source']} -{'/'.join(r['types'])}-> {r['target']}"
                             for r in required if r not in hit],
        "false_positive_edges": sorted(f"{s} -{r}-> {t}" for s, t, r in predicted.keys() - true_pos),
    }


def _entities_of_nodes(G: nx.MultiDiGraph, gold: dict) -> tuple[dict[str, str], list[str]]:
    """Which gold entity each node is (by label or alias), and the labels of the nodes none is."""
    alias_to_entity: dict[str, str] = {}
    for ent in gold["entities"]:
        for alias in list(ent.get("aliases", [])) + [ent["id"]]:
            alias_to_entity.setdefault(name_key(alias), ent["id"])
    node_entity: dict[str, str] = {}
    spurious = []
    for node, data in G.nodes(data=True):
        names = [name_key(data.get("label", node))] + [name_key(a) for a in data.get("aliases", [])]
        hits = [alias_to_entity[n] for n in names if n in alias_to_entity]
        if hits:
            node_entity[node] = hits[0]
        else:
            spurious.append(data.get("label", node))
    return node_entity, spurious


def _predicted(G: nx.MultiDiGraph, node_entity: dict[str, str]) -> dict[tuple, set[str]]:
    """(source, target, relation) in gold ids → the patterns behind it (negated edges left out)."""
    predicted: dict[tuple, set[str]] = {}
    for s, t, d in G.edges(data=True):
        if d.get("modality") == "negated":
            continue
        triple = (node_entity.get(s, "?" + s), node_entity.get(t, "?" + t), d["relation"])
        predicted.setdefault(triple, set()).update(
            ev.get("pattern") or "?" for ev in d.get("evidence", []) if ev.get("modality") != "negated")
    return predicted


def _as_set(v):
    return set(v) if isinstance(v, list) else {v}


def matches(rel: dict, triple: tuple) -> bool:
    """Does a predicted (source, target, relation) match a gold relation (either way if symmetric)?"""
    s, t, r = triple
    if r not in rel["types"]:
        return False
    src, dst = _as_set(rel["source"]), _as_set(rel["target"])
    return (s in src and t in dst) or (rel.get("symmetric") and t in src and s in dst)
