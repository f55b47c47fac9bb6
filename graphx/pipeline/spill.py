"""Extractions set aside on disk while a build parses, read back for the graph stage.

A build's memory peaks where the spaCy pipeline, the parse of the largest document and
everything extracted so far are held at once. Writing each extraction to an unnamed
temporary file beside the outputs (deleted by the system however the build ends) keeps
the extraction phase as small as a 10k-word build; the pipeline is released before the
extractions are read back into the graph.
"""
from __future__ import annotations

import pickle
import tempfile
from pathlib import Path
from typing import Iterator

from graphx.model import Extraction


class Spill:
    def __init__(self, folder: Path):
        self.file = tempfile.TemporaryFile(dir=folder, prefix=".graphx-spill-")
        self.count = 0

    def add(self, extraction: Extraction) -> None:
        pickle.dump(extraction, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[Extraction]:
        self.file.flush()
        self.file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self.file)

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> "Spill":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
