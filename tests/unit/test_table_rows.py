"""A table of incidents is read row by row as records: the header names each column, and the
deed a row's prose cell tells takes the row's date, place, toll and doer."""

from datetime import date

from flows.extract.dates.intervals import DateValue
from flows.extract.table_rows import (
    RowCell,
    RowContext,
    column_role,
    day_of_month,
    month_at,
    narrows,
    table_columns,
    toll,
)
from flows.ingest.formats.table_rows import table_rows

HTML_TABLE = """<html><head><title>Incidents in 2019</title></head><body>
<table class="wikitable"><tr><th>Date</th><th>Type</th><th>Dead</th><th>Injured</th>
<th>Location</th><th>Details</th><th>Perpetrator[a]</th></tr>
<tr><td>Mar 3</td><td>Bombing</td><td>9 (+1)</td><td>20+</td><td>Zenda, Ruritania</td>
<td>A car bomb exploded in the market of Zenda.</td><td>ZLF</td></tr>
</table></body></html>"""

MARKDOWN_TABLE = """# Incidents in Ruritania in 2019

| Date | Place | Description |
|---|---|:--|
| 4 April | Strelsau | Gunmen stormed a hotel in Strelsau. |
| 5 April | Zenda | Bandits burned a village. |
"""


def cells(text: str, fmt: str) -> list[dict[str, str]]:
    return [
        {c.column: text[c.start : c.end].strip() for c in r.cells} for r in table_rows(text, fmt)
    ]


def test_an_html_tables_data_row_gives_each_cell_its_columns_name():
    (row,) = cells(HTML_TABLE, "html")
    assert row["date"] == "Mar 3" and row["dead"] == "9 (+1)" and row["perpetrator"] == "ZLF"
    assert row["details"] == "A car bomb exploded in the market of Zenda."


def test_a_markdown_tables_rows_are_records_under_its_header():
    rows = cells(MARKDOWN_TABLE, "markdown")
    assert [r["date"] for r in rows] == ["4 April", "5 April"]
    assert rows[1] == {
        "date": "5 April",
        "place": "Zenda",
        "description": "Bandits burned a village.",
    }


def test_plain_text_and_tables_without_a_header_give_no_rows():
    assert table_rows("| a | b |\n| c | d |\n", "markdown") == []
    assert table_rows("<table><tr><td>a</td></tr></table>", "html") == []
    assert table_rows(MARKDOWN_TABLE, "plain") == []


def test_header_words_name_a_role_and_prose_columns_have_none():
    columns = table_columns()
    assert column_role("perpetrator", columns) == "perpetrator"
    assert column_role("dead", columns) == "killed"
    assert column_role("location", columns) == "place"
    assert column_role("details", columns) is None


def test_a_toll_cell_is_read_without_the_perpetrators_own_dead():
    assert (toll("9 (+1)").value, toll("9 (+1)").qualifier) == (9, "exact")
    assert (toll("20+").value, toll("20+").qualifier) == (20, "at_least")
    assert toll("135–300").qualifier == "at_least"
    assert toll("Unknown") is None


def test_the_rows_day_narrows_the_month_the_prose_names():
    month = DateValue(date(2019, 3, 1), date(2019, 3, 31), "month", "March 2019")
    day = DateValue(date(2019, 3, 3), date(2019, 3, 3), "day", "Mar 3")
    assert narrows(day, month) and not narrows(month, day)


def test_a_days_number_alone_takes_the_month_its_list_is_headed_by():
    rows = [RowContext(100, 200, {"date": RowCell(100, 101, "3")}, (RowCell(110, 190, "x"),))]
    headings = [(0, "Incidents in Ruritania in May 2019"), (100, "3")]  # a cell is no heading
    month = month_at(headings, rows, 100)
    assert month == (2019, 5)
    assert day_of_month("3", month).start == date(2019, 5, 3)
    assert day_of_month("31", (2019, 4)) is None  # no such day
    assert day_of_month("3 May", month) is None  # a date of its own: parse_date reads it
    assert day_of_month("3", None) is None
