"""Helpers for the tests of the Python API and its optional extras: `.ci/run` installs every
extra and sets GRAPHX_EXTRAS_REQUIRED=1, so there a missing extra fails instead of skipping."""
from __future__ import annotations

import importlib
import os

import pytest


@pytest.fixture(scope="session")
def need():
    def require(module: str, extra: str):
        try:
            return importlib.import_module(module)
        except ImportError:
            if os.environ.get("GRAPHX_EXTRAS_REQUIRED") == "1":
                raise
            pytest.skip(f"{module} is not installed (pip install -e '.[{extra}]')")
    return require


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    import graphx
    return graphx.load(seed_build.json_path.parent)
