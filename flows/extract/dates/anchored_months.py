"""Months and days placed by a year or month anchored on publication: "December last year",
"12 March of this year", "summer last year", "last March", "this past August", "next January".

A news story names a month of another year this way rather than by its number; without a
reader these were no date at all, and the deed they time took the story's day instead.
"""

from __future__ import annotations

import re
from datetime import date

from flows.extract.dates.absolute import MONTH_WORD, read_absolute
from flows.extract.dates.relative import Interval
from flows.extract.dates.rules import DateRules

OFFSETS = {"previous": -1, "current": 0, "following": 1}
# Any day will do to tell whether words take one of these forms (`is_anchored_month`).
ANY_DAY = date(2000, 6, 15)


def read_anchored_month(text: str, published: date, rules: DateRules) -> Interval | None:
    """The month or day `text` (normalised words) names against `published`, or None
    when it is not one of these forms."""
    in_year = re.fullmatch(r"(?P<when>.+?),? (?:of )?(?P<anchor>\w+) year", text)
    if in_year:
        offset = OFFSETS.get(rules.anchors.get(in_year["anchor"], ""))
        if offset is None:
            return None
        return _in_year(in_year["when"], published.year + offset, rules)
    bare = re.fullmatch(rf"(?P<anchor>\w+)(?P<past> past)? (?P<name>{MONTH_WORD})", text)
    if bare is None:
        return None
    kind = "previous" if bare["past"] else rules.anchors.get(bare["anchor"], "")
    found = _in_year(bare["name"], published.year, rules)
    if kind not in OFFSETS or found is None:
        return None
    if kind == "previous" and found[1] >= published:  # "last March": the latest one past
        return _in_year(bare["name"], published.year - 1, rules)
    if kind == "following" and found[0] <= published:
        return _in_year(bare["name"], published.year + 1, rules)
    return found


def is_anchored_month(text: str, rules: DateRules) -> bool:
    """Whether `text` is one of these forms, whatever day it is read on: with no publication
    day it is a date still to be placed (by the publication's month or year, where that
    settles it: publication_period.dated_in_period), not no date at all. Session 49: dev
    dates 658 -> 659, blind and blind2 unchanged."""
    return read_anchored_month(text, ANY_DAY, rules) is not None


def _in_year(words: str, year: int, rules: DateRules) -> Interval | None:
    """`words` ("december", "12 march", "summer") in `year`."""
    found = read_absolute(f"{words} {year}", year, year, rules)
    return found if isinstance(found, tuple) else None
