"""The HTML explorer: one self-contained, offline page over graph.json.

pyvis ships vis-network but its page template links Bootstrap and other assets from
CDNs even in `cdn_resources="in_line"` mode. graphx therefore inlines pyvis's bundled
vis-network into its own template: no request ever leaves the page. Article text is
embedded as JSON (with `<`, `>` and `&` escaped) and put into the page only through
`textContent`, so markup inside articles is shown, never run.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterator

import networkx as nx

from graphx.graph import json_chunks, to_data, write_atomic

VIS_VERSION = "vis-9.1.2"


@cache
def _asset(package: str, *parts: str) -> str:
    return resources.files(package).joinpath(*parts).read_text(encoding="utf-8")


def _json_for_script(data) -> Iterator[str]:
    """JSON safe inside a <script> element, in chunks."""
    for chunk in json_chunks(data):
        yield (chunk.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
               .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _page(G: nx.MultiDiGraph, highlight: dict | None = None, cap: int = 1500) -> Iterator[str]:
    data = to_data(G)
    data["highlight"] = highlight or {"nodes": [], "edges": []}
    data["cap"] = cap
    page = _asset("graphx", "data", "explorer.html")
    vis_js = _asset("pyvis", "lib", VIS_VERSION, "vis-network.min.js").replace("</script", "<\\/script")
    vis_css = _asset("pyvis", "lib", VIS_VERSION, "vis-network.css")
    # Replace the data marker last so that nothing in article text is ever substituted.
    page = page.replace("/*VIS_CSS*/", vis_css).replace("/*VIS_JS*/", vis_js)
    head, tail = page.split("/*GRAPH_DATA*/")
    yield head
    yield from _json_for_script(data)
    yield tail


def render_html(G: nx.MultiDiGraph, highlight: dict | None = None, cap: int = 1500) -> str:
    """The explorer page for G; `highlight` = {"nodes": [...], "edges": ["s|t|relation", ...]}."""
    return "".join(_page(G, highlight, cap))


def write_html(G: nx.MultiDiGraph, path: str | Path, highlight: dict | None = None) -> None:
    write_atomic(Path(path), _page(G, highlight))
