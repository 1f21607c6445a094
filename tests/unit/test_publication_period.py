"""Relative dates in a text published on a day nobody recorded, only its month or year."""

from datetime import date

from flows.extract.dates.publication_period import date_in_period, publication_period

JUNE_2011 = publication_period(date(2011, 6, 1), "month")
IN_2011 = publication_period(date(2011, 1, 1), "year")


def test_the_period_is_every_day_the_publication_may_fall_on():
    assert (date(2011, 6, 1), date(2011, 6, 30)) == JUNE_2011
    assert (date(2011, 1, 1), date(2011, 12, 31)) == IN_2011
    assert publication_period(date(2011, 6, 14), "day") is None
    assert publication_period(None, None) is None


def test_what_no_day_changes_is_read():
    last_year = date_in_period("last year", JUNE_2011)
    assert (last_year.start, last_year.end, last_year.precision) == (
        date(2010, 1, 1),
        date(2010, 12, 31),
        "year",
    )
    ago = date_in_period("two years ago", IN_2011)
    assert (ago.start, ago.end) == (date(2009, 1, 1), date(2009, 12, 31))
    month = date_in_period("last month", JUNE_2011)
    assert (month.start, month.end) == (date(2011, 5, 1), date(2011, 5, 31))


def test_what_hangs_on_the_day_stays_unknown():
    assert date_in_period("on Tuesday", JUNE_2011) is None
    assert date_in_period("earlier this month", JUNE_2011) is None
    assert date_in_period("last month", IN_2011) is None  # December or any other month


def test_a_month_anchored_on_the_year_of_writing_waits_for_the_period():
    from flows.extract.dates.intervals import parse_date

    # with no day to read it on it is a date still to be placed, not no date at all
    unplaced = parse_date("September of this year", None, 2011)
    assert (unplaced.start, unplaced.precision) == (None, "unknown")
    september = date_in_period("September of this year", IN_2011)
    assert (september.start, september.end) == (date(2011, 9, 1), date(2011, 9, 30))
    december = date_in_period("December last year", JUNE_2011)
    assert (december.start, december.end) == (date(2010, 12, 1), date(2010, 12, 31))
    assert parse_date("September of the war", None, 2011) is None
