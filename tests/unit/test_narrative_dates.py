"""Story-relative dates ("the following month", "three days later") read against the narrative's
reference time, and carried by the document extractor."""

from datetime import date

import pytest

from flows.extract.dates.intervals import DateValue
from flows.extract.dates.narrative import narrative_date, sentence_date, told_after
from flows.extract.dates.story_months import story_months

DAY = DateValue(date(2019, 3, 14), date(2019, 3, 14), "day", "14 March 2019")
MONTH = DateValue(date(2012, 1, 1), date(2012, 1, 31), "month", "January 2012")
YEAR = DateValue(date(2006, 1, 1), date(2006, 12, 31), "year", "2006")


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Three days later, six civilians were killed.", DAY, (date(2019, 3, 17), "day")),
        ("The next day militants struck again.", DAY, (date(2019, 3, 15), "day")),
        ("The following month, forces seized Baidoa.", MONTH, (date(2012, 2, 1), "month")),
        ("Later that month the army withdrew.", DAY, (date(2019, 3, 1), "month")),
        ("That same year the group split.", MONTH, (date(2012, 1, 1), "year")),
        ("The previous year it had formed.", YEAR, (date(2005, 1, 1), "year")),
    ],
)
def test_a_story_relative_phrase_moves_from_the_reference_time(text, reference, expected):
    found = narrative_date(text, reference)
    assert (found.start, found.precision) == expected


SPAN = DateValue(date(2019, 3, 15), date(2019, 3, 20), "range", "less than a week later")


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # an upper bound on the gap: the days after the reference, short of the bound
        ("Less than a week later, gunmen shot six villagers.", DAY, SPAN),
        # a span moved by a count of days stays a span of the same length
        ("Three days later, six civilians were killed.", SPAN, (18, 23)),
    ],
)
def test_a_bounded_gap_or_a_moved_span_gives_a_span(text, reference, expected):
    found = narrative_date(text, reference)
    days = (SPAN.start.day, SPAN.end.day) if expected is SPAN else expected
    assert (found.start.day, found.end.day, found.precision) == (*days, "range")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("The following month, forces seized Baidoa.", SPAN),  # a span moves by days only
        ("The next day militants struck again.", YEAR),  # a year cannot place a day
        ("Militants struck again.", DAY),
        ("The next day militants struck again.", None),
    ],
)
def test_without_a_fine_enough_reference_or_phrase_there_is_no_date(text, reference):
    assert narrative_date(text, reference) is None


def test_the_extractor_carries_the_moved_time_to_an_undated_event(document_events):
    events = document_events(
        [
            "In January 2012 militants bombed the market in Baidoa. The following month a blast "
            "killed 20 people in Baidoa."
        ],
    )
    blast = next(e for e in events if e.trigger == "blast")
    assert blast.date is None
    assert (blast.narrative_date.start, blast.narrative_date.text) == (
        date(2012, 2, 1),
        "The following month",
    )


def test_a_news_story_s_undated_deed_keeps_the_story_s_date_however_far_back(document_events):
    events = document_events(
        [
            "On Tuesday a suicide bomber struck the main gate of the airport in Kabul.",
            "Officials gave no toll for the blast.",
            "Thousands of people had gathered near the gate.",
            "Gunmen then opened fire on the crowd outside the gate, killing 13 people.",
            "Officials later opened an investigation into the security failure in Kabul.",
        ],
    )
    shooting = next(e for e in events if e.trigger == "opened")
    inquiry = next(e for e in events if e.trigger == "investigation")
    assert shooting.date is None and shooting.narrative_date.start == date(2016, 6, 14)
    assert inquiry.narrative_date is None  # not a violent deed: two paragraphs at most


def test_a_news_story_s_deed_told_before_any_day_takes_the_first_day_named(document_events):
    events = document_events(
        [
            "Gunmen killed 12 villagers in Zamfara state, police said.",
            "The attack on the village of Kadisau happened on Sunday night, residents said.",
        ],
    )
    killing = next(e for e in events if e.trigger == "killed")
    assert killing.date is None and killing.narrative_date.start == date(2016, 6, 12)
    undated = document_events(
        ["Gunmen killed 12 villagers in Zamfara state, police said."], published=None
    )
    assert undated[0].narrative_date is None  # no day told, nothing to take


def test_an_event_the_sentence_s_only_date_misses_takes_it_not_the_story_s(document_events):
    events = document_events(
        [
            "In the middle of 2005, AQI bombed three hotels in Amman.",
            "AQI representatives and five other organizations rebranded AQI to form the "
            "Mujahideen Shura Council in January 2006.",
        ],
        published=None,
    )
    rebranding = next(e for e in events if e.trigger == "rebranded")
    assert rebranding.date is None  # the date is in the phrase of "form", another event's
    assert rebranding.narrative_date.start == date(2006, 1, 1)


def test_an_event_takes_the_date_its_sentence_reached_before_it():
    mar = DateValue(date(2000, 3, 2), date(2000, 3, 2), "day", "2 March")
    apr = DateValue(date(2000, 4, 19), date(2000, 4, 19), "day", "19 April")
    unknown = DateValue(None, None, "unknown", "In December")
    # "On 2 March a rocket was found, and on 19 April four men were detained"
    dates = [(mar, 3, 10), (apr, 38, 46)]
    assert sentence_date(dates, at=61) is apr  # "detained", after both
    assert sentence_date(dates, at=24) is mar  # "found", between them
    assert sentence_date(dates, at=0) is mar  # before any: the first the sentence names
    assert sentence_date([(unknown, 3, 10)], at=24) is None


def test_the_sentence_date_is_narrowed_by_a_date_it_names_inside_it():
    decade = DateValue(date(1990, 1, 1), date(1999, 12, 31), "decade", "the 1990s")
    year = DateValue(date(1994, 1, 1), date(1994, 12, 31), "year", "1994")
    other = DateValue(date(2004, 1, 1), date(2004, 12, 31), "year", "2004")
    # "In the 1990s the front, banned in 1994, staged attacks": the deed after both, or
    # between them, is told as of 1994
    assert sentence_date([(decade, 3, 12), (year, 28, 32)], at=50) is year
    assert sentence_date([(decade, 3, 12), (year, 28, 32)], at=20) is year
    # a year outside the decade does not narrow it
    assert sentence_date([(decade, 3, 12), (other, 28, 32)], at=20) is decade


def test_a_date_after_another_deed_s_trigger_is_that_deed_s():
    jul = DateValue(date(1998, 7, 3), date(1998, 7, 3), "day", "3 July")
    # "The faction also carried out raids in Dungannon, and a second attack in Armagh on
    # 3 July injured 12": "raids" (at 29) does not take the second attack's (at 62) day
    dates = [(jul, 82, 88)]
    assert sentence_date(dates, at=29, triggers=(62,)) is None
    assert sentence_date(dates, at=62, triggers=(29,)) is jul
    assert sentence_date(dates, at=29) is jul  # no other deed between: the sentence's date


def test_a_date_before_another_deed_s_trigger_is_that_deed_s():
    jan = DateValue(date(2013, 1, 16), date(2013, 1, 16), "day", "16 January 2013")
    # "On 16 January 2013 militants seized In Amenas, and an offensive against AQIM
    # followed": "seized" (at 35) stands between the date (at 3) and "offensive" (at 58)
    dates = [(jan, 3, 18)]
    assert sentence_date(dates, at=58, triggers=(35,)) is None
    assert sentence_date(dates, at=35, triggers=(58,)) is jan
    assert sentence_date(dates, at=58) is jan


def test_verbs_joined_by_and_share_the_date_their_sentence_ends_on(document_events):
    # "broke apart" takes the 2004 of "renamed", the verb conjoined with it
    events = document_events(
        [
            "Partly to shed the stigma it had gained, the movement broke apart"
            " and its main wing renamed itself the Dawn Front in 2004."
        ],
        published=None,
    )
    split = next(e for e in events if e.event_type == "group_split")
    assert (split.date or split.narrative_date).start == date(2004, 1, 1)


def test_a_year_that_only_bounds_another_time_does_not_date_the_next_deed(document_events):
    events = document_events(
        [
            "On 4 June 2012 the Continuity IRA claimed responsibility for the fatal shooting "
            "of a prison officer in Dungannon, the first prison fatality in the county "
            "since 2003.",
            "Gunmen opened fire on the police station in Dungannon, killing two officers.",
        ],
        published=None,
    )
    killing = next(e for e in events if e.trigger == "opened")
    assert killing.date is None
    assert killing.narrative_date.start == date(2012, 6, 4)  # not 2003


def test_a_text_published_in_a_known_month_tells_its_bare_months_in_that_year(source_events):
    # known only to the month, the publication anchors no day, but its year is the story's
    # until the text names another
    text = "In March, gunmen attacked the town of Zenda, killing more than 40 people.\n"
    events = source_events(text, date(2007, 3, 1), "month")
    dated = {ev.date.start for ev in events if ev.date and ev.date.start}
    assert dated == {date(2007, 3, 1)}


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("In the following weeks the ZLF took control of Zenda.", True),
        ("Over the next few months the front held Strelsau.", True),
        ("The two groups have since allied.", True),
        ("After the raid on Zenda, the ZLF burned the barracks.", True),
        ("Following the raid, the army arrested three men.", True),
        # one unit moves the story; a deed after a raid or a year is told at a time
        ("The following week the ZLF took control of Zenda.", False),
        ("The ZLF killed two guards after the raid.", False),
        ("After 2009 the ZLF grew.", False),
    ],
)
def test_a_deed_told_as_coming_after_the_story_s_time_is_recognised(text, after):
    assert told_after(text) is after


def test_a_deed_told_after_the_story_s_time_is_dated_from_it_on(document_events):
    events = document_events(
        [
            "In April 2016 the ZLF attacked the garrison in Strelsau. In the following weeks "
            "the ZLF took control of Zenda.",
            "In June 2018 the ZLF bombed a market in Strelsau. The ZLF attacked a post in Zenda.",
        ],
    )
    took = next(e for e in events if e.trigger == "took")
    assert took.date is None
    assert (took.narrative_date.start, took.narrative_date.open_end) == (date(2016, 4, 1), True)
    post = next(e for e in events if e.trigger == "attacked" and e.narrative_date)
    assert (post.narrative_date.start, post.narrative_date.open_end) == (date(2018, 6, 1), False)


def test_a_chronicle_s_deed_after_a_month_lies_between_it_and_the_next_date(document_events):
    paragraphs = [
        "In March 2012 the ZLF seized Zenda. The militants then shelled Strelsau. In June 2014 "
        "the army retook Zenda."
    ]
    shelled = next(e for e in document_events(paragraphs, published=None) if e.trigger == "shelled")
    told = shelled.narrative_date
    assert (told.start, told.end, told.precision) == (date(2012, 3, 1), date(2014, 6, 30), "range")
    # a news story's deed keeps the story's month
    news = next(e for e in document_events(paragraphs) if e.trigger == "shelled")
    assert (news.narrative_date.start, news.narrative_date.end) == (
        date(2012, 3, 1),
        date(2012, 3, 31),
    )


def test_a_chronicle_s_deed_with_no_later_date_next_is_open_from_the_month(document_events):
    paragraphs = [
        "In March 2012 the ZLF seized Zenda. The militants then shelled Strelsau.",
        "In 2014 the army retook Zenda.",
    ]
    shelled = next(e for e in document_events(paragraphs, published=None) if e.trigger == "shelled")
    told = shelled.narrative_date
    assert (told.start, told.open_end) == (date(2012, 3, 1), True)


def test_a_deed_told_later_than_a_coarse_story_time_is_open_from_it(document_events):
    events = document_events(
        [
            "In 2012 the ZLF seized Zenda. The council later arrested Rupert of Hentzau.",
            "On 3 May 2013 the ZLF bombed a bridge in Strelsau. The ZLF later attacked a post "
            "in Zenda.",
        ],
    )
    arrest = next(e for e in events if e.trigger == "arrested")
    assert (arrest.narrative_date.start, arrest.narrative_date.open_end) == (date(2012, 1, 1), True)
    post = next(e for e in events if e.trigger == "attacked")  # a day's "later" stays that day
    assert (post.narrative_date.start, post.narrative_date.open_end) == (date(2013, 5, 3), False)


SEPTEMBER = DateValue(date(1991, 9, 1), date(1991, 9, 30), "month", "September 1991")


@pytest.mark.parametrize(
    ("text", "month", "expected"),
    [
        # "following"/"next": the first such month after the story's time, a year on
        ("The following February, it killed Rupert.", 2, date(1992, 2, 1)),
        ("The next October the ZLF struck again.", 10, date(1991, 10, 1)),
        # "previous": the last one before it
        ("The previous December, it had bombed Zenda.", 12, date(1990, 12, 1)),
    ],
)
def test_a_month_told_against_the_story_s_time_takes_the_year_that_puts_it_there(
    text, month, expected
):
    name = date(2000, month, 1).strftime("%B")
    start = text.index(name)
    bare = DateValue(date(1991, month, 1), date(1991, month, 28), "month", name)
    [(moved, _, _)] = story_months([(bare, start, start + len(name))], text, SEPTEMBER)
    assert moved.start == expected


def test_a_month_with_no_story_anchor_keeps_its_year():
    text = "In February, it killed Rupert."
    bare = DateValue(date(1991, 2, 1), date(1991, 2, 28), "month", "February")
    assert story_months([(bare, 3, 11)], text, SEPTEMBER) == [(bare, 3, 11)]
