"""`build`: inputs → parse → extract → graph.json + graph.html, with a summary of what happened."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import networkx as nx

from graphx.corpus import ReadReport, check_inputs, read_inputs
from graphx.extract import extract_document
from graphx.graph import GraphBuilder, check_writable, save_graph
from graphx.nlp import load_pipeline, model_name, parse
from graphx.render import write_html

DEFAULT_INPUT = "seeds"
DEFAULT_OUTPUT = "output"


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    report: ReadReport
    json_path: Path
    html_path: Path
    words: int = 0
    documents: list[str] = field(default_factory=list)

    @property
    def actors(self) -> int:
        return self.graph.number_of_nodes()

    @property
    def relations(self) -> int:
        return self.graph.number_of_edges()


def build(inputs: list[str] | None = None, out_dir: str | Path = DEFAULT_OUTPUT,
          model: str | None = None, workers: int = 1, nlp=None,
          progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Build the graph of `inputs` into `out_dir` (graph.json and graph.html).

    Inputs and the output folder are checked before the model loads, so mistakes fail
    fast; outputs are replaced atomically only once the whole graph is built.
    """
    inputs = list(inputs) if inputs else [DEFAULT_INPUT]
    out = Path(out_dir)
    check_inputs(inputs)
    check_writable(out)
    nlp = nlp or load_pipeline(model)
    report = ReadReport()
    builder = GraphBuilder(model=model_name(nlp))
    words = 0
    done: list[str] = []
    documents = read_inputs(inputs, report)
    for document, paras in parse(nlp, documents, n_process=max(1, workers)):
        builder.add(extract_document(document, paras))
        words += document.word_count
        done.append(document.id)
        if progress:
            progress(len(done), words)
    G = builder.finish()
    result = BuildResult(G, report, out / "graph.json", out / "graph.html", words, done)
    save_graph(G, result.json_path)
    write_html(G, result.html_path)
    return result
