"""The real flow on a table of incidents: a row is one record, so the deed its Details cell
tells has the row's date, country, doer and toll (fictional incidents; Mali and Niger stand
in for Ruritania because the gazetteer must know the country)."""

import pytest

from tests.factories import built_release

PAGE = """<!DOCTYPE html><html><head><title>List of incidents in 2019</title></head><body>
<h1>List of incidents in 2019</h1>
<table class="wikitable"><tr><th>Date</th><th>Type</th><th>Dead</th><th>Injured</th>
<th>Location</th><th>Details</th><th>Perpetrator</th></tr>
<tr><td>3 March</td><td>Car bomb</td><td>9 (+1)</td><td>20</td><td>Zenda, Mali</td>
<td>A car bomb exploded beside the market in Zenda, killing nine people.</td><td>Boko Haram</td></tr>
<tr><td>5 April</td><td>Shooting</td><td>Unknown</td><td>Unknown</td><td>Niger</td>
<td>Gunmen attacked a convoy near Strelsau, killing two soldiers.</td><td>Unknown</td></tr>
</table></body></html>"""

MARKDOWN = """# List of incidents in 2019

| Date | Dead | Injured | Location | Description | Perpetrator |
|---|---|---|---|---|---|
| 7 June | 4 | 14 | Zenda, Mali | A suicide bomber blew himself up at a mosque in Zenda, killing four people. | Boko Haram |
"""


MONTHLY = """<html><head><title>List of incidents in May 2019</title></head><body>
<h1>List of incidents in May 2019</h1>
<table><tr><th>Date</th><th>Location</th><th>Details</th><th>Perpetrator</th></tr>
<tr><td>12</td><td>Zenda, Mali</td>
<td>Gunmen kidnapped three aid workers on the road to Zenda.</td><td>ZLF</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    files = {"incidents.html": PAGE, "incidents.md": MARKDOWN, "monthly.html": MONTHLY}
    return built_release(tmp_path_factory.mktemp("tables"), files)


def row_event(con, doc_id: str, words: str):
    return con.execute(
        """SELECT e.date_start, e.country, e.perpetrators, e.killed, e.injured
        FROM event_mentions m JOIN events_readable e USING (event_id)
        WHERE m.doc_id = ? AND m.quote LIKE ?""",
        [doc_id, f"%{words}%"],
    ).fetchone()


@pytest.mark.parametrize(
    ("doc_id", "words", "day", "killed", "injured"),
    [
        ("incidents.html", "car bomb exploded", "2019-03-03", 9, 20),
        ("incidents.md", "suicide bomber", "2019-06-07", 4, 14),
    ],
)
def test_a_rows_deed_has_the_rows_date_country_doer_and_toll(
    release, doc_id, words, day, killed, injured
):
    found = row_event(release, doc_id, words)
    assert str(found[0]) == day
    assert found[1] == "ML"
    assert "Boko Haram" in found[2]
    assert found[3] == killed  # the prose's own count
    assert found[4] == injured  # the row's


def test_an_unknown_perpetrator_is_no_doer_and_the_type_cell_no_second_event(release):
    day, country, doers, _, _ = row_event(release, "incidents.html", "attacked a convoy")
    assert str(day) == "2019-04-05" and country == "NE"
    assert not doers or "Unknown" not in doers
    shootings = release.execute(
        "SELECT count(*) FROM event_mentions WHERE doc_id = 'incidents.html' AND quote = 'Shooting'"
    ).fetchone()[0]
    assert shootings == 0


def test_a_monthly_lists_day_number_is_a_day_of_the_month_its_title_names(release):
    day, country, _, _, _ = row_event(release, "monthly", "kidnapped")
    assert str(day) == "2019-05-12" and country == "ML"
