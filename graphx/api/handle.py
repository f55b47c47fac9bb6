"""`graphx.Graph`: a built graph for Python and notebooks — tables, paths, neighbourhoods,
drawings. Every method is one call into the query and explorer wings; nothing here re-implements
a query the CLI answers, so a notebook and `graphx path` give the same hops.

Examples
--------
>>> import graphx
>>> g = graphx.Graph(graphx.build_graph(
...     ["Russia attacked Ukraine on Monday. Germany condemned Russia."]))
>>> g
<graphx.Graph: 3 actors, 2 relations>
>>> [(h["source_label"], h["relation"], h["target_label"]) for h in g.path("Germany", "Ukraine")[0]]
[('Germany', 'criticizes', 'Russia'), ('Russia', 'attacks', 'Ukraine')]
>>> sorted(g.subgraph(["Ukraine"]).to_networkx().nodes)
['russia', 'ukraine']
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from graphx.graph import load_graph
from graphx.query import lookup, shapes, tables
from graphx.query.timeline import in_period


def load(path: str | Path = "output", since: str | None = None, until: str | None = None) -> Graph:
    """Open a built graph.

    Parameters
    ----------
    path : str or Path
        An output folder of `graphx build` (holding graph.json) or a graph.json itself.
    since, until : str, optional
        Keep only evidence dated in this period ("2020", "2020-02", "2020-02-29").

    Returns
    -------
    Graph

    Raises
    ------
    graphx.errors.GraphFileError
        The file is missing, unreadable or not a graphx graph (one line, as the CLI prints it).

    Examples
    --------
    >>> import graphx, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> graphx.save_graph(graphx.build_graph(["Russia attacked Ukraine."]), folder / "graph.json")
    >>> graphx.load(folder)
    <graphx.Graph: 2 actors, 1 relation (.../graph.json)>
    """
    path = Path(path)
    file = path / "graph.json" if path.is_dir() else path
    g = Graph(load_graph(file), source=file)
    return g.period(since, until) if since or until else g


class Graph:
    """A graphx graph: actors (nodes) and typed, dated relations (edges) with their evidence.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph as `graphx.build_graph` or `graphx.load_graph` returns it.
    source : Path, optional
        The graph.json it was read from (shown in its repr).
    """

    def __init__(self, G: nx.MultiDiGraph, source: Path | None = None):
        self._G = G
        self.source = source

    def __repr__(self) -> str:
        n, m = self._G.number_of_nodes(), self._G.number_of_edges()
        where = f" ({self.source})" if self.source else ""
        return (f"<graphx.Graph: {n:,} actor{'s' * (n != 1)}, "
                f"{m:,} relation{'s' * (m != 1)}{where}>")

    def _derived(self, G: nx.MultiDiGraph) -> Graph:
        return Graph(G, self.source)

    # -- tables ---------------------------------------------------------------------------
    def actors(self):
        """One row per actor: id, label, type, kind, aliases, roles, mentions, documents, degree.

        Returns
        -------
        pandas.DataFrame
            Needs the pandas extra (``pip install 'graphx[pandas]'``).
        """
        from graphx.api.frames import frame
        return frame(*tables.table(self._G, "actors"))

    def relations(self):
        """One row per relation: relation_id, source, target (ids and labels), relation, family,
        modality, confidence, evidence and documents counts, first/last date (ISO, as text).

        Returns
        -------
        pandas.DataFrame
        """
        from graphx.api.frames import frame
        return frame(*tables.table(self._G, "relations"))

    def evidence(self):
        """One row per sentence backing a relation: relation_id, source, target, relation, doc,
        date, modality, the pattern that found it, trigger, sentence and offsets (and said_by,
        outlet, place … when the graph has them).

        Returns
        -------
        pandas.DataFrame
        """
        from graphx.api.frames import frame
        return frame(*tables.table(self._G, "evidence"))

    # -- questions -----------------------------------------------------------------------
    def actor(self, name: str, by_id: bool = False) -> str:
        """The id of the actor `name` names, looked up as the CLI does (label, alias, words);
        an unknown or ambiguous name raises ActorNotFound / AmbiguousActor with suggestions."""
        return lookup.find_actor(self._G, name, by_id=by_id)

    def path(self, a: str, b: str, k: int = 1, relations: list[str] | None = None,
             directed: bool = False, max_hops: int | None = None, by_id: bool = False) -> list[list[dict]]:
        """The shortest paths from `a` to `b` (k of them), each a list of hops shaped as
        ``graphx path --json`` prints them (source, target, labels, relation, forward,
        modality, confidence, evidence); [] when they are not connected."""
        a, b = self.actor(a, by_id), self.actor(b, by_id)
        found = lookup.paths(self._G, a, b, k=k, relations=relations, directed=directed, max_hops=max_hops)
        return [[shapes.hop_json(self._G, h) for h in p] for p in found]

    def neighbors(self, a: str, depth: int = 1, relations: list[str] | None = None,
                  by_id: bool = False) -> list[dict]:
        """Every relation reaching out from `a` up to `depth` hops, as hops with their distance."""
        a = self.actor(a, by_id)
        return shapes.neighbors_json(self._G, a, lookup.neighbors(self._G, a, depth, relations))["neighbors"]

    def subgraph(self, actors: list[str] | str, hops: int = 1, relations: list[str] | None = None,
                 by_id: bool = False) -> Graph:
        """The actors named and everything within `hops` relations of them, as a Graph."""
        names = [actors] if isinstance(actors, str) else list(actors)
        ids = [self.actor(name, by_id) for name in names]
        return self._derived(lookup.subgraph(self._G, ids, hops, relations))

    def sources(self, said_by: str | None = None, unattributed: bool = False, min_documents: int = 0,
                min_outlets: int = 0) -> Graph:
        """The graph of what `said_by` is said to have said, of what the texts assert in their own
        voice (`unattributed`), or of relations at least `min_documents` documents or
        `min_outlets` outlets back — the CLI's --said-by, --unattributed, --min-documents and
        --min-outlets."""
        from graphx.query.sources import Sources, narrow
        return self._derived(narrow(self._G, Sources(said_by, unattributed, min_documents, min_outlets)))

    def period(self, since: str | None = None, until: str | None = None) -> Graph:
        """The graph of the evidence dated in this period (undated evidence is left out)."""
        return self._derived(in_period(self._G, since, until))

    # -- other tools ---------------------------------------------------------------------
    def to_networkx(self) -> nx.MultiDiGraph:
        """A copy as a networkx MultiDiGraph (node = actor id, edge key = relation)."""
        return self._G.copy()

    def to_pyvis(self, height: str = "600px", notebook: bool = False):
        """A ``pyvis.network.Network`` with the explorer's colours and evidence tooltips
        (needs the pyvis extra); best on a subgraph of tens of actors."""
        from graphx.explorer.pyvis_view import to_pyvis
        return to_pyvis(self._G, height=height, notebook=notebook)

    def draw(self, height: int = 600):
        """The pyvis drawing, shown inline in a notebook (offline, sandboxed)."""
        from graphx.explorer.pyvis_view import pyvis_html
        from graphx.explorer.render import InlinePage
        return InlinePage(pyvis_html(self._G, height=f"{int(height) - 20}px"), height)

    def to_html(self) -> str:
        """The explorer page of this graph (what graph.html holds)."""
        from graphx.explorer.render import render_html
        return render_html(self._G)

    def _repr_html_(self) -> str:
        from graphx.explorer.render import inline_frame
        return inline_frame(self._G)
