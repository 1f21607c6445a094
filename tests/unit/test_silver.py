"""The silver diagnostic: GTD-style summaries become documents, and a release built on them is
scored against the coded fields. Everything here is fictional (Ruritania, Zenda): no GTD data."""

import csv
import doctest
from datetime import date

import pytest

import evaluation.silver.sample as silver_sample
import evaluation.silver.score as silver_score
from evaluation.silver.__main__ import main
from evaluation.silver.report import failure_classes, table
from evaluation.silver.sample import SampleOptions, sample_gtd
from evaluation.silver.score import names_group, read_rows, score_release
from flows.publish import release as pub
from flows.publish.validate import validate_release
from tests import factories as f

COLUMNS = ["eventid", "iyear", "imonth", "iday", "country_txt", "city", "summary", "gname"]
COLUMNS += ["gname2", "nkill", "attacktype1_txt", "claimed", "guncertain1"]
BLACK = "Black Michael's Men (BMM)"
CASTLE = (
    "03/04/2015: Gunmen attacked the castle in Zenda, Ruritania, killing three guards. "
    "No group claimed responsibility; however, sources attributed the attack to Black "
    "Michael's Men (BMM)."
)
STATION = "07/00/2016: A bomb exploded at the café of Strelsau station, Ruritania."
ROWS = [
    ["201503040001", "2015", "3", "4", "Ruritania", "Zenda", CASTLE, BLACK, "", "3"],
    ["201607000001", "2016", "7", "0", "Ruritania", "Strelsau", STATION, "Unknown", "", ""],
    ["201608010001", "2016", "8", "1", "Ruritania", "Zenda", "", "Unknown", "", "1"],
    ["201609010001", "2016", "9", "1", "Graustark", "Edelweiss", "09/01/2016: A raid.", "Unknown"],
    ["199901010001", "1999", "1", "1", "Ruritania", "Zenda", "01/01/1999: A raid.", "Unknown"],
]


@pytest.fixture
def regions(tmp_path):
    # The release publishes only real ISO codes: fictional Ruritania borrows Austria's.
    path = tmp_path / "regions.yaml"
    path.write_text("fiction:\n  Ruritania: AT\n", encoding="utf-8")
    return path


@pytest.fixture
def gtd_csv(tmp_path):
    path = tmp_path / "globalterrorismdb_test.csv"
    with path.open("w", encoding="latin-1", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for row in ROWS:
            w.writerow((row + [""] * len(COLUMNS))[: len(COLUMNS)])
    return path


@pytest.fixture
def sampled(tmp_path, gtd_csv, regions):
    out = tmp_path / "silver"
    sample_gtd(gtd_csv, out, SampleOptions(regions=regions))
    return out, {r["gname"]: r["id"] for r in read_rows(out / "rows.jsonl")}


def test_sample_keeps_dated_summaries_of_the_regions_in_the_years(sampled):
    out, ids = sampled
    assert sorted(p.name for p in (out / "raw").iterdir()) == [
        "gtd000.meta.json",
        "gtd000.txt",
        "gtd001.meta.json",
        "gtd001.txt",
    ]
    assert set(ids) == {BLACK, "Unknown"}


def test_sample_writes_the_date_in_words_and_nothing_else_changed(sampled):
    out, ids = sampled
    castle = (out / "raw" / f"{ids[BLACK]}.txt").read_text(encoding="utf-8")
    station = (out / "raw" / f"{ids['Unknown']}.txt").read_text(encoding="utf-8")
    assert castle == "March 4, 2015:" + CASTLE[len("03/04/2015:") :] + "\n"
    assert station == "July 2016: A bomb exploded at the café of Strelsau station, Ruritania.\n"


def test_sample_rows_keep_the_coded_fields(sampled):
    out, ids = sampled
    rows = {r["id"]: r for r in read_rows(out / "rows.jsonl")}
    castle = rows[ids[BLACK]]
    assert (castle["year"], castle["month"], castle["day"]) == (2015, 3, 4)
    assert (castle["country"], castle["nkill"], castle["eventid"]) == ("Ruritania", "3", ROWS[0][0])


def test_sample_draws_at_most_per_country_and_the_same_draw_for_the_same_seed(
    tmp_path, gtd_csv, regions
):
    one = SampleOptions(per_country=1, regions=regions)
    a = sample_gtd(gtd_csv, tmp_path / "a", one)
    b = sample_gtd(gtd_csv, tmp_path / "b", one)
    assert len(a) == 1 and a == b


def test_sample_without_the_csv_says_where_it_looked(tmp_path, capsys):
    assert main(["sample", "--gtd", str(tmp_path / "none.csv"), "--out", str(tmp_path)]) == 2
    assert "no GTD CSV at" in capsys.readouterr().err


def fake_release(out, ids, station_duplicate=False):
    """The castle: an attack by 'Black Michaels Men' first, a later killing; the station: a
    bombing in the right month, no country, a named doer where GTD has none (or, with
    `station_duplicate`, not extracted: the same bytes as the castle)."""
    castle, station = ids[BLACK], ids["Unknown"]
    bmm = f.actor(
        "bmm",
        name="Black Michaels Men",
        aliases=["Black Michaels Men", "BMM"],
        doc_ids=[castle, station],
        country=None,
    )
    attack = f.event(
        "evt-000000000000000a",
        event_type="attack",
        date_start=date(2015, 3, 4),
        date_end=date(2015, 3, 4),
        country="AT",
        perpetrator_ids=["act-bmm"],
        killed=3,
        doc_ids=[castle],
    )
    later = f.event(
        "evt-000000000000000b", event_type="killing", perpetrator_ids=[], doc_ids=[castle]
    )
    bomb = f.event(
        "evt-000000000000000c",
        date_start=date(2016, 7, 1),
        date_end=date(2016, 7, 31),
        date_precision="month",
        country=None,
        killed=None,
        doc_ids=[station],
        perpetrator_ids=["act-bmm"],
    )
    mentions = [
        f.mention(attack["event_id"], mention_id="men-000000000000000a", doc_id=castle),
        f.mention(later["event_id"], mention_id="men-000000000000000b", doc_id=castle),
        f.mention(bomb["event_id"], mention_id="men-000000000000000c", doc_id=station),
    ]
    mentions[1] |= {"char_start": 20, "char_end": 30, "trigger_start": 22, "trigger_end": 28}
    documents = [f.document(castle), f.document(station)]
    events = [attack, later, bomb]
    if station_duplicate:
        documents[1] |= {"status": "duplicate", "n_events": 0, "n_relations": 0}
        events, mentions, bmm["doc_ids"] = events[:2], mentions[:2], [castle]
    tables = {
        "documents": documents,
        "actors": [bmm],
        "events": events,
        "event_mentions": mentions,
        "actor_mentions": [f.actor_mention(actor_id="act-bmm", doc_id=castle)],
        "relations": [],
    }
    inputs = {"documents": {castle: "a" * 64, station: "b" * 64}, "dictionaries": {}}
    pub.publish(validate_release(tables), out, "0.0.1", inputs)
    return out


@pytest.fixture
def scored(tmp_path, sampled, regions):
    out, ids = sampled
    release = fake_release(tmp_path / "release", ids)
    records = score_release(out / "rows.jsonl", release, regions)
    return {r["gname"]: r for r in records}, records


def test_the_first_violent_event_of_a_document_is_scored_and_right_when_it_agrees(scored):
    by_group, _ = scored
    castle = by_group[BLACK]
    assert castle["type"] == "attack"
    assert castle["found"] and castle["date_ok"] and castle["country_ok"]
    assert castle["perp_ok"] and castle["killed_ok"]


def test_a_named_doer_where_gtd_codes_unknown_is_wrong_and_a_missing_count_is_not_scored(scored):
    by_group, _ = scored
    station = by_group["Unknown"]
    assert station["date_ok"], "GTD's day 0 is a month: the release's month precision agrees"
    assert not station["country_ok"] and not station["perp_ok"]
    assert station["killed_ok"] is None


def test_the_table_counts_each_check_over_the_rows_found(scored):
    _, records = scored
    assert table(records).splitlines() == [
        "rows 2  violent event found 2/2 (1.00)",
        "  date 2/2 (1.00)  country 1/2 (0.50)  perp 1/2 (0.50)  perp any-event 1/2 (0.50)",
        "  killed 1/1 (1.00)",
        "  perp on named-group rows 1/1 (1.00)  on Unknown rows 0/1 (0.00)",
    ]


def test_a_missed_group_is_classed_by_how_the_text_attributes_the_deed(scored):
    by_group, _ = scored
    missed = by_group[BLACK] | {"perp_ok": False}
    assert "1 attributed (the attack|incident) to X" in failure_classes([missed]).splitlines()


@pytest.mark.parametrize(
    ("gtd", "names", "same"),
    [
        ("Al-Qaida in the Arabian Peninsula (AQAP)", {"al Qaeda in the Arabian Peninsula"}, True),
        ("Al-Qaida in the Arabian Peninsula (AQAP)", {"AQAP"}, True),
        ("New People's Army (NPA)", {"New Peoples Army"}, True),
        ("National Liberation Army of Colombia (ELN)", {"EPL"}, False),
        ("Boko Haram", {"Ansaru"}, False),
    ],
)
def test_group_names_match_folded_and_fuzzily_but_acronyms_only_exactly(gtd, names, same):
    assert names_group(gtd, {n.casefold() for n in names}) is same


def test_a_document_the_build_skipped_as_a_duplicate_is_not_scored(tmp_path, sampled, regions):
    out, ids = sampled
    release = fake_release(tmp_path / "release", ids, station_duplicate=True)
    assert [r["id"] for r in score_release(out / "rows.jsonl", release, regions)] == [ids[BLACK]]


def test_score_command_prints_the_table(tmp_path, sampled, regions, capsys):
    out, ids = sampled
    release = fake_release(tmp_path / "release", ids)
    args = ["--rows", str(out / "rows.jsonl"), "--release", str(release)]
    assert (
        main(["score", *args, "--regions", str(regions), "--json", str(tmp_path / "r.jsonl")]) == 0
    )
    assert capsys.readouterr().out.startswith("rows 2  violent event found 2/2 (1.00)\n")
    assert len(read_rows(tmp_path / "r.jsonl")) == 2


@pytest.mark.parametrize("module", [silver_sample, silver_score])
def test_the_examples_in_the_docstrings_hold(module):
    assert doctest.testmod(module).failed == 0
