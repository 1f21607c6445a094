"""A month or season named against the story's time, not against publication: "In September
1991 the ZLF bombed Strelsau. The following February, it killed Rupert" is February 1992, the
first February after the story's time; "the previous December" the last one before it.

The model tags only the month ("February") and leaves the anchor outside the date, so the
month read alone took the year the text last named (1991), a year early or late.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from flows.extract.dates.intervals import DateValue
from flows.extract.dates.narrative import BACKWARD, FORWARD

# A story anchor: "the following", "that next", "the previous"
_STORY_ANCHOR = rf"(?:the|that)\s+(?P<anchor>{'|'.join(sorted(FORWARD | BACKWARD))})\s+"
# right before the date's words, or opening them ("[the previous December]"), the month after it
_ANCHOR = re.compile(rf"\b{_STORY_ANCHOR}$", re.IGNORECASE)
_INSIDE = re.compile(rf"{_STORY_ANCHOR}(?=\S)", re.IGNORECASE)


def anchor_inside(words: str) -> int:
    """Where the month starts in date words that open with a story anchor ("the previous
    December": 13), else 0; the caller reads the month alone there."""
    found = _INSIDE.match(words)
    return found.end() if found else 0


def yearless(value: DateValue | None) -> bool:
    """A month or a part of a year told without a year ("February", "spring")."""
    return (
        value is not None
        and value.start is not None
        and value.start.year == value.end.year
        and value.precision in ("month", "year")
        and re.search(r"\d", value.text) is None
    )


def story_months(dates: list, text: str, reference: DateValue | None) -> list:
    """`dates` ((value, start, end), offsets into `text`) with each month or season that has no
    year of its own and follows a story anchor moved to the year the anchor gives against
    `reference`, the story's time; unchanged when the story has no time."""
    if reference is None or reference.start is None or reference.end is None:
        return dates
    out = []
    for value, start, end in dates:
        found = _ANCHOR.search(text, max(0, start - 30), start)
        if found is not None and yearless(value):
            forward = found["anchor"].lower() in FORWARD
            value = _placed(value, reference, forward)
        out.append((value, start, end))
    return out


def _placed(value: DateValue, reference: DateValue, forward: bool) -> DateValue:
    """`value` in the first year that puts it wholly after `reference` (forward), else the
    last that puts it wholly before."""
    year = reference.end.year if forward else reference.start.year
    moved = _in_year(value, year)
    if forward and moved.start <= reference.end:
        moved = _in_year(value, year + 1)
    if not forward and moved.end >= reference.start:
        moved = _in_year(value, year - 1)
    return moved


def _in_year(value: DateValue, year: int) -> DateValue:
    """`value` moved to `year`, a month's end (February's) read in that year."""

    def moved(day: date) -> date:
        last = calendar.monthrange(year, day.month)[1]
        at_end = day.day == calendar.monthrange(day.year, day.month)[1]
        return date(year, day.month, last if at_end else min(day.day, last))

    return replace(value, start=moved(value.start), end=moved(value.end))
