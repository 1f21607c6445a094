"""Months and days a news story places by a year or month anchored on its publication date."""

from datetime import date

import pytest

from flows.extract.dates.intervals import parse_date

PUBLISHED = date(2019, 5, 22)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("in December last year", (date(2018, 12, 1), date(2018, 12, 31), "month")),
        ("December of last year", (date(2018, 12, 1), date(2018, 12, 31), "month")),
        ("12 March last year", (date(2018, 3, 12), date(2018, 3, 12), "day")),
        ("early March last year", (date(2018, 3, 1), date(2018, 3, 31), "month")),
        ("in March of this year", (date(2019, 3, 1), date(2019, 3, 31), "month")),
        ("the summer of last year", (date(2018, 6, 1), date(2018, 8, 31), "year")),
        # "last" names the latest such month before the story's own month
        ("last March", (date(2019, 3, 1), date(2019, 3, 31), "month")),
        ("this past March", (date(2019, 3, 1), date(2019, 3, 31), "month")),
        ("last May", (date(2018, 5, 1), date(2018, 5, 31), "month")),
        ("last August", (date(2018, 8, 1), date(2018, 8, 31), "month")),
        ("this March", (date(2019, 3, 1), date(2019, 3, 31), "month")),
        ("next January", (date(2020, 1, 1), date(2020, 1, 31), "month")),
    ],
)
def test_a_month_anchored_on_publication_is_read(words, expected):
    found = parse_date(words, PUBLISHED)
    assert (found.start, found.end, found.precision) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("last year", (date(2018, 1, 1), date(2018, 12, 31))),
        ("late last year", (date(2018, 9, 1), date(2018, 12, 31))),
        ("Monday last week", (date(2019, 5, 13), date(2019, 5, 13))),
    ],
)
def test_anchored_years_and_weeks_read_as_before(words, expected):
    found = parse_date(words, PUBLISHED)
    assert (found.start, found.end) == expected


def test_without_a_publication_date_an_anchored_month_is_no_placed_date():
    found = parse_date("December last year", None, 2012)
    assert found is None or found.start is None


def test_a_news_deed_takes_the_anchored_month_as_its_date(document_events):
    events = document_events(
        ["Gunmen kidnapped 30 pupils in Kaduna last August, police said."], published=PUBLISHED
    )
    kidnapping = next(e for e in events if e.event_type == "kidnapping")
    assert (kidnapping.date.start, kidnapping.date.end) == (date(2018, 8, 1), date(2018, 8, 31))
