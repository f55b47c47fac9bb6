"""The version of graphx, stamped on every graph.json."""
__version__ = "0.1.0"
