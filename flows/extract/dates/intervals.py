"""Dates: from words ("April 11, 2007", "the late 1990s", "Tuesday") to closed intervals.

`parse_date` reads one date phrase; `find_dates` (sentence_dates.py) finds the date phrases of
a spaCy sentence.

Precision is one of day, week, month, year, decade, range, unknown. Whenever it is not
unknown, start and end are both set and start <= end; a modifier narrows the interval but
keeps the precision ("early 2013" is 2013-01-01..2013-04-30, precision year). A date that
needs a year the text does not give ("In December" with no context year) or a relative date
without a publication date has precision unknown and no interval: a year is never invented
and the publication date is never a fallback. Explicit patterns are tried first; dateparser
only reads what looks like a full day-month-year date, because on free text it reads "may"
and "We" as dates and "the 1990s" as seconds. Relative dates: see relative_dates.py.
"""

from __future__ import annotations

import calendar
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from flows.extract.dates.absolute import (
    read_absolute,
    read_full_date_loosely,
)
from flows.extract.dates.anchored_months import is_anchored_month, read_anchored_month
from flows.extract.dates.relative import (
    is_relative,
    resolve_relative,
)
from flows.extract.dates.rules import DateRules, load_date_rules
from flows.settings import DICTIONARIES_ENV, Settings


@dataclass(frozen=True)
class DateValue:
    """A date as an interval.

    Attributes:
        start, end: first and last day; None only when precision is unknown.
        precision: day | week | month | year | decade | range | unknown.
        text: the words it came from.
        open_end: the deed is told as coming after this time, with no end ("In the following
            weeks the ZLF took Zenda"): published from `start` on, its end open, while
            merging and the story still read the closed interval.
        open_start: the time is a deadline the deed came by ("By August 2011 the forces had
            taken Mogadishu"): published up to `end`, its start open, as the gold codebook
            gives a lower bound alone ("as early as 2011") its start only.
    """

    start: date | None
    end: date | None
    precision: str
    text: str
    open_end: bool = False
    open_start: bool = False


def narrower_inside(value: DateValue, dates: list[tuple]) -> list[tuple]:
    """Those of `dates` ((date, start, ...) tuples) that lie inside `value` and are narrower:
    "3 March" inside "2013", a year inside "the 1990s"."""
    return [
        d
        for d in dates
        if d[0].start is not None
        and value.start <= d[0].start
        and d[0].end <= value.end
        and d[0].end - d[0].start < value.end - value.start
    ]


SUPERSCRIPTS = r"[\u00b2\u00b3\u00b9\u2070-\u209f]+"


def date_rules() -> DateRules:
    # asked for several times a sentence: the file's path is worked out once per folder
    return _date_rules_in(os.environ.get(DICTIONARIES_ENV))


@lru_cache(maxsize=4)
def _date_rules_in(folder: str | None) -> DateRules:
    return load_date_rules(Settings().dictionaries_dir / "dates.yaml")


def normalise(text: str, rules: DateRules) -> str:
    """Lowercase, straight quotes and dashes, no leading prepositions or trailing "'s".

    >>> normalise("By the end of 2012,", date_rules())
    'end of 2012'
    """
    text = re.sub(SUPERSCRIPTS, "", text)  # footnote markers, which NFKC would make digits
    text = re.sub(r"\b((?:1[89]|20)\d\d)\.\d{1,3}$", r"\1", text.strip())  # "1996.57": a note
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("–", "-")
    text = re.sub(r"\s+", " ", text.replace("—", "-")).strip(" ,.;:()").lower()
    text = re.sub(r"'s$", "", text)
    changed = True
    while changed:
        changed = False
        for word in rules.leading_words:
            if text.startswith(word + " "):
                text, changed = text[len(word) + 1 :], True
    for prefix in rules.day_part_prefixes:
        text = text.removeprefix(prefix + " ")
    if text in rules.relative_days:  # "last night" is yesterday, not "last"
        return text
    for part in rules.day_parts:
        text = text.removesuffix(" " + part)
    return text


def parse_date(
    text: str, published: date | None, context_year: int | None = None
) -> DateValue | None:
    """Read one date phrase.

    Args:
        text: the date words, e.g. "April 11, 2007", "in the late 1990s", "late last week".
        published: the document's publication date, for relative dates.
        context_year: the year a month without one belongs to, when the caller knows it.

    Returns:
        The date, a DateValue with precision "unknown" when the words are a date that cannot
        be placed, or None when they are not a date (a duration such as "five years" too).
    """
    rules = date_rules()
    narrative = rf"(?:the|that|this)\s+(?:{'|'.join(rules.narrative_anchors)})\b"
    if re.match(narrative, text.strip(), flags=re.IGNORECASE):
        return None  # "the next day": relative to the story, not to publication
    clean = normalise(text, rules)
    if not clean or clean in rules.vague_words or clean.startswith(rules.open_ended_words):
        return None
    reference = published.year if published else context_year
    try:
        found = read_absolute(clean, context_year, reference, rules)
        if isinstance(found, tuple) and published and not re.search(r"\d{4}|/\d{2}\b", clean):
            found = _before_publication(found, published)
        if found is None and published is not None:
            found = read_anchored_month(clean, published, rules)
        if found is None and published is not None:
            found = resolve_relative(clean, published, rules)
        elif found is None and (is_relative(clean, rules) or is_anchored_month(clean, rules)):
            found = "unknown"  # "September of this year" in a text dated to its month
        if found is None:
            found = read_full_date_loosely(clean)
    except (ValueError, OverflowError):  # impossible days ("2/30/12") or calendar edges
        return None
    if found is None:
        return None
    if found == "unknown":
        return DateValue(None, None, "unknown", text.strip())
    start, end, precision = found
    return DateValue(start, end, precision, text.strip())


def _before_publication(found: tuple[date, date, str], published: date) -> tuple:
    """A month or day named without a year that would fall after publication is the last one
    before it: a report tells what has happened ("in December", in copy of February 2018,
    is December 2017)."""
    start, end, precision = found
    if start <= published:
        return found
    last = calendar.monthrange(end.year - 1, end.month)[1]
    return (
        start.replace(year=start.year - 1),
        end.replace(year=end.year - 1, day=min(end.day, last)),
        precision,
    )
