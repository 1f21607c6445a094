"""Incremental builds: per-document work comes from the cache when nothing it depends on
changed, and the release is the same bytes as a build without any cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from flows.build import PlainSteps, build_release
from flows.cli import main
from flows.pipeline import build_dataset
from flows.settings import DICTIONARIES_ENV

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


class RecordingSteps(PlainSteps):
    """Plain steps that note which whole-release steps ran."""

    def __init__(self) -> None:
        super().__init__()
        self.ran: list[str] = []

    def step(self, fn, *args):
        self.ran.append(fn.__name__)
        return super().step(fn, *args)


def build(raw: Path, out: Path, cache: Path) -> tuple[dict, list[str]]:
    steps = RecordingSteps()
    return build_release(raw, out, cache, steps), steps.ran


def stamps(out: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.iterdir()}


def test_a_release_whose_inputs_all_match_is_neither_resolved_nor_rewritten(tmp_path, uncached):
    raw, out, cache = tmp_path / "raw", tmp_path / "out", tmp_path / "cache"
    copy_documents(FIRST, raw)
    first, ran = build(raw, out, cache)
    assert sorted(first["parsed"]) == FIRST and "resolve_release" in ran
    before = stamps(out)
    again, ran = build(raw, out, cache)
    assert ran == ["survey"]  # nothing loaded, resolved, validated or published
    assert (again["parsed"], again["reused"]) == ([], 3)
    manifest = {k: v for k, v in first.items() if k not in ("parsed", "reused")}
    assert {k: again[k] for k in manifest} == manifest
    assert stamps(out) == before
    assert release_bytes(out) == release_bytes(uncached)


def test_the_same_inputs_are_published_to_another_folder_without_resolving_again(
    tmp_path, uncached
):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    copy_documents(FIRST, raw)
    build(raw, tmp_path / "out", cache)
    manifest, ran = build(raw, tmp_path / "elsewhere", cache)
    assert ran == ["survey", "publish"] and manifest["parsed"] == []
    assert release_bytes(tmp_path / "elsewhere") == release_bytes(uncached)


def test_a_release_edited_by_hand_is_written_anew(tmp_path, uncached):
    raw, out, cache = tmp_path / "raw", tmp_path / "out", tmp_path / "cache"
    copy_documents(FIRST, raw)
    build(raw, out, cache)
    events = out / "events.parquet"
    events.write_bytes(events.read_bytes()[:-1] + b"\0")
    _, ran = build(raw, out, cache)
    assert ran == ["survey", "publish"]
    assert release_bytes(out) == release_bytes(uncached)


def test_an_edited_dictionary_reparses_and_resolves_every_document(tmp_path, monkeypatch):
    raw, out, cache = tmp_path / "raw", tmp_path / "out", tmp_path / "cache"
    copy_documents(FIRST, raw)
    dictionaries = tmp_path / "dictionaries"
    shutil.copytree(ROOT / "dictionaries", dictionaries)
    monkeypatch.setenv(DICTIONARIES_ENV, str(dictionaries))
    build(raw, out, cache)
    # even a comment: which documents an edit can affect is not known before parsing them
    actors = dictionaries / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    manifest, ran = build(raw, out, cache)
    assert sorted(manifest["parsed"]) == FIRST
    assert {"load_resources", "resolve_release", "validate_release", "publish"} <= set(ran)
