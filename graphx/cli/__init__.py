"""The `graphx` command: parses options, calls the library, prints. No logic lives here.

One module per group of commands; importing them registers their commands on `cli`."""
from graphx.cli.common import cli
from graphx.cli import accounts, build, curation, listing, queries, timeline  # noqa: F401,E402  (register the commands)

__all__ = ["cli"]
