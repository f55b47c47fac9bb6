"""The query wing's tables (graphx/query/tables.py) as pandas DataFrames: counts as nullable
integers, flags as nullable booleans, dates as ISO text ("2020", "2020-02", "2020-02-29", which
sort and compare as dates do), lists as Python lists."""
from __future__ import annotations

from graphx.errors import MissingExtra

_DTYPES = {"int": "Int64", "float": "Float64", "bool": "boolean"}


def pandas():
    try:
        import pandas
    except ImportError:
        raise MissingExtra("pandas", "pandas") from None
    return pandas


def frame(columns, rows: list[dict]):
    """A DataFrame of `rows` with exactly `columns` ((name, kind) pairs), in their order."""
    pd = pandas()
    df = pd.DataFrame.from_records(rows, columns=[name for name, _ in columns])
    return df.astype({name: _DTYPES[kind] for name, kind in columns if kind in _DTYPES})
