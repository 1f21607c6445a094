"""Dates relative to the publication date: "Tuesday", "late last week", "the weekend", "ago".

Every rule returns a closed interval plus a precision, or None when the words are not a
relative date. The vocabulary (weekend words, parts of a week, anchors such as "last" and
"past") lives in `dictionaries/dates.yaml`; the calendar arithmetic lives here.

Conventions (also documented in dates.yaml):
    - A bare weekday is the most recent such day on or before publication, or the day right
      after it (``weekday_future_tolerance_days``): web dates often lag the text by a day.
    - "the weekend" is the Saturday-Sunday ending on or before publication, precision "week".
    - "last week" is the previous ISO week (Monday-Sunday); "the past week" the seven days
      ending on the publication date. Both have precision "week".
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, timedelta
from functools import lru_cache

from flows.extract.counts import parse_quantity
from flows.extract.dates.rules import DateRules

Interval = tuple[date, date, str]
WEEKDAYS = [name.lower() for name in calendar.day_name]
WEEKDAY_RE = re.compile(rf"(?:(\w+)\s+)?({'|'.join(WEEKDAYS)})")
# "Saturday and Sunday", "from Friday to Sunday", "between Thursday and Saturday"
WEEKDAY_SPAN = (
    rf"(?:between |from )?({'|'.join(WEEKDAYS)})\s*(?:and|to|through|until|till|-|–)\s*"
    rf"({'|'.join(WEEKDAYS)})"
)
WEEKDAY_SPAN_RE = re.compile(WEEKDAY_SPAN)
UNIT_PRECISION = {
    "hour": "day",
    "day": "day",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "year": "year",
    "decade": "decade",
    "century": "range",
}


def month_end(year: int, month: int) -> date:
    """Last day of a month.

    >>> month_end(2012, 2)
    datetime.date(2012, 2, 29)
    """
    return date(year, month, calendar.monthrange(year, month)[1])


def shift(day: date, unit: str, n: int) -> date:
    """Move a date by n units (negative: back). Month and year shifts clamp the day; hours
    move by the whole days they make ("36 hours ago" is the day before)."""
    if unit == "hour":
        return day + timedelta(days=int(n / 24))
    if unit in ("day", "week", "fortnight"):
        return day + timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    months = n * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def period_of(day: date, unit: str) -> Interval:
    """The calendar period of a unit containing a day (ISO weeks start on Monday)."""
    if unit in ("day", "hour"):
        return day, day, "day"
    if unit in ("week", "fortnight"):
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        return day.replace(day=1), month_end(day.year, day.month), "month"
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31), "year"
    first = day.year - day.year % (10 if unit == "decade" else 100)
    last = first + (9 if unit == "decade" else 99)
    return date(first, 1, 1), date(last, 12, 31), UNIT_PRECISION[unit]


def resolve_weekday(name: str, modifier: str | None, published: date, rules: DateRules) -> Interval:
    """Weekday → day; see the module docstring for which one."""
    back = (published.weekday() - WEEKDAYS.index(name)) % 7
    kind = rules.anchors.get(modifier or "")
    if kind == "previous":
        back = back or 7
    elif kind == "following":
        back = back - 7 if back else -7
    elif back and 7 - back <= rules.weekday_future_tolerance_days:
        back -= 7
    day = published - timedelta(days=back)
    return day, day, "day"


def resolve_weekday_span(first: str, last: str, published: date, rules: DateRules) -> Interval:
    """Two weekdays joined ("Saturday and Sunday", "from Friday to Sunday"): the span ending
    on the last of them, as a bare weekday reads; precision range, as the codebook's explicit
    spans."""
    _, end, _ = resolve_weekday(last, None, published, rules)
    start = end - timedelta(days=(WEEKDAYS.index(last) - WEEKDAYS.index(first)) % 7)
    return start, end, "range"


def resolve_weekend(modifier: str | None, published: date, rules: DateRules) -> Interval:
    """The Saturday-Sunday ending on or before publication ("last weekend" said on a weekend:
    the one before; "next weekend": the one after the current week)."""
    sunday = published + timedelta(days=6 - published.weekday())
    if published.weekday() < 5:  # a weekday: the weekend just past
        sunday -= timedelta(days=7)
    kind = rules.anchors.get(modifier or "")
    if kind == "previous" and published.weekday() >= 5:
        sunday -= timedelta(days=7)
    elif kind == "following":
        sunday = published + timedelta(days=6 - published.weekday())
        sunday += timedelta(days=7) if published.weekday() >= 5 else timedelta(0)
    return sunday - timedelta(days=1), sunday, "week"


def split_part(text: str, words: list[str] | dict[str, object]) -> tuple[str | None, str]:
    """Split a leading part word ("late", "end of", "mid-") off a phrase.

    >>> split_part("mid-1990s", ["mid", "late"])
    ('mid', '1990s')
    """
    for word, pattern in _part_patterns(tuple(words)):
        match = pattern.match(text)
        if match:
            return word, text[match.end() :]
    return None, text


@lru_cache(maxsize=16)
def _part_patterns(words: tuple[str, ...]) -> list[tuple[str, re.Pattern]]:
    """Each part word, the longest first, with its pattern compiled once."""
    return [
        (word, re.compile(rf"{re.escape(word)}(?:\s+|-|(?=\d))"))
        for word in sorted(words, key=len, reverse=True)
    ]


def narrow(interval: Interval, unit: str, part: tuple[int, int] | None) -> Interval:
    """Apply a part ("late") to a calendar period of a unit."""
    start, end, precision = interval
    if part is None:
        return interval
    if unit == "week":
        return start + timedelta(days=part[0]), start + timedelta(days=part[1]), precision
    if unit == "month":
        last = month_end(start.year, start.month)
        return (
            start.replace(day=min(part[0], last.day)),
            start.replace(day=min(part[1], last.day)),
            precision,
        )
    if unit == "year":
        first_year = start.year - 1 if part[0] > part[1] else start.year
        return date(first_year, part[0], 1), month_end(start.year, part[1]), precision
    return interval


def resolve_anchored(text: str, published: date, rules: DateRules) -> Interval | None:
    """Anchored periods: "last week", "the past month", "earlier this year", "next year"."""
    match = re.fullmatch(r"(earlier|later)?\s*(\w+)\s+(?:(\S+)\s+)?(\w+)", text)
    if not match:
        return None
    edge, anchor, count, unit_word = match.groups()
    kind, unit = rules.anchors.get(anchor), rules.units.get(unit_word)
    if kind is None or unit is None or kind == "ago" or (count and kind != "previous"):
        return None
    n = 1
    if count:
        quantity = parse_quantity(count)
        if quantity is None:
            return None
        n = quantity.value
        if n < 1:  # "the past 0 weeks" names no window (a hypothesis case: start after end)
            return None
    if unit == "hour":  # "the past 48 hours": every day the window touches, up to publication
        start = published - timedelta(days=math.ceil(n / 24))
        return start, published, "range"
    if anchor == "past" or count:  # rolling window ending on the publication date
        precision = UNIT_PRECISION[unit] if n == 1 else "range"
        return shift(published, unit, -n) + timedelta(days=1), published, precision
    offset = {"previous": -1, "current": 0, "following": 1}[kind]
    start, end, precision = period_of(shift(published, unit, offset), unit)
    if edge == "earlier":
        end = min(end, published)
    elif edge == "later":
        start = max(start, published)
    return start, end, precision


def resolve_ago(text: str, published: date, rules: DateRules) -> Interval | None:
    """Periods counted back from publication: "three days ago", "a year ago" (the article is
    gone by now: normalise drops it), but not the vague "years ago"."""
    match = re.fullmatch(r"(?:(.+?)\s+)?(\w+)\s+(\w+)", text)
    if not match or rules.anchors.get(match.group(3)) != "ago":
        return None
    count, unit_word = match.group(1), match.group(2)
    unit = rules.units.get(unit_word)
    if count is None:
        quantity = 1 if unit_word == unit else None
    else:  # the number next to the unit: "killed 12 two days ago" is two days ago
        quantity = getattr(parse_quantity(count.split()[-1]), "value", None)
    if unit is None or quantity is None:
        return None
    return period_of(shift(published, unit, -quantity), unit)


def resolve_relative(text: str, published: date, rules: DateRules) -> Interval | None:
    """Resolve normalised, lowercased words relative to the publication date.

    Args:
        text: the date words, lowercased, leading prepositions removed.
        published: the publication date of the document.
        rules: the date vocabulary.

    Returns:
        (start, end, precision), or None when the words are not a relative date.
    """
    if text in rules.relative_days:
        day = published + timedelta(days=rules.relative_days[text])
        return day, day, "day"
    in_week = re.fullmatch(rf"({'|'.join(WEEKDAYS)}),? (\w+ week)", text)
    if in_week:  # "Monday last week": that weekday of the week named
        week = resolve_anchored(in_week.group(2), published, rules)
        if week is None or week[2] != "week":
            return None
        day = week[0] + timedelta(days=WEEKDAYS.index(in_week.group(1)))
        return day, day, "day"
    weekday = WEEKDAY_RE.fullmatch(text)
    if weekday:
        return resolve_weekday(weekday.group(2), weekday.group(1), published, rules)
    days = WEEKDAY_SPAN_RE.fullmatch(text)
    if days:
        return resolve_weekday_span(days.group(1), days.group(2), published, rules)
    match = re.fullmatch(r"(?:(\w+)\s+)?(\S+)", text)
    if match and match.group(2) in rules.weekend_words:
        return resolve_weekend(match.group(1), published, rules)
    part_word, rest = split_part(
        text, {**rules.week_parts, **rules.year_parts, **rules.month_parts}
    )
    anchored = resolve_anchored(rest, published, rules)
    if anchored is None:
        return resolve_ago(text, published, rules)
    unit = rules.units.get(rest.split()[-1], "")
    parts = {"week": rules.week_parts, "month": rules.month_parts, "year": rules.year_parts}
    part = parts.get(unit, {}).get(part_word or "")
    if part_word and (part is None or anchored[2] == "range"):
        return None  # "late past five years", "spring last week": not a date we can place
    return narrow(anchored, unit, part)


def is_relative(text: str, rules: DateRules) -> bool:
    """Whether words would resolve against a publication date (used when there is none)."""
    return resolve_relative(text, date(2000, 6, 15), rules) is not None
