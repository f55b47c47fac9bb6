"""A small graph drawn with pyvis (vis-network), for notebooks and `graphx export --format pyvis`.

The explorer (sigma.js) is built for 50,000 actors; pyvis is what a notebook user reaches for on
a 50-actor neighbourhood, with physics and hover tooltips. Colours are the explorer's
(graphx/explorer/colours.py). Tooltips are plain text (vis-network 9 shows a string title as
text, never as markup); pyvis switches node tooltips to `innerHTML` when a title contains
"href", so that word is broken by a zero-width space. The page pyvis writes links Bootstrap
from a CDN even with `cdn_resources="in_line"`; those two tags are removed, so the page is
self-contained and offline (vis-network itself is inlined from the pyvis package).
"""
from __future__ import annotations

import math
import re

import networkx as nx

from graphx.errors import MissingExtra
from graphx.explorer.colours import family_colour, type_colour

EVIDENCE_IN_TOOLTIP = 3
_CDN_TAGS = re.compile(r"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*>|<script\b[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>",
                       re.S)


def _network_class():
    try:
        from pyvis.network import Network
    except ImportError:
        raise MissingExtra("pyvis", "pyvis") from None
    return Network


def _text(s: str) -> str:
    return str(s).replace("href", "hre\u200bf")


def _node_title(n: str, d: dict) -> str:
    mentions = d.get("mentions", 0)
    lines = [d.get("label", n), f"{d.get('type') or 'actor'} · {mentions} mention{'s' * (mentions != 1)}"]
    aliases = [a for a in d.get("aliases") or [] if a != d.get("label")]
    if aliases:
        lines.append("also: " + ", ".join(aliases[:6]))
    return _text("\n".join(lines))


def _edge_title(G: nx.MultiDiGraph, s: str, t: str, d: dict) -> str:
    ev = d.get("evidence") or []
    head = f"{G.nodes[s].get('label', s)} ─{d['relation']}→ {G.nodes[t].get('label', t)}"
    if d.get("modality") and d["modality"] != "asserted":
        head += f" ({d['modality']})"
    lines = [head] + [f"“{e.get('sentence', '')}” — {e.get('doc')}" for e in ev[:EVIDENCE_IN_TOOLTIP]]
    if len(ev) > EVIDENCE_IN_TOOLTIP:
        lines.append(f"… and {len(ev) - EVIDENCE_IN_TOOLTIP} more")
    return _text("\n".join(lines))


def to_pyvis(G: nx.MultiDiGraph, height: str = "600px", notebook: bool = False):
    """A `pyvis.network.Network` of G: actors coloured by type and sized by relations,
    relations coloured by family, dashed when hypothetical or negated, evidence on hover."""
    Network = _network_class()
    net = Network(height=height, width="100%", directed=True, notebook=notebook, cdn_resources="in_line")
    for n, d in G.nodes(data=True):
        net.add_node(n, label=_text(d.get("label", n)), title=_node_title(n, d), shape="dot",
                     color=type_colour(d.get("type")), size=10 + 3 * min(G.degree(n), 50) ** 0.5)
    for s, t, d in G.edges(data=True):
        net.add_edge(s, t, label=d["relation"], title=_edge_title(G, s, t, d),
                     color=family_colour(d.get("family")), arrows="" if d.get("symmetric") else "to",
                     dashes=d.get("modality") in ("hypothetical", "negated"),
                     width=1 + min(3.0, math.log2(d.get("count") or 1)), font={"size": 10, "color": "#57606a"})
    return net


def pyvis_html(G: nx.MultiDiGraph, height: str = "750px") -> str:
    """The self-contained, offline pyvis page of G."""
    return offline(to_pyvis(G, height=height).generate_html())


def offline(html: str) -> str:
    """pyvis's page without the tags that fetch from a CDN."""
    return _CDN_TAGS.sub("", html)
