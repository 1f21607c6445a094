"""Arrow schemas and frames generated from the pandera models."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import pandera.pandas as pa
import pyarrow as arrow

_ARROW_TYPES = {
    "string": arrow.string(),
    "int64": arrow.int64(),
    "float64": arrow.float64(),
    "date32": arrow.date32(),
    "list<string>": arrow.list_(arrow.string()),
}


def columns(model: type[pa.DataFrameModel]) -> dict[str, pa.Column]:
    """The model's columns, in declared order."""
    return dict(model.to_schema().columns)


def arrow_type(column: pa.Column) -> arrow.DataType:
    return _ARROW_TYPES[column.metadata["arrow"]]


def arrow_schema(model: type[pa.DataFrameModel]) -> arrow.Schema:
    """The Parquet schema of a table, with each column's description as field metadata."""
    fields = [
        arrow.field(
            name,
            arrow_type(c),
            nullable=c.nullable or c.metadata["arrow"] == "list<string>",
            metadata={"description": c.description or ""},
        )
        for name, c in columns(model).items()
    ]
    return arrow.schema(fields, metadata={"description": (model.__doc__ or "").strip()})


def to_frame(records: Iterable[dict], model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """Records → a DataFrame with the dtypes the model expects (for validation)."""
    rows = list(records)
    data = {}
    for name, c in columns(model).items():
        values = [r.get(name) for r in rows]
        kind = c.metadata["arrow"]
        if kind == "int64" and c.nullable:
            data[name] = pd.array(values, dtype="Int64")
        elif kind == "int64":
            data[name] = pd.Series(values, dtype="int64")
        elif kind == "float64":
            data[name] = pd.Series(
                [float("nan") if x is None else x for x in values], dtype="float64"
            )
        elif kind == "string" and not c.nullable:
            data[name] = (
                pd.Series(values, dtype=object).astype(str) if rows else pd.Series([], dtype=str)
            )
        else:
            data[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(data)


def to_table(records: list[dict], model: type[pa.DataFrameModel]) -> arrow.Table:
    """Records → an Arrow table with the model's exact schema (no pandas metadata)."""
    schema = arrow_schema(model)
    cleaned = [{name: _clean(r.get(name)) for name in schema.names} for r in records]
    return arrow.Table.from_pylist(cleaned, schema=schema)


def _clean(value: object) -> object:
    """NaN/NA → None, so Arrow writes nulls."""
    if value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value
