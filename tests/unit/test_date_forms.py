"""Date forms written outside the English-language wire style: day-first numbers, joined
days, quarters and a season's months, winters across a year's turn, hours counted back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.extract.dates.intervals import parse_date
from flows.extract.dates.sentence_dates import find_dates

from .conftest import interval

PUBLISHED = date(2015, 6, 15)
D = date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17.03.2014", (D(2014, 3, 17), D(2014, 3, 17), "day")),
        ("on 17/03/2014", (D(2014, 3, 17), D(2014, 3, 17), "day")),
        # a first number of 12 or less stays the US month
        ("3/4/2014", (D(2014, 3, 4), D(2014, 3, 4), "day")),
        ("the 7th and 8th of March 2014", (D(2014, 3, 7), D(2014, 3, 8), "range")),
        ("11/12 March 2014", (D(2014, 3, 11), D(2014, 3, 12), "range")),
        ("March 7th and 8th, 2014", (D(2014, 3, 7), D(2014, 3, 8), "range")),
        ("the second quarter of 2014", (D(2014, 4, 1), D(2014, 6, 30), "year")),
        ("Q4 2013", (D(2013, 10, 1), D(2013, 12, 31), "year")),
        ("the first three months of 2016", (D(2016, 1, 1), D(2016, 3, 31), "year")),
        ("the summer months of 2014", (D(2014, 6, 1), D(2014, 8, 31), "year")),
        ("late summer 2014", (D(2014, 6, 1), D(2014, 8, 31), "year")),
        ("the winter of 2013-14", (D(2013, 12, 1), D(2014, 2, 28), "year")),
        ("winter 2015/2016", (D(2015, 12, 1), D(2016, 2, 29), "year")),
        ("the past 48 hours", (D(2015, 6, 13), D(2015, 6, 15), "range")),
        ("the last 24 hours", (D(2015, 6, 14), D(2015, 6, 15), "range")),
        ("36 hours ago", (D(2015, 6, 14), D(2015, 6, 14), "day")),
    ],
)
def test_reads_the_form(text, expected):
    assert interval(parse_date(text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "48 hours",  # a duration
        "for 72 hours",
        "the winter of 2013-15",  # a winter is one turn of a year
        "31.02.2014",  # no such day
    ],
)
def test_is_no_date(text):
    assert parse_date(text, PUBLISHED) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_dotted_day_first_dates_read_back(day):
    text = f"{day.day}.{day.month:02d}.{day.year}"
    assert interval(parse_date(text, None)) == (day, day, "day")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_slashed_dates_with_a_day_above_twelve_read_day_first(day):
    text = f"{day.day}/{day.month}/{day.year}"
    expected = day if day.day > 12 else date(day.year, day.day, day.month)
    assert interval(parse_date(text, None)) == (expected, expected, "day")


@given(st.integers(1, 500), st.dates(min_value=date(1900, 1, 1)))
def test_hours_back_end_on_publication_and_cover_whole_days(hours, published):
    value = parse_date(f"the past {hours} hours", published)
    assert value.end == published
    assert timedelta(hours=hours) <= (value.end - value.start) + timedelta(days=1)
    assert value.end - value.start <= timedelta(hours=hours) + timedelta(days=1)


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        (
            "Gunmen attacked a police post in Zenda on 17.03.2014.",
            "17.03.2014",
            (D(2014, 3, 17), D(2014, 3, 17)),
        ),
        (
            "Gunmen attacked a police post in Zenda in the third week of April 2014.",
            "the third week of April 2014",
            (D(2014, 4, 15), D(2014, 4, 21)),
        ),
        (
            "Twelve people were killed in Zenda in the past 48 hours, officials said.",
            "the past 48 hours",
            (D(2015, 6, 13), D(2015, 6, 15)),
        ),
        # the model tags one end only, or takes "Between" into the first end
        (
            "From early 2014 to late 2015 the ZLF raided villages around Zenda.",
            "From early 2014 to late 2015",
            (D(2014, 1, 1), D(2015, 12, 31)),
        ),
        (
            "Between late March and mid-May 2014 the ZLF raided villages around Zenda.",
            "Between late March and mid-May 2014",
            (D(2014, 3, 1), D(2014, 5, 31)),
        ),
        (
            "The ZLF raided villages around Strelsau between late 2009 and early 2011.",
            "between late 2009 and early 2011",
            (D(2009, 9, 1), D(2011, 4, 30)),
        ),
        (
            "Version 1.2.3 of the report names no date.",
            None,
            None,
        ),
    ],
)
def test_find_dates_finds_the_form_in_a_sentence(resources, sentence, words, expected):
    found = find_dates(next(resources.nlp(sentence).sents), PUBLISHED)
    if words is None:
        assert found == []
        return
    assert [(v.text, (v.start, v.end)) for v, _, _ in found] == [(words, expected)]


def test_a_yearless_first_end_takes_the_last_ends_year():
    value = parse_date("late March to mid-May 2014", PUBLISHED)
    assert interval(value) == (D(2014, 3, 1), D(2014, 5, 31), "range")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014/15", (D(2014, 1, 1), D(2015, 12, 31), "range")),
        ("in 2014/2015", (D(2014, 1, 1), D(2015, 12, 31), "range")),
        ("between early and mid-2014", (D(2014, 1, 1), D(2014, 8, 31), "range")),
    ],
)
def test_split_years_and_a_bare_first_part(text, expected):
    value = parse_date(text, PUBLISHED)
    assert (interval(value) if value else None) == expected


def test_a_split_year_is_two_following_years_only():
    assert parse_date("2014/05", PUBLISHED) is None  # a year and a month, as in a web address


def test_a_split_year_is_found_in_a_sentence(resources):
    sentence = "The ZLF raided villages around Zenda in 2014/15."
    found = find_dates(next(resources.nlp(sentence).sents), PUBLISHED)
    assert [(v.text, (v.start, v.end)) for v, _, _ in found] == [
        ("2014/15", (D(2014, 1, 1), D(2015, 12, 31)))
    ]


def test_a_date_with_onwards_after_it_is_open_ended_as_since(resources):
    sentence = "From 2012 onwards the ZLF raided villages around Zenda."
    assert find_dates(next(resources.nlp(sentence).sents), PUBLISHED) == []


def test_a_date_after_by_is_a_deadline_open_at_its_start(resources):
    sentence = "By August 2011, the ZLF had taken all of Zenda."
    ((value, _, _),) = find_dates(next(resources.nlp(sentence).sents), PUBLISHED)
    assert (value.start, value.end, value.open_start) == (D(2011, 8, 1), D(2011, 8, 31), True)
    sentence = "In August 2011 the ZLF took Zenda."
    ((value, _, _),) = find_dates(next(resources.nlp(sentence).sents), PUBLISHED)
    assert not value.open_start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from late December to early January 2014", (D(2013, 12, 1), D(2014, 1, 31))),
        ("between December and February 2014", (D(2013, 12, 1), D(2014, 2, 28))),
    ],
)
def test_months_across_a_years_turn_with_the_year_named_once(text, expected):
    value = parse_date(text, PUBLISHED)
    assert interval(value) == (*expected, "range")
