"""Groups of graph nodes that name one actor, and contracting each group into one node.

Resolution decides groups without touching the graph; curation may still join, split,
rename or drop them; only then is each group contracted into one node, whose label is
the fullest name its members use ("Joseph R. Biden" over "Joe Biden" and "Biden"), and
whose aliases keep every surface form.
"""
from __future__ import annotations

import networkx as nx

from graphx.resolve.names import fold


class Groups:
    """A partition of the graph's nodes; every node starts alone."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G = G
        self.group_of: dict[str, int] = {}
        self.members: dict[int, list[str]] = {}
        self.label: dict[int, str] = {}        # a label the analyst chose
        self.dropped: set[int] = set()
        self.notes: dict[int, list[str]] = {}  # curation applied, shown by `graphx show`
        self.tails: set[str] = set()           # names with a stray word: never a group's label
        for i, node in enumerate(G.nodes):
            self.group_of[node] = i
            self.members[i] = [node]
        self._next = len(self.members)

    def add(self, node: str) -> None:
        """A node added to the graph after the groups were made starts its own group."""
        self.group_of[node] = self._next
        self.members[self._next] = [node]
        self._next += 1

    def note(self, group: int, text: str) -> None:
        """Record a curation action on a group (shown by `graphx show`)."""
        self.notes.setdefault(group, []).append(text)

    def same(self, a: str, b: str) -> bool:
        return self.group_of[a] == self.group_of[b]

    def join(self, a: str, b: str) -> int:
        """Put b's group into a's group."""
        ga, gb = self.group_of[a], self.group_of[b]
        if ga == gb:
            return ga
        for node in self.members.pop(gb):
            self.group_of[node] = ga
            self.members[ga].append(node)
        if gb in self.label and ga not in self.label:
            self.label[ga] = self.label[gb]
        self.notes.setdefault(ga, []).extend(self.notes.pop(gb, []))
        self.label.pop(gb, None)
        return ga

    def detach(self, nodes: list[str]) -> int:
        """Take `nodes` out of their groups into one new group."""
        new = self._next
        self._next += 1
        self.members[new] = []
        for node in nodes:
            old = self.group_of[node]
            self.members[old].remove(node)
            if not self.members[old]:
                del self.members[old]
            self.group_of[node] = new
            self.members[new].append(node)
        return new

    def node_rank(self, node: str) -> tuple:
        """Which member's name labels the group: a gazetteer actor, then the fullest name
        in ordinary case (up to three words, fewest initials: "Joseph R. Biden" over "Joe
        Biden"), then the most mentioned, then the longest ("Antony" over "Tony")."""
        data = self.G.nodes[node]
        label = data.get("label", node)
        words = label.split()
        initials = sum(len(w.rstrip(".")) == 1 for w in words)
        return (bool(data.get("kind")), node not in self.tails, not label.isupper(), min(len(words), 3),
                -initials, data.get("mentions", 0), len(label), node)

    def representative(self, group: int) -> str:
        return max(self.members[group], key=self.node_rank)

    def label_of(self, group: int) -> str:
        if group in self.label:
            return self.label[group]
        rep = self.representative(group)
        return self.G.nodes[rep].get("label", rep)

    def index(self) -> dict[str, set[int]]:
        """Folded label and alias → groups (for finding the actor a curation line names)."""
        found: dict[str, set[int]] = {}
        for group, members in self.members.items():
            forms = {self.label_of(group)}
            for node in members:
                data = self.G.nodes[node]
                forms |= {node, data.get("label", node), *data.get("aliases", [])}
            for form in forms:
                found.setdefault(fold(form), set()).add(group)
        return found

    def contract(self) -> dict[str, list[dict]]:
        """Merge each group into one node; return, per resulting node, its members
        (id, label, docs) so a later split by document can name what it puts back."""
        G = self.G
        members_of: dict[str, list[dict]] = {}
        for group, members in list(self.members.items()):
            if group in self.dropped:
                G.remove_nodes_from(members)
                continue
            rep = self.representative(group)
            label = self.label_of(group)
            info = [{"id": n, "label": G.nodes[n].get("label", n), "docs": list(G.nodes[n]["docs"])}
                    for n in members]
            for node in members:
                if node != rep:
                    add_alias(G.nodes[rep], G.nodes[node]["label"])
                    if G.nodes[node].get("type") == "PERSON" and not G.nodes[rep].get("kind"):
                        G.nodes[rep]["type"] = "PERSON"
                    merge_nodes(G, node, rep)
            data = G.nodes[rep]
            if label != data["label"]:
                add_alias(data, data["label"])
                data["label"] = label
            if self.notes.get(group):
                data["curated"] = list(self.notes[group])
            members_of[rep] = info
        return members_of


def merge_nodes(G: nx.MultiDiGraph, old: str, into: str) -> None:
    a, b = G.nodes[old], G.nodes[into]
    b["aliases"] = sorted(set(a["aliases"]) | set(b["aliases"]))
    b["roles"] = sorted(set(a["roles"]) | set(b["roles"]))
    b["mentions"] += a["mentions"]
    b["docs"] = b["docs"] + [d for d in a["docs"] if d not in b["docs"]]
    for u, v, k, data in list(G.in_edges(old, keys=True, data=True)) + \
            list(G.out_edges(old, keys=True, data=True)):
        u2, v2 = (into if u == old else u), (into if v == old else v)
        if u2 != v2:
            add_evidence(G, u2, v2, k, data, data["evidence"])
    G.remove_node(old)


def add_evidence(G: nx.MultiDiGraph, u: str, v: str, key: str, data: dict, evidence: list[dict]) -> None:
    """Attach `evidence` to the edge u → v of relation `key`, made (with the rest of `data`)
    if it does not exist yet."""
    if G.has_edge(u, v, key):
        edge = G.edges[u, v, key]
        edge["evidence"].extend(evidence)
        edge["count"] = len(edge["evidence"])
    else:
        G.add_edge(u, v, key=key, **dict(data, evidence=evidence, count=len(evidence)))


def add_alias(data: dict, name: str) -> None:
    """Keep `name` among a node's aliases (sorted, once)."""
    data["aliases"] = sorted(set(data.get("aliases", [])) | {name})


def move_evidence_actors(G: nx.MultiDiGraph, where: dict[str, str], doc: str | None = None) -> None:
    """Evidence names actors by node — its speakers (`said_by`, `via`) and its `place`: once
    nodes are joined, dropped or split, each is the node it became (`where`: old → new), and one
    that is no node any more is left out. With `doc`, only that document's evidence."""
    for _, _, data in G.edges(data=True):
        for e in data["evidence"]:
            if doc and e.get("doc") != doc:
                continue
            if "place" in e:
                place = where.get(e["place"], e["place"])
                if place in G:
                    e["place"] = place
                else:
                    del e["place"]
            if "said_by" not in e and "via" not in e:
                continue
            old = [k for k in [e.pop("said_by", None), *e.pop("via", [])] if k]
            speakers = list(dict.fromkeys(k for k in (where.get(k, k) for k in old) if k in G))
            if speakers:
                e["said_by"] = speakers[0]
            if len(speakers) > 1:
                e["via"] = speakers[1:]
