"""The analyst's commands on who is who: merge, split, rename, drop — and regraphing.

Each command checks the names it is given against the built graph, records one action in
OUT/curation.toml, and rebuilds graph.json and graph.html from the build cache (no text is
parsed again; the cached extractions are found by each document's checksum in graph.json).
Every later `graphx build` of that folder applies the same actions.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from graphx.pipeline.cache import CACHE_DIR, ExtractionCache
from graphx.graph import GraphBuilder, load_graph, save_graph, write_atomic
from graphx.pipeline.lock import OutputLock
from graphx.model import Document
from graphx.query.lookup import find_actor
from graphx.explorer.render import write_html
from graphx.resolve import Resolution
from graphx.errors import GraphxError
from graphx.resolve.curation import Action, Curation, CurationError, load_curation


def regraph(out: Path, curation: Curation) -> tuple[nx.MultiDiGraph, Resolution]:
    """The graph of OUT's last build, resolved again with `curation`, from the cache alone."""
    old = load_graph(out / "graph.json")
    documents = old.graph.get("documents") or []
    model = old.graph.get("model", "")
    cache = ExtractionCache(out, model)
    builder = GraphBuilder(model=model)
    missing = []
    for provenance in documents:
        extraction = cache.get(Document.from_provenance(provenance))
        if extraction is None:
            missing.append(provenance.get("id"))
        else:
            builder.add(extraction)
    if missing:
        raise CurationError(
            f"the build cache ({out / CACHE_DIR}) lacks {len(missing)} of the {len(documents)} "
            f"documents of {out / 'graph.json'} (first: {missing[0]}), so the graph cannot be "
            f"rebuilt without parsing; run graphx build with the same inputs, then this command again")
    order = {p["id"]: i for i, p in enumerate(documents)}
    G = builder.finish(order, curation)
    return G, builder.resolution


def curate(out_dir: str | Path, action: Action) -> tuple[nx.MultiDiGraph, Resolution]:
    """Record `action` in OUT/curation.toml and rebuild OUT's graph with it.

    Names are checked first (an unknown or ambiguous one is an error and nothing changes);
    the action records each actor's label, so the file reads as the graph does."""
    out = Path(out_dir)
    with OutputLock(out).acquire(wait=False):
        current = load_graph(out / "graph.json")
        fields = dict(action.fields)
        if "actors" in fields:
            labels = [_label(current, name) for name in fields["actors"]]
            if len(set(labels)) < len(labels):
                raise CurationError(f"{' and '.join(fields['actors'])} are already one actor: {labels[0]}")
            fields["actors"] = labels
        if "actor" in fields:
            fields["actor"] = _label(current, fields["actor"])
            node = find_actor(current, fields["actor"])
            if "document" in fields and fields["document"] not in current.nodes[node].get("docs", []):
                raise CurationError(f"{fields['actor']} is not named in document {fields['document']!r}")
        curation = load_curation(out)
        curation.add(Action(action.do, fields))
        G, resolution = regraph(out, curation)
        mine = f"curation action {len(curation.actions)} "
        failed = [w for w in resolution.warnings if w.startswith(mine)]
        if failed:
            raise CurationError(failed[0].removeprefix(mine).split(": ", 1)[-1].removesuffix("; skipped"))
        write_atomic(out / "curation.toml", curation.text())
        save_graph(G, out / "graph.json")
        write_html(G, out / "graph.html")
        return G, resolution


def changed_actors(G: nx.MultiDiGraph, action: Action) -> list[str]:
    """The actors an applied action touched, the one it acted on first: what a split left and
    every actor it made, a merge's or rename's result (none for a drop)."""
    nodes = [n for n, d in G.nodes(data=True) if action.describe() in d.get("curated", [])]
    if action.do != "split":
        return nodes
    try:
        kept = find_actor(G, action.fields["actor"])
    except GraphxError:                  # the parts now share its name: list them alone
        return nodes
    return [kept] + [n for n in nodes if n != kept]


def _label(G: nx.MultiDiGraph, name: str) -> str:
    node = find_actor(G, name)
    return G.nodes[node].get("label", node)

