"""The date forms `find_dates` searches in a sentence's text, beside the model's DATE entities,
each with the part every match of it contains (flows/extract/pattern_cores.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from flows.extract.dates.absolute import MONTH_WORD, MONTHS, SPAN_IN_TEXT
from flows.extract.dates.relative import WEEKDAY_SPAN, WEEKDAYS
from flows.extract.dates.rules import DateRules
from flows.extract.pattern_cores import Guarded, guard


def extra_patterns(rules: DateRules) -> list[str]:
    """Forms spaCy often does not tag DATE, searched in the sentence text by find_dates. The
    group "date" is the date; bare years count only after a leading word ("in 2013", "the
    2013 attack"), so that "1900 fighters" is not a year."""
    anchors = "|".join(w for w, kind in rules.anchors.items() if kind != "ago")
    days = "|".join(rules.relative_days)
    weekend = "|".join(re.escape(w) for w in rules.weekend_words)
    parts = "|".join(re.escape(w) for w in rules.decade_parts)
    named = "|".join(re.escape(w) for w in rules.named_dates)
    leading = "|".join(re.escape(w) for w in rules.leading_words)
    year_parts = "|".join(re.escape(w) for w in rules.year_parts)
    month = rf"(?:{MONTH_WORD})\.?"
    return [
        # a full date the model tags as another entity ("declared by ARSA on [9 September
        # 2017]" as an EVENT) or leaves out
        rf"(?P<date>\b(?:\d{{1,2}} {month}|{month} \d{{1,2}},?) (?:1[89]|20)\d{{2}})(?![\w/]|-\S)",
        r"(?P<date>\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\w/])",
        # the dotted day-first form ("17.03.2014"); a four-digit year, so that a section
        # or version number ("1.2.3") is no date
        r"(?<![\d.])(?P<date>\d{1,2}\.\d{1,2}\.(?:1[89]|20)\d{2})(?![\w/]|\.\d)",
        # a day and month with no year, which the model misses at a line's head ("13 February
        # - A blast outside ...", a chronology's item); the year is the context's. Measured
        # (session 30), with months in capitals recased (shouted_names): dev dates 241 -> 253
        # of 333 matched, blind and synthetic unchanged (no such list there): a fix of dates
        # plainly missed, not a lift of blind
        # (a dash glued to it and then a space is the item's separator: "12 AUGUST- A blast";
        # dev dates 284 -> 287, blind unchanged: a parsing fix)
        rf"(?P<date>\b(?:\d{{1,2}} {month}|{month} \d{{1,2}}(?=,)))(?![\w/]|-\S)",
        # ... and a split year ("2014/15"), read only when its years follow each other
        r"(?P<date>\b(?:between\s+)?(?:1[89]|20)\d{2}\s*[-–/]\s*(?:\d{4}|\d{2}))\b(?!/)",
        rf"(?<![\w/-])(?P<date>{named})(?![\w/-])",
        rf"(?P<date>\b(?:(?:{anchors})\s+)?(?:{'|'.join(WEEKDAYS)}))\b",
        rf"(?P<date>\b(?:(?:the|{anchors})\s+)?(?:{weekend}))(?!\w)",
        rf"(?P<date>\b(?:{days}))\b",
        rf"(?P<date>\b(?:(?:{parts})[\s-]+)?(?:1[0-9]|20)\d0s)\b",
        # ... and after a part of a year, which a note number glued to the year hides from the
        # model ("the withdrawal in early 1994.46 In November 1995": 1994.46 is no date to it)
        rf"\b(?:{leading})\s+(?P<date>(?:(?:{year_parts})[\s-]+)?(?:1[89]|20)\d{{2}})(?![\w/%-])",
    ]


def _extra_cores(rules: DateRules) -> list[dict]:
    """What every match of each of `extra_patterns` contains, in their order (`guard`'s
    arguments): searched first, it spares most sentences the patterns."""
    year = {"core": r"\d{4}"}  # (?:1[89]|20)\d{2}
    return [
        year,
        {"core": "/"},
        {"core": r"\d\.\d{1,2}\.\d"},
        {"words": innermost_words(MONTHS)},
        year,
        {},
        {"words": tuple(WEEKDAYS)},
        {"words": tuple(re.escape(w) for w in rules.weekend_words)},
        {"words": tuple(rules.relative_days)},
        {"core": r"\d0s"},
        year,
    ]


def innermost_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words that hold none of the others: every one of `words` holds one of them.

    >>> innermost_words(["january", "jan", "sept", "sep", "may"])
    ('jan', 'may', 'sep')
    """
    words = set(words)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


# a date span may name no year ("12-13 May", "between March and May": absolute_dates._SPANS),
# but it always names a month: one of the month words, each of which holds one that holds no
# other ("january" holds "jan")
SPANS = guard(SPAN_IN_TEXT.pattern, words=innermost_words(MONTHS))
# "Saturday and Sunday", "from Friday to Sunday": two weekday names
WEEKDAY_SPANS = guard(rf"\b{WEEKDAY_SPAN}\b", words=tuple(WEEKDAYS))


def part_span(rules: DateRules) -> Guarded:
    """A span opened by "from" or "between" whose ends carry part words ("from early 2014 to
    late 2015", "between late March and mid-May 2014"), which the model tags apart, tags one
    end of only, or takes "Between" into; the groups p1 and p2 are the part words."""
    global _PART_SPAN
    if _PART_SPAN is None or _PART_SPAN[0] is not rules:
        words = {*rules.year_parts, *rules.month_parts}
        parts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        year = r"(?:1[89]|20)\d{2}"

        def end(group: str) -> str:
            return (
                rf"(?:the\s+)?(?:(?P<{group}>{parts})[\s-]+)?"
                rf"(?:(?:{MONTH_WORD})\.?(?:\s+|(?={year}\b|$)))?"
            )

        pattern = (
            rf"\b(?:between|from)\s+{end('p1')}(?:{year}\s*)?"
            rf"(?:to|until|till|through|and|[-–—])\s+{end('p2')}{year}(?![\w/%-])"
        )
        _PART_SPAN = (rules, guard(pattern, core=r"\d{4}"))
    return _PART_SPAN[1]


_PART_SPAN: tuple[DateRules, Guarded] | None = None
# (rules, their extra patterns compiled): built once, not for every sentence
_EXTRA: tuple[DateRules, list[Guarded]] | None = None


def guarded_extra_patterns(rules: DateRules) -> list[Guarded]:
    """`extra_patterns` compiled, each with its core (`_extra_cores`), once per rules."""
    global _EXTRA
    if _EXTRA is None or _EXTRA[0] is not rules:
        pairs = zip(extra_patterns(rules), _extra_cores(rules), strict=True)
        _EXTRA = (rules, [guard(pattern, **core) for pattern, core in pairs])
    return _EXTRA[1]
