"""Publishing writes a complete, byte-stable release or leaves the previous one intact."""

import json

import pytest

from flows.publish import release as pub
from flows.publish.validate import validate_release
from schemas.derived_tables import PUBLISHED_TABLES
from schemas.views import connect_release
from tests import factories as f
from tests.factories import dead_pid

INPUTS = {"documents": {"d1": "a" * 64}, "dictionaries": {}}


def build(out):
    return pub.publish(validate_release(f.release()), out, "0.0.1", INPUTS)


def test_release_has_every_table_manifest_and_views(tmp_path):
    out = tmp_path / "outputs"
    manifest = build(out)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [f"{name}.parquet" for name in PUBLISHED_TABLES]
        + ["codebook.md", "datapackage.json", "manifest.json", "run_report.json", "views.sql"]
    )
    assert set(PUBLISHED_TABLES) >= {"events", "quarantine", "events_readable", "group_lineage"}
    assert manifest["row_counts"]["events"] == 1
    assert manifest["row_counts"]["events_readable"] == 1
    assert manifest["files"]["actor_timeline"]["path"] == "actor_timeline.parquet"
    assert (
        json.loads((out / "manifest.json").read_text())["files"]["events"]["sha256"]
        == manifest["files"]["events"]["sha256"]
    )


def test_two_builds_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build(a)
    build(b)
    for name in PUBLISHED_TABLES:
        assert (a / f"{name}.parquet").read_bytes() == (b / f"{name}.parquet").read_bytes()
    assert (a / "manifest.json").read_text() == (b / "manifest.json").read_text()


def test_views_answer_from_any_working_directory(tmp_path, monkeypatch):
    out = tmp_path / "outputs"
    build(out)
    monkeypatch.chdir(tmp_path.parent)
    con = connect_release(out)
    row = con.execute("SELECT event_type, perpetrators, evidence FROM events_readable").fetchone()
    assert row == ("bombing", "AQIM", "0123456789")
    assert con.execute("SELECT leader FROM leaders_at(DATE '2010-01-01')").fetchall() == [
        ("DROUKDAL",)
    ]


def test_crash_while_staging_leaves_previous_release(tmp_path, monkeypatch):
    out = tmp_path / "outputs"
    build(out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pub, "check_staging", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        build(out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["outputs"]  # no staging left behind


def test_interrupted_swap_is_recovered(tmp_path):
    out = tmp_path / "outputs"
    build(out)
    # As if a run (now dead) crashed between the two renames of the fallback swap.
    out.rename(tmp_path / f".outputs.previous-{dead_pid()}")
    build(out)
    assert (out / "events.parquet").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["outputs"]
