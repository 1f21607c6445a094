"""Publish: write the release to a staging folder, check it, then swap it in atomically.

A crash at any point leaves a complete release readable (see flows/publish/release_folder.py).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from importlib.metadata import version as package_version
from pathlib import Path

import pyarrow as arrow
import pyarrow.parquet as pq

from flows.publish.derived import check_derived, derive_tables
from flows.publish.release_folder import recover, staging_folder, swap_in
from schemas.arrow import to_table
from schemas.datapackage import codebook_markdown, datapackage
from schemas.derived_tables import PUBLISHED_TABLES
from schemas.tables import SORT_KEYS, TABLES
from schemas.views import connect_release, views_sql

PINNED_LIBRARIES = ("pyarrow", "duckdb", "pandera", "spacy", "prefect")
# Derived tables are sorted on what analysts filter by; smaller row groups let a filter on an
# actor's name skip more of actor_timeline (at a million events: 13 of 100 groups read, and the
# README's third query ~20 % faster than with 100,000 rows a group; scripts/bench_queries.py).
DERIVED_ROW_GROUP_SIZE = 20_000


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sort_records(name: str, records: list[dict]) -> list[dict]:
    """Total order on the table's sort key, so reruns write identical bytes."""
    keys = SORT_KEYS[name]
    return sorted(
        records, key=lambda r: tuple("" if r.get(k) is None else str(r.get(k)) for k in keys)
    )


def write_arrow(table: arrow.Table, path: Path, row_group_size: int = 100_000) -> Path:
    """One zstd Parquet file with statistics, so that filters can skip row groups."""
    pq.write_table(
        table, path, compression="zstd", write_statistics=True, row_group_size=row_group_size
    )
    return path


def write_parquet(name: str, records: list[dict], folder: Path) -> Path:
    """One Parquet file per extracted table, with the model's exact schema."""
    return write_arrow(
        to_table(sort_records(name, records), TABLES[name]), folder / f"{name}.parquet"
    )


def write_derived(folder: Path, check: bool = True) -> dict[str, int]:
    """The derived tables, computed from the extracted tables written to `folder` and written
    beside them; returns their row counts. `check` runs their pandera models first."""
    counts = {}
    for name, table in derive_tables(folder).items():
        if check:
            check_derived(name, table)
        write_arrow(table, folder / f"{name}.parquet", DERIVED_ROW_GROUP_SIZE)
        counts[name] = table.num_rows
    return counts


def check_staging(folder: Path, counts: dict[str, int]) -> None:
    """Read the staged release back with DuckDB and the views; raise if anything is off."""
    con = connect_release(folder)
    for name, expected in counts.items():
        got = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        if got != expected:
            raise RuntimeError(f"staged {name} has {got} rows, expected {expected}")
    con.execute("SELECT count(*) FROM leaders_at(DATE '2000-01-01')").fetchone()  # macros bind


def manifest(version: str, counts: dict[str, int], files: dict[str, dict], inputs: dict) -> dict:
    """Row counts, file hashes, the inputs' hashes and the library versions that wrote the files."""
    return {
        "dataset_version": version,
        "row_counts": counts,
        "files": files,
        "inputs": inputs,
        "libraries": {lib: package_version(lib) for lib in PINNED_LIBRARIES},
    }


def _write_json(path: Path, data: dict) -> None:
    path.write_text(
        json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def stage_release(
    tables: dict[str, list[dict]],
    staging: Path,
    version: str,
    inputs: dict,
    event_types: dict | None,
    run_report: dict | None = None,
) -> dict:
    """Write every artefact of the release into `staging`; returns the manifest."""
    staging.mkdir(parents=True)
    for name in TABLES:
        write_parquet(name, tables[name], staging)
    counts = {name: len(tables[name]) for name in TABLES} | write_derived(staging)
    files = {}
    for name in PUBLISHED_TABLES:
        path = staging / f"{name}.parquet"
        files[name] = {"path": path.name, "bytes": path.stat().st_size, "sha256": _sha256(path)}
    (staging / "views.sql").write_text(views_sql(), encoding="utf-8")
    (staging / "codebook.md").write_text(codebook_markdown(version, event_types), encoding="utf-8")
    _write_json(staging / "datapackage.json", datapackage(version, files))
    result = manifest(version, counts, files, inputs)
    _write_json(staging / "run_report.json", run_report or {})
    _write_json(staging / "manifest.json", result)
    check_staging(staging, counts)
    return result


def publish(
    tables: dict[str, list[dict]],
    out_dir: Path,
    version: str,
    inputs: dict,
    event_types: dict | None = None,
    run_report: dict | None = None,
) -> dict:
    """Stage, check and swap in a release; returns its manifest.

    `event_types` is the crosswalk the run extracted with, for the codebook.
    """
    out_dir = out_dir.resolve()
    recover(out_dir)
    staging = staging_folder(out_dir)
    if staging.exists():
        shutil.rmtree(staging)
    try:
        result = stage_release(tables, staging, version, inputs, event_types, run_report)
        swap_in(staging, out_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return result
