"""Dated lists: an item's leading date dates its deeds, and an item naming no deed records the
deed its list's header names (flows/extract/dated_lists.py, flows/normalise/lines.py)."""

from __future__ import annotations

from datetime import date

from flows.normalise import normalise
from flows.per_document import boilerplate_rules
from flows.settings import Settings

LIST = (
    "The air campaign went on for years.\n\n"
    "Here is a list of the ZLF commanders who have been killed in the Ruritanian drone campaign:\n\n"
    "June 18, 2004: Rudolf Rassendyll, ZLF commander\n\n"
    "August 13, 2008: Rupert Hentzau, a senior ZLF commander in Zenda\n"
)


def test_dated_items_after_a_colon_are_body_paragraphs_each_of_its_own():
    norm = normalise(LIST, boilerplate_rules(Settings().dictionaries_dir))
    body = [norm.text[p.start : p.end] for p in norm.paragraphs if p.kind == "body"]
    assert body[-2:] == [
        "June 18, 2004: Rudolf Rassendyll, ZLF commander",
        "August 13, 2008: Rupert Hentzau, a senior ZLF commander in Zenda",
    ]


def test_dated_headlines_no_colon_introduces_stay_headings():
    text = "Strikes go on.\n\nNov. 14: Strikes continue against the ZLF in Zenda\n\nMore text.\n"
    norm = normalise(text, boilerplate_rules(Settings().dictionaries_dir))
    kinds = {norm.text[p.start : p.end]: p.kind for p in norm.paragraphs}
    assert kinds["Nov. 14: Strikes continue against the ZLF in Zenda"] == "heading"


def test_an_item_naming_no_deed_records_its_headers_deed_on_its_date(source_events):
    events = source_events(LIST, date(2012, 7, 1), "month")
    listed = [e for e in events if e.trigger[:1].isalpha() and e.date and e.date.start]
    days = sorted(e.date.start for e in listed if e.event_type == "airstrike")
    assert days == [date(2004, 6, 18), date(2008, 8, 13)]


def test_an_items_leading_date_dates_a_deed_it_reports(source_events):
    text = (
        "Prominent attacks included:\n\n"
        "- 24 NOVEMBER 1981: police said the ZLF had bombed the barracks in Zenda.\n"
    )
    events = source_events(text, date(1990, 1, 1), "year", ".md")
    bombings = [e for e in events if e.event_type == "bombing"]
    assert [e.date.start for e in bombings] == [date(1981, 11, 24)]


def test_a_weekday_with_no_day_to_count_from_keeps_the_items_date(source_events):
    """A publication known to the month gives "Friday" no day; the item's own date stands."""
    text = (
        "Attacks in Ruritania in 2017\n\n"
        "- 23 JUNE - 14 people lost their lives in a suicide blast in Zenda on Friday morning.\n"
    )
    events = source_events(text, date(2019, 7, 1), "month", ".md")
    bombings = [e for e in events if e.event_type == "bombing"]
    assert [(e.date.start, e.date.end) for e in bombings] == [(date(2017, 6, 23),) * 2]
    assert bombings[0].casualties.killed.value == 14
