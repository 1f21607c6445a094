"""Derived tables: what publish computes from the extracted tables it has staged.

DuckDB runs each table's SELECT (schemas/derived/*.sql) over the staged Parquet files, sorted on
the table's sort key, which ends in a total order: the same inputs give the same rows in the
same order, hence the same bytes once written. Rows come back as Arrow with the model's exact
schema; pandera checks them before they are written.
"""

from __future__ import annotations

from pathlib import Path

import pandera.errors
import pandera.pandas as pa
import pyarrow as arrow

from schemas.arrow import arrow_schema, to_frame
from schemas.derived_tables import DERIVED_SORT_KEYS, DERIVED_TABLES, derived_sql
from schemas.tables import TABLES
from schemas.views import run_script, table_views


def conform(result: arrow.Table, name: str) -> arrow.Table:
    """The query's rows with the model's schema (types and descriptions), in one chunk per
    column so that the Parquet writer's pages do not depend on how DuckDB batched them."""
    schema = arrow_schema(DERIVED_TABLES[name])
    if result.schema.names != schema.names:
        raise RuntimeError(
            f"schemas/derived/{name}.sql gives columns {result.schema.names}, but its model in "
            f"schemas/derived_tables.py declares {schema.names}: make them agree"
        )
    arrays = [result.column(i).cast(field.type) for i, field in enumerate(schema)]
    return arrow.Table.from_arrays(arrays, schema=schema).combine_chunks()


def derive_tables(folder: Path) -> dict[str, arrow.Table]:
    """Every derived table, from the extracted tables' Parquet files in `folder`."""
    import duckdb

    con = duckdb.connect(
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    )
    con.execute(f"SET file_search_path = '{folder.resolve().as_posix()}'")
    run_script(con, table_views(TABLES))
    derived = {}
    for name in DERIVED_TABLES:
        order = ", ".join(DERIVED_SORT_KEYS[name])
        query = f"SELECT * FROM (\n{derived_sql(name)}\n) ORDER BY {order}"
        derived[name] = conform(con.sql(query).to_arrow_table(), name)
        con.register(name, derived[name])  # the tables after it may read it
    con.close()
    return derived


def check_derived(name: str, table: arrow.Table) -> None:
    """Raise, saying what is wrong, if a derived table breaks its model's checks.

    Its rows come from validated tables, so a failure is a bug in its SQL, not bad input:
    nothing to quarantine.
    """
    model: type[pa.DataFrameModel] = DERIVED_TABLES[name]
    try:
        model.validate(to_frame(table.to_pylist(), model), lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases[["column", "check", "failure_case"]].head(10)
        raise RuntimeError(
            f"derived table {name} fails its checks (schemas/derived/{name}.sql):\n{cases}"
        ) from exc
