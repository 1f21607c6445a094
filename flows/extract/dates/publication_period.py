"""Relative dates in a text whose publication date is known only to the month or the year.

Relative dates are read against a publication day (flows/extract/dates/relative.py); a sidecar
that gives only "2011-06" or "2011" leaves them unknown. Some need no day: "last year" in copy
of June 2011 is 2010 on whichever day of June it was written, "two months ago" is April. Such
a phrase is read at the period's first and last day, and taken when both readings agree;
"on Tuesday" or "earlier this month" read differently at the two ends and stay unknown.
Measured (session 41): dev date right 427 -> 430 of 543 matched (one event more matched,
perpetrators +2); blind byte-identical (no such phrase in its texts dated to the month or year).
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date

from flows.extract.dates.intervals import DateValue, parse_date
from flows.extract.event_mention import EventMention


def publication_period(published: date | None, precision: str | None) -> tuple[date, date] | None:
    """The days a publication known to the month or year may fall on; None when it is known
    to the day (relative dates are read against it) or not at all."""
    if published is None or precision not in ("month", "year"):
        return None
    if precision == "year":
        return date(published.year, 1, 1), date(published.year, 12, 31)
    last = calendar.monthrange(published.year, published.month)[1]
    return published.replace(day=1), published.replace(day=last)


def date_in_period(text: str, period: tuple[date, date]) -> DateValue | None:
    """The date the words name wherever in the period the text was published, or None when
    the reading depends on the day."""
    first, last = (parse_date(text, day) for day in period)
    if first is None or last is None or first.start is None:
        return None
    same = (first.start, first.end, first.precision) == (last.start, last.end, last.precision)
    return first if same else None


def dated_in_period(
    events: list[EventMention], period: tuple[date, date] | None
) -> list[EventMention]:
    """Events whose own date phrase was relative and unknown for want of a publication day,
    dated where the publication's month or year settles it."""
    if period is None:
        return events
    out = []
    for event in events:
        when = event.date
        if when is not None and when.precision == "unknown" and when.text:
            found = date_in_period(when.text, period)
            event = replace(event, date=found) if found is not None else event
        out.append(event)
    return out
