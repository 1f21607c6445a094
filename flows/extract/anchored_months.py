"""Months and days placed by a year or month anchored on publication: "December last year",
"12 March of this year", "last March", "this past August", "next January".

A news story names a month of another year this way rather than by its number; without a
reader these were no date at all, and the deed they time took the story's day instead.
"""

from __future__ import annotations

import re
from datetime import date

from flows.extract.absolute_dates import MONTH, MONTHS, read_absolute
from flows.extract.relative_dates import DateRules, Interval, month_end

OFFSETS = {"previous": -1, "current": 0, "following": 1}


def read_anchored_month(text: str, published: date, rules: DateRules) -> Interval | None:
    """The month or day `text` (normalised words) names against `published`, or None when it
    is not one of these forms."""
    in_year = re.fullmatch(r"(?P<when>.+?),? (?:of )?(?P<anchor>\w+) year", text)
    if in_year:
        offset = OFFSETS.get(rules.anchors.get(in_year["anchor"], ""))
        if offset is None:
            return None
        year = published.year + offset
        found = read_absolute(in_year["when"], year, year, rules)
        return found if isinstance(found, tuple) and found[2] in ("day", "month", "week") else None
    bare = re.fullmatch(rf"(?P<anchor>\w+)(?: past)? {MONTH}", text)
    if bare is None:
        return None
    kind = "previous" if " past " in text else rules.anchors.get(bare["anchor"], "")
    if kind not in OFFSETS:
        return None
    month = MONTHS[bare["month"]]
    year = published.year
    if kind == "previous" and month >= published.month:  # "last March": the latest one past
        year -= 1
    elif kind == "following" and month <= published.month:
        year += 1
    return date(year, month, 1), month_end(year, month), "month"
