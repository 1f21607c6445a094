"""Story-relative dates ("the following month", "three days later") read against the narrative's
reference time, and carried by the document extractor."""

from datetime import date

import pytest

from flows.extract.dates import DateValue
from flows.extract.narrative_dates import narrative_date, sentence_date

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


@pytest.mark.parametrize(
    ("text", "reference"),
    [
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
    shooting = next(e for e in events if e.trigger == "killing")
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
    feb = DateValue(date(2000, 2, 29), date(2000, 2, 29), "day", "29 February")
    mar = DateValue(date(2000, 3, 15), date(2000, 3, 15), "day", "15 March")
    unknown = DateValue(None, None, "unknown", "In December")
    # "On 29 February a launcher was found, and on 15 March three men were arrested"
    dates = [(feb, 3, 14), (mar, 46, 54)]
    assert sentence_date(dates, at=68) is mar  # "arrested", after both
    assert sentence_date(dates, at=30) is feb  # "found", between them
    assert sentence_date(dates, at=0) is feb  # before any: the first the sentence names
    assert sentence_date([(unknown, 3, 14)], at=30) is None


def test_a_date_after_another_deed_s_trigger_is_that_deed_s():
    aug = DateValue(date(1998, 8, 1), date(1998, 8, 1), "day", "1 August")
    # "The RIRA also carried out attacks in Newry, and a second attack in Banbridge on
    # 1 August injured 35": "attacks" (at 28) does not take the second attack's (at 67) day
    dates = [(aug, 82, 90)]
    assert sentence_date(dates, at=28, triggers=(67,)) is None
    assert sentence_date(dates, at=67, triggers=(28,)) is aug
    assert sentence_date(dates, at=28) is aug  # no other deed between: the sentence's date


def test_a_date_before_another_deed_s_trigger_is_that_deed_s():
    jan = DateValue(date(2013, 1, 16), date(2013, 1, 16), "day", "16 January 2013")
    # "On 16 January 2013 militants seized In Amenas, and an offensive against AQIM
    # followed": "seized" (at 35) stands between the date (at 3) and "offensive" (at 58)
    dates = [(jan, 3, 18)]
    assert sentence_date(dates, at=58, triggers=(35,)) is None
    assert sentence_date(dates, at=35, triggers=(58,)) is jan
    assert sentence_date(dates, at=58) is jan


def test_verbs_joined_by_and_share_the_date_their_sentence_ends_on(document_events):
    # "broke apart" takes the 1998 of "rebranded", the verb conjoined with it
    events = document_events(
        [
            "In large part to escape from the pall that had grown over it, the GIA broke apart"
            " and the primary branch rebranded itself as the GSPC in 1998."
        ],
        published=None,
    )
    split = next(e for e in events if e.event_type == "group_split")
    assert (split.date or split.narrative_date).start == date(1998, 1, 1)


def test_a_year_that_only_bounds_another_time_does_not_date_the_next_deed(document_events):
    events = document_events(
        [
            "On 10 March 2009 the Continuity IRA claimed responsibility for the fatal shooting "
            "of a police officer in Craigavon, the first police fatality in Northern Ireland "
            "since 1998.",
            "Gunmen opened fire on the police station in Craigavon, killing two officers.",
        ],
        published=None,
    )
    killing = next(e for e in events if e.trigger == "killing")
    assert killing.date is None
    assert killing.narrative_date.start == date(2009, 3, 10)  # not 1998
