"""graphx in Python and notebooks: `load` a built graph, get its actors, relations and evidence
as pandas DataFrames, ask paths and neighbourhoods, draw a piece with pyvis or show the explorer
inline (`handle`); DataFrames need the pandas extra, drawings the pyvis extra (`frames`)."""
from graphx.api.handle import Graph, load

__all__ = ["Graph", "load"]
