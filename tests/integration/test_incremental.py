"""Incremental builds: per-document work comes from the cache when nothing it depends on
changed, and the release is the same bytes as a build without any cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from flows.cli import main
from flows.pipeline import build_dataset

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "fixtures" / "dev_texts"
FIRST = ["dev01_somalia_afgooye", "dev03_nigeria_iswap_marte", "dev06_mozambique_macomia"]
NEW = "dev09_yemen_abyan"


def copy_documents(names: list[str], raw: Path) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    for name in names:
        for path in DEV.glob(f"{name}.*"):
            shutil.copy(path, raw / path.name)


def release_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def uncached(tmp_path_factory) -> Path:
    """The release of FIRST built without any cache."""
    root = tmp_path_factory.mktemp("uncached")
    copy_documents(FIRST, root / "raw")
    manifest = build_dataset(raw_dir=str(root / "raw"), out_dir=str(root / "out"))
    assert sorted(manifest["parsed"]) == FIRST
    return root / "out"


def test_nothing_changed_parses_nothing_a_new_document_parses_one_a_removed_one_is_gone(
    tmp_path, uncached, capsys
):
    raw, out, cache = tmp_path / "raw", tmp_path / "out", tmp_path / "cache"
    copy_documents(FIRST, raw)
    command = ["build", "--raw", str(raw), "--out", str(out), "--cache", str(cache)]
    assert main(command) == 0
    assert "Parsed 3 documents, 0 others from the cache" in capsys.readouterr().out
    assert release_bytes(out) == release_bytes(uncached)
    assert main(command) == 0
    assert "Parsed 0 documents, 3 others from the cache" in capsys.readouterr().out
    assert release_bytes(out) == release_bytes(uncached)

    copy_documents([NEW], raw)
    assert main(command) == 0
    assert "Parsed 1 documents, 3 others from the cache" in capsys.readouterr().out
    docs = duckdb.sql(f"SELECT doc_id FROM '{out}/documents.parquet' ORDER BY 1").fetchall()
    assert [d for (d,) in docs] == sorted([*FIRST, NEW])

    for path in raw.glob(f"{NEW}.*"):
        path.unlink()
    assert main(command) == 0
    assert "Parsed 0 documents, 3 others from the cache" in capsys.readouterr().out
    for table in ("documents", "event_mentions", "actor_mentions"):
        sql = f"SELECT count(*) FROM '{out}/{table}.parquet' WHERE doc_id = '{NEW}'"
        assert duckdb.sql(sql).fetchall() == [(0,)], f"{table} still holds the removed document"
    assert release_bytes(out) == release_bytes(uncached)
