"""Dates: every form the reports use, the conventions for relative dates, and find_dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.extract.dates.intervals import parse_date
from flows.extract.dates.rules import load_date_rules
from flows.extract.dates.sentence_dates import find_dates
from flows.extract.event_scope import latest_year
from flows.extract.nlp.pipeline import load_model

from .conftest import interval

# A Monday, the date in the URL of the Foreign Policy article.
PUBLISHED = date(2015, 6, 15)
D = date


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 11, 2007", (D(2007, 4, 11), D(2007, 4, 11), "day")),
        ("on September 9, 2011", (D(2011, 9, 9), D(2011, 9, 9), "day")),
        ("12 March 2013", (D(2013, 3, 12), D(2013, 3, 12), "day")),
        ("Sept. 9, 2011", (D(2011, 9, 9), D(2011, 9, 9), "day")),
        ("the 11th of April, 2007", (D(2007, 4, 11), D(2007, 4, 11), "day")),
        ("Tuesday, June 16, 2015", (D(2015, 6, 16), D(2015, 6, 16), "day")),
        ("2013-01-16", (D(2013, 1, 16), D(2013, 1, 16), "day")),
        ("January 2013", (D(2013, 1, 1), D(2013, 1, 31), "month")),
        ("the February 2013", (D(2013, 2, 1), D(2013, 2, 28), "month")),
        ("2013", (D(2013, 1, 1), D(2013, 12, 31), "year")),
        ("in 2003", (D(2003, 1, 1), D(2003, 12, 31), "year")),
        ("the 1990s", (D(1990, 1, 1), D(1999, 12, 31), "decade")),
        ("the 2000s", (D(2000, 1, 1), D(2009, 12, 31), "decade")),
        (
            "in the late 1990s",
            (D(1996, 1, 1), D(1999, 12, 31), "decade"),
        ),  # the codebook's 1996..1999
        ("the early 1990s", (D(1990, 1, 1), D(1993, 12, 31), "decade")),
        ("mid-1990s", (D(1994, 1, 1), D(1996, 12, 31), "decade")),
        ("By the mid-1990s", (D(1994, 1, 1), D(1996, 12, 31), "decade")),
        ("early 2013", (D(2013, 1, 1), D(2013, 4, 30), "year")),
        ("in the summer of 2013", (D(2013, 6, 1), D(2013, 8, 31), "year")),
        ("winter 2013", (D(2012, 12, 1), D(2013, 2, 28), "year")),
        # "the end of" a year is late in it, as the annotators read it (09..12)
        ("by the end of 2012", (D(2012, 9, 1), D(2012, 12, 31), "year")),
        # a part of a month has a month's precision: the whole month, as the codebook has it
        ("mid-March 2013", (D(2013, 3, 1), D(2013, 3, 31), "month")),
        ("between 2008–12", (D(2008, 1, 1), D(2012, 12, 31), "range")),
        ("In 2005 and 2006", (D(2005, 1, 1), D(2006, 12, 31), "range")),
        ("2008-2012", (D(2008, 1, 1), D(2012, 12, 31), "range")),
        ("the 1980s and 1990s", (D(1980, 1, 1), D(1999, 12, 31), "range")),
        ("Christmas Day 2009", (D(2009, 12, 25), D(2009, 12, 25), "day")),
        ("9/11", (D(2001, 9, 11), D(2001, 9, 11), "day")),
        ("from 21 to 24 September 2013", (D(2013, 9, 21), D(2013, 9, 24), "range")),
        ("7–12 January 2007", (D(2007, 1, 7), D(2007, 1, 12), "range")),
        ("September 21-24, 2013", (D(2013, 9, 21), D(2013, 9, 24), "range")),
        ("from 12 June to 3 July 2016", (D(2016, 6, 12), D(2016, 7, 3), "range")),
        ("between March and May 2014", (D(2014, 3, 1), D(2014, 5, 31), "range")),
        ("March 2014 to May 2015", (D(2014, 3, 1), D(2015, 5, 31), "range")),
        ("30 to 31 February 2014", None),  # no such days
        # ends told to different precisions: from the first's start to the last's end
        ("March 1972 to 1974", (D(1972, 3, 1), D(1974, 12, 31), "range")),
        ("between 2009 and March 2011", (D(2009, 1, 1), D(2011, 3, 31), "range")),
        ("from 1998 to 12 March 2000", (D(1998, 1, 1), D(2000, 3, 12), "range")),
        ("May 2014 through 2016", (D(2014, 5, 1), D(2016, 12, 31), "range")),
        ("March 2011 to 2009", None),  # ends the wrong way round
    ],
)
def test_absolute_dates_read_to_their_interval(text, expected):
    assert interval(parse_date(text, PUBLISHED)) == expected


def test_us_numeric_date_is_month_day_year_with_a_two_digit_year():
    assert interval(parse_date("9/11/12", None)) == (D(2012, 9, 11), D(2012, 9, 11), "day")


def test_two_digit_year_never_lands_after_publication():
    assert parse_date("9/11/98", date(2013, 9, 5)).start == D(1998, 9, 11)


@pytest.mark.parametrize("text", ["1267", "1549", "1500"])
def test_a_bare_number_before_1800_is_no_year(text):
    # "Resolution 1267", "Flight 1549": the model tags such numbers as dates
    assert parse_date(text, PUBLISHED) is None


def test_a_bare_modern_year_is_a_year():
    assert interval(parse_date("1998", PUBLISHED)) == (D(1998, 1, 1), D(1998, 12, 31), "year")


def test_impossible_day_is_not_a_date():
    assert parse_date("2/30/12", PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday nearest before publication, or the day right after it (web dates lag)
        ("Tuesday", (D(2015, 6, 16), D(2015, 6, 16), "day")),
        ("On Monday", (D(2015, 6, 15), D(2015, 6, 15), "day")),
        ("Wednesday", (D(2015, 6, 10), D(2015, 6, 10), "day")),
        ("Sunday night", (D(2015, 6, 14), D(2015, 6, 14), "day")),
        ("last Tuesday", (D(2015, 6, 9), D(2015, 6, 9), "day")),
        ("late last week", (D(2015, 6, 11), D(2015, 6, 14), "week")),
        ("last week", (D(2015, 6, 8), D(2015, 6, 14), "week")),
        ("the past week", (D(2015, 6, 9), D(2015, 6, 15), "week")),
        ("the weekend", (D(2015, 6, 13), D(2015, 6, 14), "week")),
        ("this weekend", (D(2015, 6, 13), D(2015, 6, 14), "week")),
        ("the weekend’s", (D(2015, 6, 13), D(2015, 6, 14), "week")),
        ("a weekend", (D(2015, 6, 13), D(2015, 6, 14), "week")),
        ("yesterday", (D(2015, 6, 14), D(2015, 6, 14), "day")),
        ("the day before yesterday", (D(2015, 6, 13), D(2015, 6, 13), "day")),
        ("today", (D(2015, 6, 15), D(2015, 6, 15), "day")),
        ("last month", (D(2015, 5, 1), D(2015, 5, 31), "month")),
        ("last year", (D(2014, 1, 1), D(2014, 12, 31), "year")),
        ("this year", (D(2015, 1, 1), D(2015, 12, 31), "year")),
        ("earlier this year", (D(2015, 1, 1), D(2015, 6, 15), "year")),
        ("three days ago", (D(2015, 6, 12), D(2015, 6, 12), "day")),
        ("a year ago", (D(2014, 1, 1), D(2014, 12, 31), "year")),
        ("the last five years", (D(2010, 6, 16), D(2015, 6, 15), "range")),
    ],
)
def test_relative_dates_resolve_against_publication(text, expected):
    assert interval(parse_date(text, PUBLISHED)) == expected


def test_weekend_read_on_a_saturday_is_that_weekend():
    saturday = date(2015, 6, 20)
    assert interval(parse_date("the weekend", saturday)) == (saturday, D(2015, 6, 21), "week")


def test_relative_date_without_publication_is_unknown_not_guessed():
    value = parse_date("late last week", None)
    assert (value.start, value.end, value.precision) == (None, None, "unknown")


@pytest.mark.parametrize("text", ["In December", "By March", "end of January", "January 16"])
def test_month_without_year_is_unknown_without_context_year(text):
    value = parse_date(text, PUBLISHED)
    assert (value.start, value.end, value.precision) == (None, None, "unknown")


def test_month_without_year_takes_the_context_year():
    assert interval(parse_date("In December", PUBLISHED, context_year=2012)) == (
        D(2012, 12, 1),
        D(2012, 12, 31),
        "month",
    )
    assert interval(parse_date("the end of January", None, 2013)) == (
        D(2013, 1, 1),
        D(2013, 1, 31),
        "month",
    )


@pytest.mark.parametrize(
    "text",
    [
        "five years",
        "for many years",
        "more than a decade",
        "about five years",
        "decades",
        "30 years old",
        "the five-year periods",
        "recent years",
        "Flight 253",
        "We",
        "Prior to 2007",
        "since 2005",
        "the next day",
        "the following week",
    ],
)
def test_durations_open_ends_and_story_relative_words_are_not_dates(text):
    assert parse_date(text, PUBLISHED) is None


def test_text_keeps_the_words_as_written():
    assert parse_date("  in the late 1990s ", None).text == "in the late 1990s"


@given(st.text(max_size=40), st.dates(), st.one_of(st.none(), st.integers(-5000, 5000)))
@settings(max_examples=300, deadline=None)
def test_parse_date_never_raises_and_intervals_are_ordered(text, published, context_year):
    value = parse_date(text, published, context_year)
    if value is not None and value.precision != "unknown":
        assert value.start is not None and value.end is not None
        assert value.start <= value.end
    if value is not None and value.precision == "unknown":
        assert value.start is None and value.end is None


DATE_WORDS = st.sampled_from(
    ["early", "late", "mid-", "the end of", "last", "this", "past", "the", "in", "by", "between"]
)
DATE_CORES = st.one_of(
    st.integers(0, 3000).map(str),
    st.integers(0, 299).map(lambda d: f"{d}0s"),
    st.tuples(st.integers(0, 13), st.integers(0, 32), st.integers(0, 99)).map(
        lambda t: f"{t[0]}/{t[1]}/{t[2]:02d}"
    ),
    st.sampled_from(["January", "March 3,", "Tuesday", "week", "weekend", "year", "Christmas"]),
)


@given(st.lists(st.one_of(DATE_WORDS, DATE_CORES), max_size=4), st.dates())
@settings(max_examples=300, deadline=None)
def test_date_like_phrases_never_raise_and_stay_ordered(words, published):
    value = parse_date(" ".join(words), published, published.year)
    if value is not None and value.precision != "unknown":
        assert value.start <= value.end


def found(nlp, text: str, published: date | None = PUBLISHED, context_year=None):
    doc = nlp(text)
    return [
        (doc.text[start:end], interval(value))
        for value, start, end in find_dates(doc[:], published, context_year)
    ]


def test_find_dates_reads_entities_and_numeric_dates_spacy_misses(nlp):
    text = "The raids in Sirte, Libya, on 4/7/13 killed a local police chief."
    assert found(nlp, text) == [("4/7/13", (D(2013, 4, 7), D(2013, 4, 7), "day"))]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Troops drove the rebels from Dhobley between 3–9 March 2010.",
            "between 3–9 March 2010",
            (D(2010, 3, 3), D(2010, 3, 9), "range"),
        ),
        (
            "Between March and May 2014, troops advanced.",
            "Between March and May 2014",
            (D(2014, 3, 1), D(2014, 5, 31), "range"),
        ),
    ],
)
def test_find_dates_reads_a_span_the_model_splits_as_one_range(nlp, text, words, expected):
    assert found(nlp, text) == [(words, expected)]


def test_find_dates_takes_in_a_modifier_left_outside_the_entity(nlp):
    text = "The group confirmed Tuesday that an American drone strike late last week wounded its deputy."
    assert found(nlp, text) == [
        ("Tuesday", (D(2015, 6, 16), D(2015, 6, 16), "day")),
        ("late last week", (D(2015, 6, 11), D(2015, 6, 14), "week")),
    ]


def test_find_dates_sees_the_weekend_in_a_noun_phrase(nlp):
    text = "Her arrest in a weekend raid in Mali, if confirmed, is a setback for the group."
    assert [date_text for date_text, _ in found(nlp, text)] == ["a weekend"]


def test_find_dates_skips_durations(nlp):
    text = "Tessim had been a senior commander for many years, but in 2016 he left the group."
    assert found(nlp, text) == [("2016", (D(2016, 1, 1), D(2016, 12, 31), "year"))]


def test_find_dates_leaves_footnote_markers_out_of_the_offsets(nlp):
    text = "(This faction raided the Zawiya oil refinery in March 2014.)²³"
    assert found(nlp, text) == [("March 2014", (D(2014, 3, 1), D(2014, 3, 31), "month"))]


def test_find_dates_reads_a_year_part_whose_year_a_note_number_is_glued_to(nlp):
    # the model sees "1987.46" as a number; the pull-out is early 1987, not May 1989
    text = (
        "The envoys agreed to pull the brigade out in early 1987.46 In May 1989, a mine went off."
    )
    assert [w for w, _ in found(nlp, text)] == ["early 1987", "May 1989"]
    assert found(nlp, text)[0][1] == (D(1987, 1, 1), D(1987, 4, 30), "year")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Early in 2015, militants attacked the town.", "Early in 2015", (1, 4)),
        ("Militants attacked the town late in 2015.", "late in 2015", (9, 12)),
        ("In the final months of 2015, militants seized the town.", "final months", (9, 12)),
        ("Militants seized the town in the early months of 2015.", "early months", (1, 4)),
        ("During the latter half of 2015, militants seized the town.", "latter half", (7, 12)),
    ],
)
def test_find_dates_reads_a_part_of_a_year_told_with_in_or_its_months(nlp, text, words, expected):
    # not the bare year after the part words
    ((date_text, (start, end, precision)),) = found(nlp, text)
    assert words in date_text
    assert (start.month, end.month, precision) == (*expected, "year")


def test_find_dates_reads_a_year_range_tagged_cardinal(nlp):
    text = (
        "One survey suggested that smuggling profits between 2009–14 were as high as $40 million."
    )
    assert [date_text for date_text, _ in found(nlp, text)] == ["between 2009–14"]


def test_find_dates_does_not_take_a_head_count_for_a_year(nlp):
    assert found(nlp, "Some 1900 fighters crossed the border.") == []


def test_find_dates_offsets_point_into_the_doc(nlp):
    doc = nlp("Intro sentence here. In early 2015, France opened a base in Chad.")
    sent = list(doc.sents)[1]
    (value, start, end), *_ = find_dates(sent, PUBLISHED)
    assert doc.text[start:end].endswith("early 2015")
    assert value.precision == "year"


def test_a_dictionary_missing_an_entry_names_the_file(tmp_path):
    broken = tmp_path / "dates.yaml"
    broken.write_text("version: x\ndecade_parts: {}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dates.yaml: missing or malformed entry 'year_parts'"):
        load_date_rules(broken)


@pytest.mark.parametrize(
    ("text", "ent", "expected"),
    [
        ("He died on 16 October 2017 in Marawi.", (3, 5), date(2017, 10, 16)),
        ("He died on June 7, 2006 near Baqubah.", (3, 5), date(2006, 6, 7)),
    ],
)
def test_a_year_the_model_left_out_of_a_date_is_taken_in(nlp, text, ent, expected):
    from spacy.tokens import Span

    doc = nlp(text)
    doc.ents = [Span(doc, *ent, label="DATE")]
    (value, _, _), *_ = find_dates(doc[:], None, 1999)
    assert (value.start, value.precision) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("6 April", date(1998, 4, 6)), ("15th of March", date(1998, 3, 15))],
)
def test_day_first_dates_take_the_context_year(text, expected):
    assert parse_date(text, None, 1998).start == expected


def test_a_clock_time_is_not_a_year(nlp):
    doc = nlp("The blast came at 8.30 p.m. (2030 GMT) on Friday.")
    assert all(v.start is None or v.start.year != 2030 for v, _, _ in find_dates(doc[:], None))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the codebook's "late on Friday": a time of day before the day does not change it
        ("late on Friday", (D(2015, 6, 12), D(2015, 6, 12), "day")),
        ("in the early hours of Sunday", (D(2015, 6, 14), D(2015, 6, 14), "day")),
        ("on the night of Saturday", (D(2015, 6, 13), D(2015, 6, 13), "day")),
        ("the morning of June 3", (D(2015, 6, 3), D(2015, 6, 3), "day")),
        # "last night" is yesterday (dates.yaml lists it; "night" must not be cut off first)
        ("last night", (D(2015, 6, 14), D(2015, 6, 14), "day")),
        # a weekday before a day and month adds nothing
        ("Friday 12 June", (D(2015, 6, 12), D(2015, 6, 12), "day")),
    ],
)
def test_wire_copy_times_of_day_keep_their_day(text, expected):
    assert interval(parse_date(text, PUBLISHED, 2015)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copy of 14 February 2018: a month or day after that, named without a year, is the
        # last one before publication; with its year, or already past, it stays
        ("in December", (D(2017, 12, 1), D(2017, 12, 31), "month")),
        ("on 3 March", (D(2017, 3, 3), D(2017, 3, 3), "day")),
        ("in early February", (D(2018, 2, 1), D(2018, 2, 28), "month")),
        ("on 9 January", (D(2018, 1, 9), D(2018, 1, 9), "day")),
        ("December 2018", (D(2018, 12, 1), D(2018, 12, 31), "month")),
    ],
)
def test_a_month_without_a_year_is_the_last_one_before_publication(text, expected):
    assert interval(parse_date(text, date(2018, 2, 14), 2018)) == expected


STORY = D(2019, 5, 21)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        # days without a year are in the story's year, before publication
        ("Fighting on 12-13 May killed 14 soldiers.", D(2019, 5, 12), D(2019, 5, 13)),
        ("The siege lasted between 3 and 5 May.", D(2019, 5, 3), D(2019, 5, 5)),
        ("Clashes on 30 and 31 December killed 20.", D(2018, 12, 30), D(2018, 12, 31)),
        # months without a year: the same
        ("Between March and May, the group attacked.", D(2019, 3, 1), D(2019, 5, 31)),
        ("From October to December troops killed 40.", D(2018, 10, 1), D(2018, 12, 31)),
        # two weekdays joined: the span ending on the last of them
        ("Clashes on Saturday and Sunday killed 20.", D(2019, 5, 18), D(2019, 5, 19)),
        ("The fighting lasted from Friday to Sunday.", D(2019, 5, 17), D(2019, 5, 19)),
    ],
)
def test_a_span_of_days_is_one_range(nlp, sentence, first, last):
    (value, _, _), *_ = find_dates(next(nlp(sentence).sents), STORY, STORY.year)
    assert (value.start, value.end, value.precision) == (first, last, "range")


def test_a_span_of_days_with_no_year_to_take_is_unknown(nlp):
    (value, _, _), *_ = find_dates(next(nlp("Fighting on 12-13 May killed 14.").sents), None)
    assert value.precision == "unknown" and value.start is None


def test_an_ordinal_day_the_model_left_out_of_a_date_is_taken_in(nlp):
    (value, _, _), *_ = find_dates(next(nlp("Militants attacked on 3rd May 2019.").sents), None)
    assert (value.start, value.end, value.precision) == (D(2019, 5, 3), D(2019, 5, 3), "day")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a count the model took into the date is not the number of days back
        ("Troops killed 12 two days ago.", D(2019, 5, 19)),
        # a weekday before a month named in words adds nothing
        ("Troops killed 12 on Sunday, May 19.", D(2019, 5, 19)),
    ],
)
def test_a_date_the_model_tagged_with_a_stray_word_is_read_as_the_date(nlp, sentence, day):
    (value, _, _), *_ = find_dates(next(nlp(sentence).sents), STORY, STORY.year)
    assert (value.start, value.end) == (day, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("that year", (D(1997, 1, 1), D(1997, 12, 31), "year")),
        ("in June of the year", (D(1997, 6, 1), D(1997, 6, 30), "month")),
        ("in June of that year", (D(1997, 6, 1), D(1997, 6, 30), "month")),
    ],
)
def test_the_year_the_story_is_in_is_the_context_year(text, expected):
    assert interval(parse_date(text, None, context_year=1997)) == expected
    assert parse_date(text, None).precision == "unknown"  # no year named: none invented


def test_a_part_of_the_first_year_of_a_range_narrows_its_start():
    assert interval(parse_date("in late 1991 or 1992", None)) == (
        D(1991, 9, 1),
        D(1992, 12, 31),
        "range",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the model tags the two years apart, or the two parts of years apart
        (
            "In late 1991 or 1992, talks in Sudan led to an agreement.",
            (D(1991, 9, 1), D(1992, 12, 31)),
        ),
        ("The movement split either in early 2010 or late 2009.", (D(2009, 9, 1), D(2010, 4, 30))),
    ],
)
def test_dates_given_as_alternatives_are_one_range_holding_both(nlp, sentence, expected):
    [(value, _, _)] = find_dates(next(nlp(sentence).sents), None, None)
    assert (value.start, value.end, value.precision) == (*expected, "range")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Between 1 July 2002 and 31 December 2005, ZLF fighters abducted children.",
            (D(2002, 7, 1), D(2005, 12, 31)),
        ),
        (
            "From 3 March 2010 to 9 April 2011, the ZLF held the port of Zenda.",
            (D(2010, 3, 3), D(2011, 4, 9)),
        ),
        (
            "The ZLF abducted children in Strelsau between 1 July 2002 and 31 December 2005.",
            (D(2002, 7, 1), D(2005, 12, 31)),
        ),
    ],
)
def test_two_dates_given_as_the_ends_of_a_span_are_one_range(nlp, sentence, expected):
    [(value, _, _)] = find_dates(next(nlp(sentence).sents), None, None)
    assert (value.start, value.end, value.precision) == (*expected, "range")


def test_two_dates_joined_by_and_without_between_stay_two_days(nlp):
    sentence = "The ZLF bombed Zenda on 3 May 2010 and 5 June 2011."
    found = find_dates(next(nlp(sentence).sents), None, None)
    assert [(v.start, v.precision) for v, _, _ in found] == [
        (D(2010, 5, 3), "day"),
        (D(2011, 6, 5), "day"),
    ]


def test_a_full_date_the_model_tags_as_another_entity_is_read(nlp):
    sentence = "A two-week unilateral ceasefire was declared by the rebels on 4 March 2019."
    doc = nlp(sentence)
    [(value, _, _)] = find_dates(next(doc.sents), None, None)
    assert (value.start, value.precision) == (D(2019, 3, 4), "day")


def test_an_ordinal_week_of_a_month_is_those_seven_days():
    first = parse_date("the first week of April 2015", None)
    assert interval(first) == (D(2015, 4, 1), D(2015, 4, 7), "week")
    second = parse_date("the second week of March", None, context_year=2013)
    assert interval(second) == (D(2013, 3, 8), D(2013, 3, 14), "week")
    last = parse_date("in the last week of February 2016", None)  # a leap year's
    assert (last.start, last.end) == (D(2016, 2, 23), D(2016, 2, 29))


def test_a_weekday_of_a_named_week_is_that_day():
    # PUBLISHED is Monday 15 June 2015: last week ran from 8 to 14 June
    assert interval(parse_date("Friday last week", PUBLISHED)) == (
        D(2015, 6, 12),
        D(2015, 6, 12),
        "day",
    )
    assert interval(parse_date("on Monday last week", PUBLISHED))[0] == D(2015, 6, 8)


def test_a_date_that_took_in_the_count_after_it_is_still_read(nlp):
    # the model tags "19 April four" as one date in "on 19 April four men were detained"
    text = "On 2 March a rocket was found, and on 19 April four men were detained."
    assert ("19 April", (D(2000, 4, 19), D(2000, 4, 19), "day")) in found(nlp, text, None, 2000)


def test_a_year_naming_another_deed_does_not_move_the_story(nlp):
    # "the 2004 ambush" points back; "on 19 April" stays in the year the story reached (2005)
    doc = nlp("A rifle like one taken in the 2004 ambush was found on 19 April. In 2006 it ended.")
    first = next(doc.sents)
    assert latest_year(doc, first.end_char) is None
    assert latest_year(doc, len(doc.text)) == 2006
    # ... but a year opening a date keeps it: the failed 2011 "Christmas bombing"
    doc = nlp('The perpetrator of the failed 2011 "Christmas bombing" was a Ghanaian.')
    assert latest_year(doc, len(doc.text)) == 2011


def test_a_year_told_in_passing_does_not_move_the_story(nlp):
    # a relative clause dates its noun's past; "later stated in 2017" looks ahead
    doc = nlp(
        "On 4 December, a strike killed a leader who had been involved in a plot in Zenda in 2015."
    )
    assert latest_year(doc, len(doc.text)) is None
    doc = nlp("The army later stated in April 2017 that he might still be alive.")
    assert latest_year(doc, len(doc.text)) is None
    doc = nlp("The army stated in April 2017 that he might still be alive.")
    assert latest_year(doc, len(doc.text)) == 2017


def test_a_year_told_from_the_year_of_writing_moves_the_story(nlp):
    # "This year ... In June": June of the year the text was written, not of the last year named
    doc = nlp(
        "They fled from a prison in 2010. This year, they began to look south. In June they struck."
    )
    last = list(doc.sents)[-1]
    assert latest_year(doc, last.end_char, 2011) == 2011
    assert latest_year(doc, last.end_char) == 2010  # the year of writing unknown
    doc = nlp("Last year, they began to look south. In June they struck.")
    assert latest_year(doc, len(doc.text), 2011) == 2010


def test_a_year_that_only_bounds_another_time_does_not_move_the_story(nlp):
    # "since 1998" says when something had not happened: a bare "in June" is not in 1998
    doc = nlp("In 2009 it was the first police fatality since 1998. In June it struck again.")
    first = next(doc.sents)
    assert latest_year(doc, first.end_char) == 2009
    doc = nlp("He remained in prison until 1999. In June he was freed.")
    assert latest_year(doc, len(doc.text)) is None


def test_a_weekday_in_a_name_is_no_date_in_an_undated_text(nlp):
    """'the Palm Sunday Accord' names an accord: in a text with no publication date it is
    no unknown date that would hide the year the sentence gives."""
    sent = next(nlp("Since the Palm Sunday Accord in 1998 the group has fought on.").sents)
    assert [v.text for v, *_ in find_dates(sent, None, None)] == ["1998"]
    sent = next(nlp("Last Friday, gunmen killed five villagers.").sents)
    assert [v.text for v, *_ in find_dates(sent, date(2019, 5, 21), None)] == ["Last Friday"]
    sent = next(nlp("Gunmen killed two police officers in Kabul Friday.").sents)
    assert [v.start for v, *_ in find_dates(sent, date(2019, 5, 21), None)] == [date(2019, 5, 17)]


def test_a_four_digit_count_of_people_is_no_year(nlp):
    """'of the 1800 fighters' counts people: no event of that sentence is dated 1800. A year
    before a plural with no determiner ('In 2015 militants attacked') stays a year."""
    assert found(nlp, "Troops killed 40 of the 1800 fighters who had crossed the river.") == []
    assert found(nlp, "Its 2000 recruits deserted.") == []
    assert [w for w, _ in found(nlp, "In 2015 militants attacked the town.")] == ["2015"]
    assert [w for w, _ in found(nlp, "The 2015 elections were marred by attacks.")] == ["2015"]


def test_a_note_number_glued_to_a_year_leaves_the_year():
    # an HTML note reference read as text: "in April 1996<sup>57</sup>." is "April 1996.57"
    assert interval(parse_date("April 1996.57", None, 1995)) == (
        D(1996, 4, 1),
        D(1996, 4, 30),
        "month",
    )
    assert interval(parse_date("in 2004.12", None)) == (D(2004, 1, 1), D(2004, 12, 31), "year")


@pytest.mark.parametrize(
    "text",
    [
        # a chronology's items: the model reads the day as a number, or takes the day, the
        # dash and the first words for one date it cannot read
        "13 February - A blast outside the town hall of Strelsau killed at least 14 people.",
        "20 January - An IED hidden in a cart exploded at a market in Zenda.",
    ],
)
def test_a_day_and_month_heading_a_line_is_its_date_in_the_context_year(nlp, text):
    doc = nlp(text)
    found = [interval(v) for v, _, _ in find_dates(doc[:], None, 2017)]
    day = D(2017, 2, 13) if text.startswith("13") else D(2017, 1, 20)
    assert found == [(day, day, "day")]


def test_a_chronology_item_s_date_with_the_dash_glued_to_it_is_read(nlp):
    doc = nlp("12 August- A blast near an army post in Zenda killed 15 people.")
    found = [interval(v) for v, _, _ in find_dates(doc[:], None, 2017)]
    assert found == [(D(2017, 8, 12), D(2017, 8, 12), "day")]


def test_a_rolling_window_of_no_units_is_no_date():
    # found by hypothesis: "last 0/0/00 week" read a count of 0 and ended before it started
    assert parse_date("the past 0 weeks", date(2000, 1, 1), 2000) is None
    assert parse_date("last 0/0/00 week", date(2000, 1, 1), 2000) is None
    assert parse_date("the past 3 weeks", date(2000, 1, 22), 2000).start == date(2000, 1, 2)


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ("Gunmen killed four guards in Zenda on Friday, 5 June 2015.", "Friday, 5 June 2015", 5),
        ("Gunmen killed two guards in Strelsau on Wednesday (3 June).", "Wednesday (3 June", 3),
    ],
)
def test_a_weekday_before_the_day_it_names_is_that_day(nlp, text, words, day):
    # read alone, the weekday is the last such day before publication (12 or 10 June)
    dated = found(nlp, text, context_year=2015)
    assert dated == [(words, (D(2015, 6, day), D(2015, 6, day), "day"))]
