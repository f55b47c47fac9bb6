"""Where graphx's knowledge files are, and reading them: the packaged copy in
`graphx/knowledge/data/`, or a file of the same name in the folder GRAPHX_DATA names."""
from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path

from graphx.errors import GraphxError


class KnowledgeError(GraphxError):
    """A data file of graphx's knowledge (ontology, lexicon, gazetteer) is invalid."""


def data_path(name: str):
    """The file `name` of graphx's knowledge: GRAPHX_DATA's copy if it has one, else the packaged one."""
    override = os.environ.get("GRAPHX_DATA")
    if override and (Path(override) / name).is_file():
        return Path(override) / name
    return resources.files("graphx.knowledge").joinpath("data", name)


def data_text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


def read_toml(name: str) -> dict:
    try:
        return tomllib.loads(data_text(name))
    except tomllib.TOMLDecodeError as e:
        raise KnowledgeError(f"{data_path(name)}: not valid TOML ({e})") from None


def strings(value, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeError(f"{where}: {key}: expected a list of strings")
    return tuple(value)
