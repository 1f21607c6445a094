"""Absolute date patterns: the forms a date can take without a publication date.

Each reader takes normalised, lowercased words (see dates.normalise) and returns a closed
interval with its precision, the string "unknown" for a date that needs a year the text
does not give, or None when the words are not its form.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

import dateparser

from flows.extract.dates.relative import Interval, month_end, narrow, split_part
from flows.extract.dates.rules import DateRules

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr}
MONTHS["sept"] = 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR = r"(?P<year>\d{4})"
MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_NAMES = [name.lower() for name in calendar.day_name]
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
MIN_YEAR, MAX_YEAR = 1000, 2199
# A four-digit number standing alone is a year only from here on: "Resolution 1267", "Flight
# 1549" and "1500 fighters" are numbers, and the events this dataset records are modern.
BARE_YEAR_MIN = 1800


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
    """Numeric dates: "9/11/12" (US month/day/year), "17/03/2014" (day first, as a first
    number above 12 can only be), "17.03.2014" (the dotted form, day first wherever it is
    written) and ISO "2012-09-11"."""
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text)
    if match:
        first, second = int(match.group(1)), int(match.group(2))
        month, mday = (second, first) if first > 12 else (first, second)
        day = date(_year(match.group(3), reference), month, mday)
        return day, day, "day"
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if match:
        day = date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return day, day, "day"
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return day, day, "day"
    return None


def _year_range(text: str, rules: DateRules) -> Interval | None:
    """Year or decade ranges: "between 2008-12", "2005 and 2006", "the 1980s and 1990s"."""
    joiners = "|".join(re.escape(j) for j in rules.range_joiners)
    # "late 1991 or 1992": the part narrows the first year, the range runs to the last
    part_word, rest = split_part(re.sub(r"^(?:between|from) ", "", text), rules.year_parts)
    winter = _season_across(part_word, rest, rules)
    if winter is not None:
        return winter
    match = re.fullmatch(
        rf"(?:between |from )?(\d{{4}})(s?) ?(?:{joiners}) ?(?:the )?(\d{{4}}|\d{{2}})(s?)", rest
    )
    if not match and part_word is None:
        return _split_year(rest)
    if not match or (part_word and match.group(2)):
        return None
    first, last = int(match.group(1)), match.group(3)
    last_year = int(last) if len(last) == 4 else first - first % 100 + int(last)
    last_year += 9 if match.group(4) else 0
    year = (date(first, 1, 1), date(first, 12, 31), "year")
    start = narrow(year, "year", rules.year_parts[part_word])[0] if part_word else year[0]
    return _interval(start, date(last_year, 12, 31), "range")


def _split_year(text: str) -> Interval | None:
    """A year split across two, as fiscal years and seasons are told ("2014/15", "2014/2015"):
    the two years; only consecutive ones, since "2014/05" is a year and a month."""
    match = re.fullmatch(r"(\d{4}) ?/ ?(\d{4}|\d{2})", text)
    if not match:
        return None
    first, last = int(match.group(1)), match.group(2)
    if (int(last) if len(last) == 4 else first - first % 100 + int(last)) != first + 1:
        return None
    return _interval(date(first, 1, 1), date(first + 1, 12, 31), "range")


def _season_across(part_word: str | None, rest: str, rules: DateRules) -> Interval | None:
    """A season that runs across the turn of a year, told by both years: "the winter of
    2013-14" is December 2013 to February 2014."""
    months = rules.year_parts.get(part_word or "")
    match = re.fullmatch(r"(?:of )?(\d{4}) ?[-/] ?(\d{4}|\d{2})", rest)
    if months is None or months[0] <= months[1] or not match:
        return None
    first, last = int(match.group(1)), match.group(2)
    if (int(last) if len(last) == 4 else first - first % 100 + int(last)) != first + 1:
        return None
    return _interval(date(first, months[0], 1), month_end(first + 1, months[1]), "year")


def _decade(text: str, rules: DateRules) -> Interval | None:
    """Decades: "the 1990s", "the late 1990s", "mid-1990s", "the end of the 1980s"."""
    part_word, rest = split_part(text, rules.decade_parts)
    match = re.fullmatch(r"(?:the )?(\d{3})0'?s", rest)
    if not match:
        return None
    first = int(match.group(1)) * 10
    low, high = rules.decade_parts[part_word] if part_word else (0, 9)
    return _interval(date(first + low, 1, 1), date(first + high, 12, 31), "decade")


def _holiday(text: str, context_year: int | None, rules: DateRules) -> Interval | None | str:
    """Holidays: "Christmas Day 2009"; without a year, the context year or "unknown"."""
    match = re.fullmatch(r"(.+?)(?:,? (?:of )?(\d{4}))?", text)
    if not match or match.group(1) not in rules.holidays:
        return None
    year = int(match.group(2)) if match.group(2) else context_year
    if year is None:
        return "unknown"
    month, day = rules.holidays[match.group(1)]
    return _interval(date(year, month, day), date(year, month, day), "day")


def _full_date(text: str) -> Interval | None:
    """Full dates: "April 11, 2007", "11 April 2007", "Tuesday, April 11, 2007"."""
    text = re.sub(r"^\w+day,? ", "", text)
    for pattern in (rf"{MONTH} {DAY},? {YEAR}", rf"{DAY} (?:of )?{MONTH},? {YEAR}"):
        match = re.fullmatch(pattern, text)
        if match:
            day = date(int(match["year"]), MONTHS[match["month"]], int(match["day"]))
            return _interval(day, day, "day")
    return None


# Day and month spans within one year: "21 to 24 September 2013", "September 21-24, 2013",
# "12 June to 3 July 2016", "January to March 2015", "March 2014 to May 2015".
# "11/12 March" and "the 7th and 8th of March" join two days as well.
_JOIN = r" ?(?:-|–|—|/|to|and|until|till|through) ?(?:the )?"
_ORD = r"(?:st|nd|rd|th)?"
_M1 = MONTH.replace("month>", "m1>")
_M2 = MONTH.replace("month>", "m2>")
_SPANS = (  # days without a year ("12-13 May") are in the context year
    rf"(?P<d1>\d{{1,2}}){_ORD}{_JOIN}(?P<d2>\d{{1,2}}){_ORD} (?:of )?{MONTH}(?:,? {YEAR})?",
    rf"{MONTH} (?P<d1>\d{{1,2}}){_ORD}{_JOIN}(?P<d2>\d{{1,2}}){_ORD}(?:,? {YEAR})?",
    rf"(?P<d1>\d{{1,2}}) {_M1}{_JOIN}(?P<d2>\d{{1,2}}) {_M2}(?:,? {YEAR})?",
    rf"{_M1}(?: (?P<y1>\d{{4}}))?{_JOIN}{_M2}(?:,? {YEAR})?",
)
SPAN_IN_TEXT = re.compile(
    r"\b(?:between |from )?(?:"
    + "|".join(re.sub(r"\(\?P<\w+>", "(?:", p) for p in _SPANS)
    + r")(?!\w)",
    re.IGNORECASE,
)


def _span(text: str, context_year: int | None) -> Interval | None | str:
    """A span of days or months in a year (or across two): precision "range"."""
    text = re.sub(r"^(?:between|from) ", "", text)
    for pattern in _SPANS:
        m = re.fullmatch(pattern, text)
        if not m:
            continue
        if m["year"] is None and context_year is None:
            return "unknown"
        year = int(m["year"] or context_year)
        groups = m.groupdict()
        if groups.get("m1") is None:  # one month, two days
            month = MONTHS[m["month"]]
            if int(m["d2"]) > calendar.monthrange(year, month)[1]:
                return None
            return _interval(
                date(year, month, int(m["d1"])), date(year, month, int(m["d2"])), "range"
            )
        m1, m2 = MONTHS[m["m1"]], MONTHS[m["m2"]]
        if groups.get("d1") is not None:
            if (
                int(m["d1"]) > calendar.monthrange(year, m1)[1]
                or int(m["d2"]) > calendar.monthrange(year, m2)[1]
            ):
                return None
            return _interval(date(year, m1, int(m["d1"])), date(year, m2, int(m["d2"])), "range")
        y1 = int(m["y1"]) if m["y1"] else year
        return _interval(date(y1, m1, 1), month_end(year, m2), "range")
    return None


def _month(text: str, context_year: int | None, rules: DateRules) -> Interval | None | str:
    """Months: "January 2013", "end of January", "mid-March 2012", "January 16"; a month without a
    year takes the context year, else "unknown"."""
    part_word, rest = split_part(text, rules.month_parts)
    # "Friday 10 June", "Sunday, May 19": the weekday adds nothing
    rest = re.sub(rf"^(?:{'|'.join(WEEKDAY_NAMES)}),? (?=\d|{MONTH_WORD})", "", rest)
    match = re.fullmatch(
        rf"{MONTH}(?: (?P<mday>\d{{1,2}})(?:st|nd|rd|th)?)?,?(?: (?:of )?{YEAR})?", rest
    ) or re.fullmatch(  # day first, as most of the world writes it: "9 March", "15th of May"
        rf"(?P<mday>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MONTH}(?P<year>)", rest
    )
    if not match or (part_word and match["mday"]):
        return None
    year = int(match["year"]) if match["year"] else context_year
    if year is None:
        return "unknown"
    month = MONTHS[match["month"]]
    if match["mday"]:
        day = date(year, month, int(match["mday"]))
        return _interval(day, day, "day")
    start, end, _ = narrow(
        (date(year, month, 1), month_end(year, month), "month"),
        "month",
        rules.month_parts.get(part_word or ""),
    )
    return _interval(start, end, "month")


def _week_of_month(text: str, context_year: int | None, rules: DateRules) -> Interval | None | str:
    """An ordinal week of a month: "the first week of April 2015" (days 1-7), "the last week
    of March" (its last seven days); precision week."""
    ordinals = "|".join(rules.week_ordinals)
    match = re.fullmatch(rf"(?P<n>{ordinals}) week of {MONTH}(?:,? {YEAR})?", text)
    if not ordinals or not match:
        return None
    year = int(match["year"]) if match["year"] else context_year
    if year is None:
        return "unknown"
    n, last = rules.week_ordinals[match["n"]], month_end(year, MONTHS[match["month"]])
    first = last.day - 6 if n < 0 else (n - 1) * 7 + 1
    start = last.replace(day=first)
    return _interval(start, min(last, start.replace(day=first + 6)), "week")


def _year_only(text: str, rules: DateRules) -> Interval | None:
    """Years: "2013", "early 2013", "the summer of 2013", "by the end of 2012", "mid-2013"."""
    part_word, rest = split_part(text, rules.year_parts)
    match = re.fullmatch(r"(?:of )?(?:the )?(?:year )?(\d{4})", rest)
    if not match:
        return None
    year = int(match.group(1))
    if year < BARE_YEAR_MIN:
        return None
    start, end, _ = narrow(
        (date(year, 1, 1), date(year, 12, 31), "year"),
        "year",
        rules.year_parts.get(part_word or ""),
    )
    return _interval(start, end, "year")


def read_full_date_loosely(text: str) -> Interval | None:
    """Last resort for full dates the patterns do not know ("the 11th of April, 2007")."""
    if not (
        re.search(MONTH, text) and re.search(r"\b\d{4}\b", text) and re.search(r"\b\d{1,2}", text)
    ):
        return None
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
    )
    return _interval(parsed.date(), parsed.date(), "day") if parsed else None


def read_absolute(
    text: str, context_year: int | None, reference: int | None, rules: DateRules
) -> Interval | None | str:
    """Every pattern that needs no publication date, most specific first."""
    for words in rules.year_anaphors:  # "that year", "in June of that year": the story's year
        if text == words or text.endswith(" of " + words):
            if context_year is None:
                return "unknown"
            text = text[: len(text) - len(words)] + str(context_year)
    if text in rules.named_dates:
        day = rules.named_dates[text]
        return day, day, "day"
    for reader in (
        lambda t: _numeric(t, reference),
        lambda t: _year_range(t, rules),
        lambda t: _span(t, context_year),
        lambda t: _decade(t, rules),
        _full_date,
        lambda t: _holiday(t, context_year, rules),
        lambda t: _week_of_month(t, context_year, rules),
        lambda t: _month(t, context_year, rules),
        lambda t: _year_only(t, rules),
    ):
        found = reader(text)
        if found is not None:
            return found
    return _ends_span(text, context_year, reference, rules)


def _ends_span(
    text: str, context_year: int | None, reference: int | None, rules: DateRules
) -> Interval | None:
    """A span whose two ends the other readers cannot read together, being told to
    different precisions ("March 1972 to 1974", "between 2009 and March 2011", "1998 to March
    2000", "May 2014 through 2016"; one DATE entity to the model): from the first end's start
    to the last's end, precision "range". Each end is read alone, and both must name a
    year, or the first a month whose year the last end gives ("late March to mid-May 2014":
    the writer names the year once, and the first end lies before the last)."""
    joiners = "|".join(re.escape(j) for j in rules.range_joiners)
    rest = re.sub(r"^(?:between|from) ", "", text)
    for m in re.finditer(rf" ?(?:{joiners}) ", rest):
        # each end without its article: "between the end of 2013 and the middle of 2014"
        first, last = (
            re.sub(r"^the ", "", e.strip()) for e in (rest[: m.start()], rest[m.end() :])
        )
        if not re.search(r"\d{4}", last):
            continue
        two = read_absolute(last, context_year, reference, rules)
        if not isinstance(two, tuple):
            continue
        if re.search(r"\d{4}", first):
            one = read_absolute(first, context_year, reference, rules)
        elif first in rules.year_parts and re.search(r"\d{4}$", last):  # "early and mid-2014"
            one = read_absolute(f"{first} {two[1].year}", context_year, reference, rules)
        elif re.search(rf"\b(?:{MONTH_WORD})$", first) and re.search(
            rf"\b(?:{MONTH_WORD})\b", last
        ):
            one = read_absolute(first, two[1].year, two[1].year, rules)
            if isinstance(one, tuple) and one[0] > two[1]:  # "from December to February 2014"
                one = read_absolute(first, two[1].year - 1, two[1].year - 1, rules)
        else:
            continue
        if isinstance(one, tuple) and one[0] <= two[1]:
            return _interval(one[0], two[1], "range")
    return None
