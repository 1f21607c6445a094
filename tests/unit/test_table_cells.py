"""Table cells and list items are read one by one: a cell without a full stop is not a
sentence broken across lines, and a Markdown table's pipes are no words."""

from flows.ingest.formats.read import read_view
from tests.factories import read_paragraphs

HTML_TABLE = """<!DOCTYPE html><html><head><title>Incidents in Ruritania</title></head><body>
<table class="wikitable"><tr><th>Date</th><th>Location</th><th>Article</th><th>Details</th></tr>
<tr><td>Mar 3</td><td>Strelsau, Ruritania</td><td>Zenda market bombing</td><td>A car bomb exploded in the market of Zenda, killing nine people.</td></tr>
</table></body></html>"""

MARKDOWN_TABLE = """# Incidents in Ruritania

| Date | Location | Article | Details |
|---|---|---|:--|
| Mar 3 | Strelsau, Ruritania | Zenda market bombing | A car bomb exploded in the market of Zenda, killing nine people. |
"""

HTML_LIST = """<html><body><p>Related stories:</p><ul>
<li><a href="/a">Ruritania election delayed</a></li>
<li><a href="/b">ZLF fighters ambushed a convoy near Zenda</a></li></ul></body></html>"""


def test_an_html_table_cell_does_not_run_into_the_next():
    found = read_paragraphs(HTML_TABLE, ".html")
    assert "Zenda market bombing" in found
    assert "A car bomb exploded in the market of Zenda, killing nine people." in found


def test_a_markdown_table_row_is_read_cell_by_cell_without_its_pipes():
    found = read_paragraphs(MARKDOWN_TABLE, ".md")
    assert "Strelsau, Ruritania" in found and "Zenda market bombing" in found
    assert "A car bomb exploded in the market of Zenda, killing nine people." in found
    assert not any("|" in p or "--" in p for p in found)


def test_list_items_without_full_stops_stay_apart():
    found = read_paragraphs(HTML_LIST, ".html")
    assert "Ruritania election delayed" in found
    assert "ZLF fighters ambushed a convoy near Zenda" in found


def test_a_markdown_table_keeps_its_length_and_offsets():
    view = read_view(MARKDOWN_TABLE, ".md").view
    assert len(view) == len(MARKDOWN_TABLE)
    start = MARKDOWN_TABLE.index("A car bomb")
    assert view[start : start + 10] == "A car bomb"


def test_a_tab_separated_row_with_a_sentence_is_read_cell_by_cell():
    raw = (
        "Incidents in Ruritania\n\n"
        "Date\tLocation\tDetails\tPerpetrator\n"
        "Mar 3\tStrelsau, Ruritania\tA car bomb exploded in the market of Zenda, killing nine "
        "people.[4][5]\tZLF\n"
    )
    found = [p for p in read_paragraphs(raw, ".txt")]
    assert "A car bomb exploded in the market of Zenda, killing nine people." in found
    assert "Strelsau, Ruritania" in found and "ZLF" in found
    assert "Date Location Details Perpetrator" not in " ".join(found)  # a header row of labels


def test_a_tab_separated_row_of_labels_and_numbers_is_still_a_figure():
    raw = "Attacks by year\n\nYear\tAttacks\tKilled\n2014\t12\t30\n\nThe ZLF grew in Zenda.\n"
    found = read_paragraphs(raw, ".txt")
    assert not any("2014" in p for p in found)


def test_a_markdown_heading_does_not_continue_the_line_before():
    raw = "### [2020-03-03](/news/2020/03/03/index.md)\n\n# ZLF fighters raid Zenda barracks.\n"
    assert read_paragraphs(raw, ".md") == ["2020-03-03", "ZLF fighters raid Zenda barracks."]
