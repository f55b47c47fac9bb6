"""The three tables (actors, relations, evidence; graphx/query/tables.py) as files a
spreadsheet, pandas, polars or DuckDB reads in one line: Parquet (through pyarrow, the parquet
extra) or plain CSV (lists joined with "; "). Every file is made in memory first, then written
atomically: an error leaves the folder as it was."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx

from graphx.errors import MissingExtra, OutputError
from graphx.graph import write_atomic
from graphx.query.tables import TABLES, table

SUFFIX = {"parquet": ".parquet", "csv-tables": ".csv"}


def _folder(out: Path, fmt: str) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} exists and is not a folder ({fmt} export writes a folder)")
    if out.suffix.lower() in (".csv", ".parquet") and not out.exists():
        raise OutputError(f"{fmt} export writes a folder of three files ({', '.join(t + SUFFIX[fmt] for t in TABLES)}), "
                          f"not one file {out.name}: give a folder, e.g. --out {out.with_suffix('')}/")


def _csv(columns, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([name for name, _ in columns])
    for r in rows:
        w.writerow(["; ".join(r[name]) if form == "list" and r[name] is not None else r[name]
                    for name, form in columns])
    return buf.getvalue()


def _parquet(columns, rows) -> bytes:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtra("pyarrow", "parquet") from None
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string())}
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buf)
    return buf.getvalue()


def write_tables(G: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """actors, relations and evidence as `fmt` ("parquet" or "csv-tables") files in `out`."""
    _folder(out, fmt)
    encode = _parquet if fmt == "parquet" else _csv
    contents = {name: encode(*table(G, name)) for name in TABLES}
    written = []
    for name, content in contents.items():
        path = out / f"{name}{SUFFIX[fmt]}"
        write_atomic(path, content)
        written.append(path)
    return written
