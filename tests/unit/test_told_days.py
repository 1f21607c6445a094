"""A deed dated only by the day it was told takes the day a later sentence gives a deed of its
kind in the week before (flows/resolve/told_days.py)."""

from __future__ import annotations

from datetime import date

from flows.extract.dates.intervals import DateValue
from flows.resolve.merged_fields import merged_date
from flows.resolve.resolved_mention import ResolvedMention
from flows.resolve.told_days import deed_days as told
from flows.resolve.told_days import running_days


def _day(d: int, text: str) -> DateValue:
    return DateValue(date(2018, 11, d), date(2018, 11, d), "day", text)


def deed_days(groups: list[list[ResolvedMention]]) -> dict[int, DateValue]:
    return told(groups, [merged_date(g) for g in groups])


def _mention(
    start: int, quote: str, when: DateValue, etype: str = "attack", running: bool = False
) -> ResolvedMention:
    return ResolvedMention(
        doc_id="strelsau-wire",
        event_type=etype,
        trigger="killed",
        raw_start=start,
        raw_end=start + len(quote),
        quote=quote,
        citation=None,
        certainty="asserted",
        date=when,
        place=None,
        killed=None,
        injured=None,
        hostages=None,
        running=running,
    )


LEAD = "The Ruritanian army said on Saturday that five soldiers were killed near Zenda."
LATER = "The ZLF attacked the soldiers near Zenda on Friday, Rupert of Hentzau told reporters."


def test_told_day_takes_the_later_told_deeds_day():
    """The deed's day and the words that gave it: "Friday", not the telling's "Saturday"."""
    groups = [[_mention(0, LEAD, _day(17, "Saturday"))], [_mention(100, LATER, _day(16, "Friday"))]]
    assert deed_days(groups) == {0: _day(16, "Friday")}


def test_deeds_own_day_kept():
    own = "Five soldiers were killed near Zenda on Saturday, the army said."
    groups = [[_mention(0, own, _day(17, "Saturday"))], [_mention(100, LATER, _day(16, "Friday"))]]
    assert deed_days(groups) == {}


def test_another_kind_or_an_earlier_told_day_kept():
    later = [_mention(100, LATER, _day(16, "Friday"), etype="release")]
    assert deed_days([[_mention(0, LEAD, _day(17, "Saturday"))], later]) == {}
    earlier = [_mention(0, LATER, _day(16, "Friday"))]
    assert deed_days([earlier, [_mention(100, LEAD, _day(17, "Saturday"))]]) == {}


AMBUSH = "ZLF gunmen ambushed a Ruritanian patrol near Zenda on Friday, killing five soldiers."
SEARCH = "A search operation by Ruritanian troops continues near Zenda, the army said on Sunday."
DONE = "Ruritanian troops swept the hills near Zenda, the army said on Sunday."


def _told(quote: str, etype: str, running: bool) -> list[list[ResolvedMention]]:
    return [
        [_mention(0, AMBUSH, _day(16, "Friday"))],
        [_mention(100, quote, _day(18, "Sunday"), etype=etype, running=running)],
    ]


def test_running_operation_spans_from_the_deed_it_answers():
    """An operation told on Sunday as still going on: from Friday's ambush to Sunday."""
    groups = _told(SEARCH, "military_operation", True)
    span = DateValue(date(2018, 11, 16), date(2018, 11, 18), "range", "Sunday")
    assert running_days(groups, [merged_date(g) for g in groups]) == {1: span}


def test_finished_operation_or_other_kind_keeps_its_day():
    for quote, etype, running in ((DONE, "military_operation", False), (SEARCH, "attack", True)):
        groups = _told(quote, etype, running)
        assert running_days(groups, [merged_date(g) for g in groups]) == {}
