"""The real flow on the real seed texts and on bad input: what an analyst and an operator see."""

import shutil
from pathlib import Path

import duckdb
import pytest

from flows.build import NothingToPublish
from flows.cli import main
from flows.pipeline import build_dataset
from schemas.views import connect_release

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "raw"
BAD = ROOT / "tests" / "fixtures" / "bad_inputs"


@pytest.fixture(scope="module")
def seed_release(tmp_path_factory):
    out = tmp_path_factory.mktemp("release") / "outputs"
    manifest = build_dataset(raw_dir=str(RAW), out_dir=str(out))
    return out, manifest


def raw_text(doc_id):
    return (RAW / f"{doc_id}.txt").read_text(encoding="utf-8")


def test_seed_release_has_documents_events_actors_relations(seed_release):
    out, manifest = seed_release
    counts = manifest["row_counts"]
    assert counts["documents"] == 2
    assert counts["events"] >= 10 and counts["actors"] >= 20 and counts["relations"] >= 3
    con = connect_release(out)
    statuses = con.execute("SELECT status, count(*) FROM documents GROUP BY ALL").fetchall()
    assert statuses == [("ok", 2)]


def test_every_quote_and_trigger_is_the_raw_text_at_its_offsets(seed_release):
    out, _ = seed_release
    rows = duckdb.sql(
        f"SELECT doc_id, char_start, char_end, quote FROM '{out}/event_mentions.parquet'"
    ).fetchall()
    rows += duckdb.sql(
        f"SELECT doc_id, char_start, char_end, quote FROM '{out}/relations.parquet'"
    ).fetchall()
    rows += duckdb.sql(
        f"SELECT doc_id, trigger_start, trigger_end, trigger FROM '{out}/event_mentions.parquet'"
    ).fetchall()
    rows += duckdb.sql(
        f"SELECT doc_id, char_start, char_end, surface FROM '{out}/actor_mentions.parquet'"
    ).fetchall()
    texts = {}
    for doc_id, start, end, quote in rows:
        text = texts.setdefault(doc_id, raw_text(doc_id))
        assert text[start:end] == quote


def test_the_algiers_car_bombings_are_found_with_date_place_counts(seed_release):
    out, _ = seed_release
    con = connect_release(out)
    rows = con.execute(
        "SELECT event_type, date_start, location, country, killed, injured, injured_qualifier, perpetrators "
        "FROM events_readable WHERE date_start = DATE '2007-04-11'"
    ).fetchall()
    assert rows, "the car bombings of April 11, 2007 are missing"
    etype, _, location, country, killed, injured, qualifier, perps = rows[0]
    assert (etype, location, country, killed, injured, qualifier) == (
        "bombing",
        "Algiers",
        "DZ",
        33,
        200,
        "more_than",
    )
    assert "Al-Qaeda in the Islamic Maghreb" in (perps or "")


def test_negated_and_hypothetical_attacks_are_not_events(seed_release):
    out, _ = seed_release
    quotes = [
        q for (q,) in duckdb.sql(f"SELECT quote FROM '{out}/event_mentions.parquet'").fetchall()
    ]
    assert not any("has yet to attack Europe" in q for q in quotes)
    assert not any("could attack targets outside North Africa" in q for q in quotes)
    assert not any("would require financing" in q for q in quotes)


def test_belmokhtar_spellings_resolve_to_one_actor(seed_release):
    out, _ = seed_release
    con = connect_release(out)
    rows = con.execute(
        "SELECT actor_id, aliases, doc_ids FROM actors WHERE list_contains(aliases, 'Belmokhtar')"
    ).fetchall()
    assert len(rows) == 1
    actor_id, aliases, doc_ids = rows[0]
    assert "Belmohktar" in aliases and len(doc_ids) == 2


def test_no_spelling_names_two_actors_in_the_seeds(seed_release):
    out, _ = seed_release
    clashes = duckdb.sql(
        f"SELECT lower(surface), list(DISTINCT actor_id) FROM '{out}/actor_mentions.parquet' "
        "GROUP BY 1 HAVING count(DISTINCT actor_id) > 1"
    ).fetchall()
    assert clashes == []


def test_lineage_view_descends_gia_gspc_aqim_with_dates_once(seed_release):
    out, _ = seed_release
    con = connect_release(out)
    rows = con.execute(
        "SELECT depth, actor_id, since FROM group_lineage WHERE root = 'Armed Islamic Group' "
        "ORDER BY depth"
    ).fetchall()
    chain = [(d, a) for d, a, _ in rows]
    assert chain[:3] == [(0, "act-gia"), (1, "act-gspc"), (2, "act-aqim")]
    assert [str(s) for _, _, s in rows[1:3]] == ["1998-01-01", "2007-01-01"]
    assert len(chain) == len(set(chain))  # one row per descendant, however many sources say it


def test_a_plain_python_build_publishes_the_same_bytes_as_the_prefect_flow(
    seed_release, tmp_path, capsys
):
    out, _ = seed_release
    again = tmp_path / "again"
    command = ["build", "--raw", str(RAW), "--out", str(again), "--no-server", "--no-cache"]
    assert main(command) == 0
    assert "no Prefect server" in capsys.readouterr().out
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(p.name for p in again.iterdir())
    for name in files:  # the Parquet tables, manifest, datapackage, views, codebook, report
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


@pytest.mark.parametrize("how", [[], ["--no-server"]], ids=["prefect", "no-server"])
def test_two_worker_processes_publish_the_same_bytes_as_one(seed_release, tmp_path, how):
    out, _ = seed_release
    again = tmp_path / "again"
    command = ["build", "--raw", str(RAW), "--out", str(again), "--no-cache", "--workers", "2"]
    assert main(command + how) == 0
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(p.name for p in again.iterdir())
    for name in files:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_bad_inputs_are_listed_with_reasons_and_the_rest_published(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(BAD, raw)
    out = tmp_path / "outputs"
    build_dataset(raw_dir=str(raw), out_dir=str(out))
    con = connect_release(out)
    docs = dict(con.execute("SELECT doc_id, status FROM documents").fetchall())
    assert docs == {
        "empty": "empty",
        "image": "unreadable",
        "latin1": "ok",
        "good_news": "metadata_error",
        "same_bytes": "duplicate",
    }
    errors = dict(con.execute("SELECT doc_id, coalesce(error, warnings) FROM documents").fetchall())
    assert "decoded as cp1252" in errors["latin1"] and "good_news.meta.json" in errors["good_news"]
    assert (
        con.execute(
            "SELECT count(*) FROM events WHERE list_contains(doc_ids, 'good_news')"
        ).fetchone()[0]
        >= 1
    )


def test_nothing_usable_leaves_previous_release_and_cli_fails(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_text("")
    out = tmp_path / "outputs"
    out.mkdir()
    (out / "events.parquet").write_bytes(b"previous")
    (out / "manifest.json").write_text('{"files": {"events": {"path": "events.parquet"}}}')
    with pytest.raises(NothingToPublish):
        build_dataset(raw_dir=str(raw), out_dir=str(out))
    assert main(["build", "--raw", str(raw), "--out", str(out)]) == 1
    assert "nothing published" in capsys.readouterr().err
    assert (out / "events.parquet").read_bytes() == b"previous"


def test_readme_examples_run_against_the_release(seed_release):
    import re

    out, _ = seed_release
    con = connect_release(out)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```sql\n(.*?)```", readme, re.S)
    assert len(examples) >= 3
    for sql in examples:
        assert con.sql(sql).fetchall(), f"README example returns nothing:\n{sql}"
