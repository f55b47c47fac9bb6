"""The graph: merging per-document extractions, and reading / writing graph.json.

graph.json is `networkx.node_link_data(G, edges="edges")` of a MultiDiGraph whose edge
keys are relation names: one edge per (source, target, relation), repeated mentions
add evidence. It is the contract every other part reads.
"""
from __future__ import annotations

import gc
import json
import os
import tempfile
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import networkx as nx

from graphx.version import __version__
from graphx.errors import GraphFileError, OutputError
from graphx.knowledge import ontology
from graphx.knowledge.state_codes import state_codes
from graphx.resolve.places import locate_places
from graphx.dates import date_evidence, span
from graphx.model import Extraction
from graphx.resolve import Resolution, resolve

FORMAT = "graphx/1"
MODALITY_RANK = {"asserted": 0, "reported": 1, "hypothetical": 2, "negated": 3}


class GraphBuilder:
    """Accumulates extractions into one MultiDiGraph, merging actors across documents."""

    def __init__(self, model: str = ""):
        self.graph = nx.MultiDiGraph()
        self.graph.graph.update(format=FORMAT, graphx_version=__version__, model=model,
                                created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                documents=[])
        self.onto = ontology()
        self.concepts: set[str] = set()     # acronyms some document spells out in lower case
        self._seen: set[tuple] = set()   # evidence already attached: (s, t, relation, doc, start, trigger)

    def add(self, extraction: Extraction) -> None:
        G = self.graph
        doc_id = extraction.document.id
        G.graph["documents"].append(extraction.document.provenance())
        self.concepts |= extraction.concepts
        for key, actor in extraction.actors.items():
            if key not in G:
                G.add_node(key, label=actor.label, type=actor.type, kind=actor.kind,
                           aliases=[], roles=[], mentions=0, docs=[])
            node = G.nodes[key]
            if actor.type == "PERSON":
                node["type"] = "PERSON"
            if len(actor.label) > len(node["label"]) and not actor.kind:
                node["label"] = actor.label
            node["aliases"] = sorted(set(node["aliases"]) | actor.aliases)
            node["roles"] = sorted(set(node["roles"]) | actor.roles)
            node["mentions"] += actor.mentions
            if doc_id not in node["docs"]:
                node["docs"].append(doc_id)
        for rel in extraction.relations:
            self._add_relation(rel, extraction.document.date)

    def _add_relation(self, rel, doc_date: str | None = None) -> None:
        G = self.graph
        for end in (rel.source, rel.target):
            if end not in G:   # a state reached only through its capital
                G.add_node(end, label=end, type="GPE", kind=None, aliases=[], roles=[],
                           mentions=0, docs=[])
        rtype = self.onto[rel.relation]
        source, target = rel.source, rel.target
        if rtype.symmetric and not G.has_edge(source, target, rel.relation) \
                and G.has_edge(target, source, rel.relation):
            source, target = target, source
        evidence = dict(rel.evidence.as_dict(), trigger=rel.trigger, modality=rel.modality)
        date_evidence(evidence, rel.date_text, doc_date)
        marker = (source, target, rel.relation, evidence["doc"], evidence["start"],
                  evidence["trigger_start"])
        if marker in self._seen:
            return
        self._seen.add(marker)
        if G.has_edge(source, target, rel.relation):
            data = G.edges[source, target, rel.relation]
            data["evidence"].append(evidence)
            data["count"] = len(data["evidence"])
            data["confidence"] = max(data["confidence"], rel.confidence)
            data["modality"] = _overall_modality(e["modality"] for e in data["evidence"])
            data["date"] = data["date"] or rel.date
        else:
            G.add_edge(source, target, key=rel.relation, relation=rel.relation,
                       trigger=rel.trigger, evidence=[evidence], count=1,
                       modality=rel.modality, confidence=rel.confidence, date=rel.date,
                       symmetric=rtype.symmetric, family=rtype.family,
                       **({"role": rel.role} if rel.role else {}))

    def finish(self, order: dict[str, int] | None = None, curation=None) -> nx.MultiDiGraph:
        """Resolve actors across documents (then apply the analyst's `curation`); with
        `order` (doc id → input position), sort documents and evidence so a cached rebuild
        writes the same graph as a cold one. What resolution did is in `self.resolution`."""
        try:
            self.resolution = resolve(self.graph, curation, self.concepts)
        except Exception as error:     # noqa: BLE001 - a bug here must not cost the whole build
            self.resolution = Resolution(warnings=[
                f"resolving actors across documents failed ({type(error).__name__}: {error}); "
                "the graph keeps the actors as each document named them"])
        if order:
            rank = lambda doc: order.get(doc, len(order))  # noqa: E731
            G = self.graph
            G.graph["documents"].sort(key=lambda d: rank(d["id"]))
            for _, data in G.nodes(data=True):
                data["docs"].sort(key=rank)
            for _, _, data in G.edges(data=True):
                data["evidence"].sort(key=lambda e: (rank(e["doc"]), e["start"], e["trigger_start"] or 0))
                first = data["evidence"][0]
                data["trigger"] = first.get("trigger", data["trigger"])
        for _, _, data in self.graph.edges(data=True):
            dated = span(data["evidence"])
            if dated:
                data["first_date"], data["last_date"] = dated
        count_sources(self.graph)
        for node, ids in state_codes().items():        # ISO 3166 codes and Wikidata ids of states
            if node in self.graph:
                self.graph.nodes[node].update(ids)
        locate_places(self.graph)                        # coordinates of cities, capitals, bases
        return self.graph


def count_sources(G: nx.MultiDiGraph) -> None:
    """Each relation's `documents` and `outlets`: how many distinct documents, and publishers of
    them, its evidence comes from (a relation seen in twenty outlets is not one seen in one)."""
    outlet = {d["id"]: d.get("outlet") for d in G.graph.get("documents") or []}
    for _, _, data in G.edges(data=True):
        docs = {e.get("doc") for e in data["evidence"]}
        data["documents"] = len(docs)
        data["outlets"] = len({outlet[d] for d in docs if outlet.get(d)})


def _overall_modality(modalities: Iterable[str]) -> str:
    """Asserted if any mention asserts it, else the most common other modality."""
    counts = Counter(modalities)
    if counts.get("asserted"):
        return "asserted"
    return min(counts, key=lambda m: (-counts[m], MODALITY_RANK.get(m, 9)))


# -- graph.json ---------------------------------------------------------------------------------
def to_data(G: nx.MultiDiGraph) -> dict:
    data = nx.node_link_data(G, edges="edges")
    for node in data["nodes"]:
        node.setdefault("label", node["id"])
    return data


def write_atomic(path: Path, text: str | bytes | Iterable[str]) -> None:
    """Write `text` (a string, bytes, or chunks of a string, so a large file is never whole in
    memory) to a temporary file beside `path`, then rename: a killed write leaves the old file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        binary = isinstance(text, bytes)
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as f:
            if isinstance(text, (str, bytes)):
                f.write(text)
            else:
                f.writelines(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)   # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def save_graph(G: nx.MultiDiGraph, path: str | Path) -> None:
    write_atomic(Path(path), json_chunks(to_data(G)))


def json_chunks(data: dict) -> Iterator[str]:
    """`data` as JSON text in chunks, one list item a line (a large graph is never one string
    in memory, and each chunk goes through the fast C encoder)."""
    yield "{"
    for i, (key, value) in enumerate(data.items()):
        yield ("," if i else "") + "\n" + json.dumps(key) + ": "
        if isinstance(value, list) and value:
            yield "["
            for j, item in enumerate(value):
                yield ("," if j else "") + "\n" + json.dumps(item, ensure_ascii=False)
            yield "\n]"
        else:
            yield json.dumps(value, ensure_ascii=False)
    yield "\n}\n"


def check_writable(folder: str | Path) -> None:
    """Fail before any work when the output folder cannot be created or written."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=folder, prefix=".graphx-probe", delete=True)
        probe.close()
    except OSError as e:
        raise OutputError(f"cannot write to output folder {folder}: {e.strerror or e}") from None


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read and validate a graph.json; every problem is one GraphFileError line.

    The cyclic garbage collector is paused while the (acyclic) JSON is turned into a graph:
    on a 200k-edge graph that halves the load time.
    """
    path = Path(path)
    if not path.exists():
        raise GraphFileError(f"graph file not found: {path} (build one with: graphx build)")
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            raw = path.read_bytes()
            data = json.loads(raw)
        except OSError as e:
            raise GraphFileError(f"cannot read graph file {path}: {e.strerror or e}") from None
        except UnicodeDecodeError:
            raise GraphFileError(f"{path} is not a text file") from None
        except json.JSONDecodeError as e:
            raise GraphFileError(f"{path} is not valid JSON (line {e.lineno}: {e.msg})") from None
        return graph_from_data(data, str(path))
    finally:
        if gc_was_enabled:
            gc.enable()


def graph_from_data(data, where: str = "graph") -> nx.MultiDiGraph:
    """A MultiDiGraph from node-link data, checked as it is built (the data is consumed)."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) \
            or not isinstance(data.get("edges", data.get("links")), list):
        raise GraphFileError(f"{where} is not a graphx graph (no 'nodes' and 'edges' lists)")
    meta = data.get("graph") or {}
    fmt = meta.get("format", FORMAT) if isinstance(meta, dict) else None
    if fmt != FORMAT:
        raise GraphFileError(f"{where} has format {fmt!r}; this graphx reads {FORMAT!r}")
    G = nx.MultiDiGraph()
    G.graph.update(meta)
    nodes = []
    for i, node in enumerate(data["nodes"]):
        if not isinstance(node, dict) or "id" not in node:
            raise GraphFileError(f"{where}: node {i} has no 'id'")
        nodes.append((node.pop("id"), node))
    G.add_nodes_from(nodes)
    edges = []
    for i, edge in enumerate(data.get("edges", data.get("links"))):
        if not isinstance(edge, dict) or not {"source", "target", "relation"} <= edge.keys():
            raise GraphFileError(f"{where}: edge {i} lacks source, target or relation")
        s, t = edge.pop("source"), edge.pop("target")
        if s not in G or t not in G:
            raise GraphFileError(f"{where}: edge {i} points to a node that does not exist")
        for ev in edge.get("evidence") or ():
            if isinstance(ev, dict) and ev.get("said_by") is not None and ev["said_by"] not in G:
                raise GraphFileError(f"{where}: edge {i} has evidence said by {ev['said_by']!r}, which is no actor")
            if isinstance(ev, dict) and ev.get("place") is not None and ev["place"] not in G:
                raise GraphFileError(f"{where}: edge {i} has evidence placed at {ev['place']!r}, which is no node")
        edges.append((s, t, edge.pop("key", edge["relation"]), edge))
    G.add_edges_from(edges)
    return G
