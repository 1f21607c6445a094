"""DuckDB latency of the README's example queries over a synthetic release of a given size.

The synthetic release repeats the seed release's extracted tables (outputs/) until it holds
the wanted number of events, every identifier made unique per copy, so its tables keep the
schemas' columns and types and its links between tables (mentions to events, events to actors)
still join; names are not made unique, so a query for one actor or group finds it in every
copy. Its derived tables and views.sql are then made by the same code as publish's.

Each query's median over 5 runs (after one that reads the files' metadata) is given three
ways: its whole answer as Arrow (DuckDB's work: what the CLI, pandas or polars start from), its
first 100 rows, and its whole answer as Python tuples (which adds Python's cost per value
returned, whatever the query; the synthetic release's answers are large, see "rows").

    .venv/bin/python -m scripts.bench_queries [--events 1000000] [--update FILE]

`--update evaluation/bench_builds.json` replaces that file's DuckDB section with the result.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from flows.publish.release import write_derived
from flows.settings import PROJECT_ROOT
from schemas.views import connect_release, views_sql
from scripts.readme_queries import EXAMPLE

SEED = PROJECT_ROOT / "outputs"
TABLES = ("documents", "events", "event_mentions", "actors", "actor_mentions", "relations")
SECTION = "duckdb_synthetic_release"  # of evaluation/bench_builds.json


def copied(column: str, kind: str) -> str:
    """The SQL giving a column's value in copy `i`: identifiers suffixed, the rest as is."""
    if kind == "VARCHAR[]" and column.endswith("_ids"):
        return f"list_transform({column}, lambda x: x || '~' || i) AS {column}"
    if kind == "VARCHAR" and column.endswith("_id") and column != "wikidata_id":
        return f"{column} || '~' || i AS {column}"
    return column


def synthetic_release(folder: Path, events: int) -> Path:
    """Write a release of about `events` events to `folder` (copies of the seed release's
    extracted tables, and derived tables made from them)."""
    folder.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    seed_events = con.sql(f"SELECT count(*) FROM '{SEED}/events.parquet'").fetchall()[0][0]
    copies = math.ceil(events / seed_events)
    for table in TABLES:
        source = f"'{SEED}/{table}.parquet'"
        columns = con.sql(f"DESCRIBE SELECT * FROM {source}").fetchall()
        select = ", ".join(copied(name, kind) for name, kind, *_ in columns)
        con.execute(
            f"COPY (SELECT {select} FROM {source}, range({copies}) AS r(i)) "
            f"TO '{folder}/{table}.parquet' (FORMAT parquet)"
        )
    shutil.copy(SEED / "quarantine.parquet", folder / "quarantine.parquet")
    # Unchecked: the check turns every row into Python objects; publish checks real releases
    # and tests/unit/test_derived_tables.py a small synthetic one.
    write_derived(folder, check=False)
    (folder / "views.sql").write_text(views_sql(), encoding="utf-8")
    return folder


def as_arrow(relation) -> object:
    return relation.to_arrow_table()


def as_tuples(relation) -> object:
    return relation.fetchall()


def latency_ms(con, sql: str, fetch=as_arrow, repeat: int = 5) -> float:
    fetch(con.sql(sql))  # first run reads the files' metadata
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fetch(con.sql(sql))
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def readme_latencies(folder: Path, events: int) -> dict:
    """Median milliseconds of each README query and view over a synthetic release of `events`,
    the rows each query returns, and the seconds publish's derived tables took to write."""
    start = time.perf_counter()
    release = synthetic_release(folder, events)
    built = time.perf_counter() - start
    con = connect_release(release)
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    queries = [m.group("sql").strip() for m in EXAMPLE.finditer(readme)]
    n_events = con.sql("SELECT count(*) FROM events").fetchall()[0][0]
    found, into_python, rows = {}, {}, {}
    for i, sql in enumerate(queries, start=1):
        found[f"readme_query_{i}"] = latency_ms(con, sql)
        found[f"readme_query_{i}_first_100_rows"] = latency_ms(con, f"FROM ({sql}) LIMIT 100")
        into_python[f"readme_query_{i}"] = latency_ms(con, sql, as_tuples)
        rows[f"readme_query_{i}"] = con.sql(f"SELECT count(*) FROM ({sql})").fetchall()[0][0]
    views = [
        name
        for (name,) in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
    ]
    for view in views:
        found[f"view_{view}_count"] = latency_ms(con, f"SELECT count(*) FROM {view}")
    return {
        "events": n_events,
        "median_ms": found,
        "slowest_ms": max(found.values()),
        "rows": rows,
        "into_python_tuples_median_ms": into_python,
        "synthetic_release_with_derived_tables_s": round(built, 1),
    }


def update_section(path: Path, result: dict) -> None:
    """Replace the DuckDB section of a bench_builds.json, leaving its other figures as they are."""
    report = json.loads(path.read_text(encoding="utf-8"))
    report[SECTION] = result
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--update", type=Path, help=f"a bench_builds.json whose {SECTION} to replace"
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-queries-"))
    try:
        result = readme_latencies(work, args.events)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.update:
        update_section(args.update, result)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
