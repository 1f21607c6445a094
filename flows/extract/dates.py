"""Dates: from words ("April 11, 2007", "the late 1990s", "Tuesday") to closed intervals.

`parse_date` reads one date phrase; `find_dates` finds the date phrases of a spaCy sentence
(its DATE entities plus forms the model misses, such as "9/11/12" or "the weekend").

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
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

import dateparser
from spacy.tokens import Span

from flows.extract.relative_dates import (
    WEEKDAYS,
    DateRules,
    Interval,
    is_relative,
    load_date_rules,
    month_end,
    narrow,
    resolve_relative,
    split_part,
)
from flows.settings import Settings


@dataclass(frozen=True)
class DateValue:
    """A date as an interval.

    Attributes:
        start, end: first and last day; None only when precision is unknown.
        precision: day | week | month | year | decade | range | unknown.
        text: the words it came from.
    """

    start: date | None
    end: date | None
    precision: str
    text: str


MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr}
MONTHS["sept"] = 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR = r"(?P<year>\d{4})"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
MIN_YEAR, MAX_YEAR = 1000, 2199
PREPOSITIONS = ("in", "since", "by", "until", "before", "after", "during", "from", "of")


def extra_patterns(rules: DateRules) -> list[str]:
    """Forms spaCy often does not tag DATE, searched in the sentence text by find_dates. The
    group "date" is the date; bare years count only after a preposition ("in 2013"), so that
    "1900 fighters" is not a year."""
    anchors = "|".join(w for w, kind in rules.anchors.items() if kind != "ago")
    days = "|".join(rules.relative_days)
    weekend = "|".join(re.escape(w) for w in rules.weekend_words)
    parts = "|".join(re.escape(w) for w in rules.decade_parts)
    named = "|".join(re.escape(w) for w in rules.named_dates)
    return [
        r"(?P<date>\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\w/])",
        r"(?P<date>\b(?:between\s+)?(?:1[89]|20)\d{2}\s*[-–]\s*(?:\d{4}|\d{2}))\b",
        rf"(?<![\w/-])(?P<date>{named})(?![\w/-])",
        rf"(?P<date>\b(?:(?:{anchors})\s+)?(?:{'|'.join(WEEKDAYS)}))\b",
        rf"(?P<date>\b(?:(?:the|{anchors})\s+)?(?:{weekend}))(?!\w)",
        rf"(?P<date>\b(?:{days}))\b",
        rf"(?P<date>\b(?:(?:{parts})[\s-]+)?(?:1[0-9]|20)\d0s)\b",
        rf"\b(?:{'|'.join(PREPOSITIONS)})\s+(?P<date>(?:1[89]|20)\d{{2}})(?![\w/%-])",
    ]


def _rules() -> DateRules:
    return load_date_rules(Settings().dictionaries_dir / "dates.yaml")


def normalise(text: str, rules: DateRules) -> str:
    """Lowercase, straight quotes and dashes, no leading prepositions or trailing "'s".

    >>> normalise("By the end of 2012,", _rules())
    'end of 2012'
    """
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("–", "-")
    text = re.sub(r"\s+", " ", text.replace("—", "-")).strip(" ,.;:()").lower()
    text = re.sub(r"'s$", "", text)
    changed = True
    while changed:
        changed = False
        for word in rules.leading_words:
            if text.startswith(word + " "):
                text, changed = text[len(word) + 1 :], True
    for part in rules.day_parts:
        text = text.removesuffix(" " + part)
    return text


def _year(text: str, reference: int | None) -> int:
    """A two-digit year in the century that puts it at or before the reference year + 1."""
    value = int(text)
    if len(text) != 2:
        return value
    pivot = (reference if reference is not None else 2049) + 1
    return 2000 + value if 2000 + value <= pivot else 1900 + value


def _interval(start: date, end: date, precision: str) -> Interval | None:
    if not (MIN_YEAR <= start.year <= MAX_YEAR and MIN_YEAR <= end.year <= MAX_YEAR):
        return None
    return (start, end, precision) if start <= end else None


def _numeric(text: str, reference: int | None) -> Interval | None:
    """"9/11/12" (US month/day/year) and ISO "2012-09-11"."""
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text)
    if match:
        day = date(_year(match.group(3), reference), int(match.group(1)), int(match.group(2)))
        return day, day, "day"
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return day, day, "day"
    return None


def _year_range(text: str) -> Interval | None:
    """"between 2008-12", "2005 and 2006", "from 2008 to 2012", "the 1980s and 1990s"."""
    match = re.fullmatch(
        r"(?:between |from )?(\d{4})(s?) ?(?:-|to|and|or|through|until) ?(?:the )?(\d{4}|\d{2})(s?)",
        text,
    )
    if not match:
        return None
    first, last = int(match.group(1)), match.group(3)
    last_year = int(last) if len(last) == 4 else first - first % 100 + int(last)
    last_year += 9 if match.group(4) else 0
    return _interval(date(first, 1, 1), date(last_year, 12, 31), "range")


def _decade(text: str, rules: DateRules) -> Interval | None:
    """"the 1990s", "the late 1990s", "mid-1990s", "the end of the 1980s"."""
    part_word, rest = split_part(text, rules.decade_parts)
    match = re.fullmatch(r"(?:the )?(\d{3})0'?s", rest)
    if not match:
        return None
    first = int(match.group(1)) * 10
    low, high = rules.decade_parts[part_word] if part_word else (0, 9)
    return _interval(date(first + low, 1, 1), date(first + high, 12, 31), "decade")


def _holiday(text: str, context_year: int | None, rules: DateRules) -> Interval | None | str:
    """"Christmas Day 2009"; without a year it takes the context year, else "unknown"."""
    match = re.fullmatch(r"(.+?)(?:,? (?:of )?(\d{4}))?", text)
    if not match or match.group(1) not in rules.holidays:
        return None
    year = int(match.group(2)) if match.group(2) else context_year
    if year is None:
        return "unknown"
    month, day = rules.holidays[match.group(1)]
    return _interval(date(year, month, day), date(year, month, day), "day")


def _full_date(text: str) -> Interval | None:
    """"April 11, 2007", "11 April 2007", "Tuesday, April 11, 2007"."""
    text = re.sub(r"^\w+day,? ", "", text)
    for pattern in (rf"{MONTH} {DAY},? {YEAR}", rf"{DAY} (?:of )?{MONTH},? {YEAR}"):
        match = re.fullmatch(pattern, text)
        if match:
            day = date(int(match["year"]), MONTHS[match["month"]], int(match["day"]))
            return _interval(day, day, "day")
    return None


def _month(text: str, context_year: int | None, rules: DateRules) -> Interval | None | str:
    """"January 2013", "end of January", "mid-March 2012", "January 16"; a month without a
    year takes the context year, else "unknown"."""
    part_word, rest = split_part(text, rules.month_parts)
    match = re.fullmatch(rf"{MONTH}(?: (?P<mday>\d{{1,2}})(?:st|nd|rd|th)?)?,?(?: (?:of )?{YEAR})?", rest)
    if not match or (part_word and match["mday"]):
        return None
    year = int(match["year"]) if match["year"] else context_year
    if year is None:
        return "unknown"
    month = MONTHS[match["month"]]
    if match["mday"]:
        day = date(year, month, int(match["mday"]))
        return _interval(day, day, "day")
    start, end, _ = narrow((date(year, month, 1), month_end(year, month), "month"), "month",
                           rules.month_parts.get(part_word or ""))
    return _interval(start, end, "month")


def _year_only(text: str, rules: DateRules) -> Interval | None:
    """"2013", "early 2013", "the summer of 2013", "by the end of 2012", "mid-2013"."""
    part_word, rest = split_part(text, rules.year_parts)
    match = re.fullmatch(r"(?:of )?(?:the )?(?:year )?(\d{4})", rest)
    if not match:
        return None
    year = int(match.group(1))
    start, end, _ = narrow((date(year, 1, 1), date(year, 12, 31), "year"), "year",
                           rules.year_parts.get(part_word or ""))
    return _interval(start, end, "year")


def _dateparser_day(text: str) -> Interval | None:
    """Last resort for full dates the patterns do not know ("the 11th of April, 2007")."""
    if not (re.search(MONTH, text) and re.search(r"\b\d{4}\b", text) and re.search(r"\b\d{1,2}", text)):
        return None
    parsed = dateparser.parse(text, languages=["en"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True})
    return _interval(parsed.date(), parsed.date(), "day") if parsed else None


def _absolute(text: str, context_year: int | None, reference: int | None,
              rules: DateRules) -> Interval | None | str:
    """Every pattern that needs no publication date, most specific first."""
    if text in rules.named_dates:
        day = rules.named_dates[text]
        return day, day, "day"
    for reader in (lambda t: _numeric(t, reference), _year_range, lambda t: _decade(t, rules),
                   _full_date, lambda t: _holiday(t, context_year, rules),
                   lambda t: _month(t, context_year, rules), lambda t: _year_only(t, rules)):
        found = reader(text)
        if found is not None:
            return found
    return None


def parse_date(text: str, published: date | None, context_year: int | None = None) -> DateValue | None:
    """Read one date phrase.

    Args:
        text: the date words, e.g. "April 11, 2007", "in the late 1990s", "late last week".
        published: the document's publication date, for relative dates.
        context_year: the year a month without one belongs to, when the caller knows it.

    Returns:
        The date, a DateValue with precision "unknown" when the words are a date that cannot
        be placed, or None when they are not a date (a duration such as "five years" too).
    """
    rules = _rules()
    clean = normalise(text, rules)
    if not clean or clean in rules.vague_words:
        return None
    reference = published.year if published else context_year
    try:
        found = _absolute(clean, context_year, reference, rules)
        if found is None and published is not None:
            found = resolve_relative(clean, published, rules)
        elif found is None and is_relative(clean, rules):
            found = "unknown"
        if found is None:
            found = _dateparser_day(clean)
    except (ValueError, OverflowError):  # impossible days ("2/30/12") or calendar edges
        return None
    if found is None:
        return None
    if found == "unknown":
        return DateValue(None, None, "unknown", text.strip())
    start, end, precision = found
    return DateValue(start, end, precision, text.strip())


def _widen(span: Span, rules: DateRules) -> Span:
    """Take in a modifier spaCy left outside the entity: "late" + "last week", "the end of"."""
    doc = span.doc
    words = {*rules.year_parts, *rules.decade_parts, *rules.month_parts, *rules.week_parts}
    for size in (3, 2, 1):
        start = span.start - size
        if start >= 0 and doc[start:span.start].text.lower().removeprefix("the ") in words:
            return doc[start : span.end]
    return span


def find_dates(sent: Span, published: date | None,
               context_year: int | None = None) -> list[tuple[DateValue, int, int]]:
    """Dates in a sentence, with character offsets into the Doc.

    Args:
        sent: a parsed spaCy sentence.
        published: the document's publication date.
        context_year: the year bare months belong to, when known.

    Returns:
        (date, start, end) in text order. DATE entities that are durations or ages ("five
        years", "for many years") are skipped; "the past week" is a date (the seven days
        before publication).
    """
    rules, found, taken = _rules(), [], []
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        span = _widen(ent, rules)
        value = parse_date(span.text, published, context_year)
        taken.append((span.start_char, span.end_char))
        if value is not None:
            found.append((value, span.start_char, span.end_char))
    for pattern in extra_patterns(rules):
        for match in re.finditer(pattern, sent.text, flags=re.IGNORECASE):
            start = sent.start_char + match.start("date")
            end = sent.start_char + match.end("date")
            if any(start < e and s < end for s, e in taken):
                continue
            value = parse_date(match.group("date"), published, context_year)
            if value is not None:
                taken.append((start, end))
                found.append((value, start, end))
    return sorted(found, key=lambda f: f[1])
