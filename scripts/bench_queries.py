"""DuckDB latency of the README's example queries over a synthetic release of a given size.

The synthetic release repeats the seed release (outputs/) until it holds the wanted number
of events, every identifier made unique per copy, so its tables keep the schemas' columns and
types and its links between tables (mentions to events, events to actors) still join.

    .venv/bin/python -m scripts.bench_queries [--events 1000000]
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

from flows.settings import PROJECT_ROOT
from schemas.views import connect_release
from scripts.readme_queries import EXAMPLE

SEED = PROJECT_ROOT / "outputs"
TABLES = ("documents", "events", "event_mentions", "actors", "actor_mentions", "relations")


def copied(column: str, kind: str) -> str:
    """The SQL giving a column's value in copy `i`: identifiers suffixed, the rest as is."""
    if kind == "VARCHAR[]" and column.endswith("_ids"):
        return f"list_transform({column}, lambda x: x || '~' || i) AS {column}"
    if kind == "VARCHAR" and column.endswith("_id") and column != "wikidata_id":
        return f"{column} || '~' || i AS {column}"
    return column


def synthetic_release(folder: Path, events: int) -> Path:
    """Write a release of about `events` events to `folder` (copies of the seed release)."""
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
    shutil.copy(SEED / "views.sql", folder / "views.sql")
    return folder


def latency_ms(con, sql: str, repeat: int = 5) -> float:
    con.sql(sql).fetchall()  # first run reads the files' metadata
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        con.sql(sql).fetchall()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def readme_latencies(folder: Path, events: int) -> dict:
    """Median milliseconds of each README query over a synthetic release of `events`."""
    release = synthetic_release(folder, events)
    con = connect_release(release)
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    queries = [m.group("sql").strip() for m in EXAMPLE.finditer(readme)]
    n_events = con.sql("SELECT count(*) FROM events").fetchall()[0][0]
    found = {}
    for i, sql in enumerate(queries, start=1):
        found[f"readme_query_{i}"] = latency_ms(con, sql)  # every row, into Python
        found[f"readme_query_{i}_first_100_rows"] = latency_ms(con, f"FROM ({sql}) LIMIT 100")
    views = [
        name
        for (name,) in con.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
    ]
    for view in views:
        found[f"view_{view}_count"] = latency_ms(con, f"SELECT count(*) FROM {view}")
    return {"events": n_events, "median_ms": found, "slowest_ms": max(found.values())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-queries-"))
    try:
        print(json.dumps(readme_latencies(work, args.events), indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
