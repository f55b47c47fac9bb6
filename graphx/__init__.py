"""graphx: news articles → a typed, evidence-backed graph of who did what to whom.

Library use (and `graphx.load("output")` for a built graph as DataFrames, paths and drawings)::

    import graphx
    G = graphx.build_graph(["The US and the Taliban signed an agreement in Doha."])
    graphx.save_graph(G, "graph.json")
    hops = graphx.paths(G, graphx.find_actor(G, "us"), graphx.find_actor(G, "taliban"))
"""
from __future__ import annotations

from graphx.version import __version__  # noqa: E402

from typing import Iterable  # noqa: E402

from graphx.errors import GraphxError  # noqa: E402
from graphx.model import Document  # noqa: E402


def build_graph(documents: Iterable[Document | str], nlp=None, model: str | None = None):
    """A MultiDiGraph of the given documents (plain strings get ids doc-1, doc-2, …)."""
    from graphx.pipeline.extract import extract_document
    from graphx.graph import GraphBuilder
    from graphx.nlp import load_pipeline, model_name, parse

    nlp = nlp or load_pipeline(model)
    docs = [d if isinstance(d, Document) else Document(id=f"doc-{i}", text=d)
            for i, d in enumerate(documents, start=1)]
    builder = GraphBuilder(model=model_name(nlp))
    for document, paras in parse(nlp, docs):
        builder.add(extract_document(document, paras))
    return builder.finish()


_EXPORTS = {"load_graph": "graph", "save_graph": "graph", "load_pipeline": "nlp",
            "build": "pipeline.run", "find_actor": "query.lookup", "paths": "query.lookup",
            "neighbors": "query.lookup", "render_html": "explorer.render",
            "load": "api", "Graph": "api"}


def __getattr__(name):
    """Lazy re-exports, so `import graphx` stays cheap for the CLI."""
    import importlib

    if name in _EXPORTS:
        return getattr(importlib.import_module(f"graphx.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'graphx' has no attribute {name!r}")


__all__ = ["Document", "GraphxError", "build_graph", "load_graph", "save_graph", "load_pipeline",
           "build", "find_actor", "paths", "neighbors", "render_html", "load", "Graph", "__version__"]
