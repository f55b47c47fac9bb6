"""The HTML explorer: one self-contained, offline page over graph.json.

The page draws with sigma.js on WebGL over a graphology graph (both MIT, from the npm registry,
vendored in graphx/explorer/assets/vendor and inlined here): vis-network (pyvis) simulates
physics in the browser and stalls past a few thousand actors, while sigma draws 50,000 actors
and 200,000 relations at positions computed in Python (graphx/explorer/layout.py). The map view
draws Natural Earth's outlines (world-atlas) with d3-geo and topojson-client as SVG, no tiles. No request ever
leaves the page. Article text is embedded as JSON (with `<`, `>` and `&` escaped) and put into
the page only through `textContent`, so markup inside articles is shown, never run.
"""
from __future__ import annotations

import html
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterator

import networkx as nx

from graphx.graph import json_chunks, write_atomic
from graphx.explorer.page_data import page_data

VENDOR = ("graphology.umd.min.js", "sigma.min.js", "d3-array.min.js", "d3-geo.min.js", "topojson-client.min.js")
SCRIPTS = ("data.js", "view.js", "evidence.js", "map.js", "ui.js")   # graphx/explorer/assets/explorer/, in this order
OUTLINES = "countries-110m.json"     # the map's country outlines (world-atlas: Natural Earth 1:110m)


@cache
def _asset(*parts: str) -> str:
    return resources.files("graphx.explorer").joinpath("assets", *parts).read_text(encoding="utf-8")


def _json_for_script(data) -> Iterator[str]:
    """JSON safe inside a <script> element, in chunks."""
    for chunk in json_chunks(data):
        yield (chunk.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
               .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _scripts(folder: str, names: tuple[str, ...]) -> str:
    return "\n".join("<script>" + _asset(folder, name).replace("</script", "<\\/script") + "</script>"
                     for name in names)


def _page(G: nx.MultiDiGraph, highlight: dict | None = None) -> Iterator[str]:
    data = page_data(G, highlight)
    page = _asset("explorer.html")
    # Replace the data marker last so that nothing in article text is ever substituted.
    page = (page.replace("<!--VENDOR_JS-->", _scripts("vendor", VENDOR))
            .replace("<!--EXPLORER_JS-->", _scripts("explorer", SCRIPTS))
            .replace("/*OUTLINES*/", _asset("vendor", OUTLINES).replace("</", "<\\/")))
    head, tail = page.split("/*GRAPH_DATA*/")
    yield head
    yield from _json_for_script(data)
    yield tail


def render_html(G: nx.MultiDiGraph, highlight: dict | None = None) -> str:
    """The explorer page for G; `highlight` = {"nodes": [...], "edges": ["s|t|relation", ...],
    "paths": [[edge, ...], ...]} (a path page lists each path's hops in order)."""
    return "".join(_page(G, highlight))


def write_html(G: nx.MultiDiGraph, path: str | Path, highlight: dict | None = None) -> None:
    write_atomic(Path(path), _page(G, highlight))


def iframe(page: str, height: int = 600) -> str:
    """A page as one sandboxed `<iframe srcdoc>` (a notebook cell's HTML): its scripts run in
    an origin of their own, reach nothing outside the frame and fetch nothing."""
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
            f'title="graphx" style="width: 100%; height: {int(height)}px; border: 1px solid #d0d7de;">'
            f'</iframe>')


def inline_frame(G: nx.MultiDiGraph, height: int = 600, highlight: dict | None = None) -> str:
    """The explorer of G inside a notebook cell."""
    return iframe(render_html(G, highlight), height)


class InlinePage:
    """A page a notebook shows inline (its `_repr_html_` is the sandboxed frame)."""

    def __init__(self, page: str, height: int = 600):
        self.page, self.height = page, height

    def _repr_html_(self) -> str:
        return iframe(self.page, self.height)
