"""Dated list items: a news digest (a day's page of the Wikipedia Current Events portal, a
"Related" list) is a list of one-line news items, each a link to its own page whose address
carries the day it was published ("1. [Gunmen attack two hotels ...](/news/2016/03/13/...)").
Each item is then a short wire story of that day: "yesterday's attack" in it is the day before
its own date, not the page's, and a deed it tells without a date happened on it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# A list item ("1. ", "- ", "* ") whose words are a link to an address holding a day as
# /YYYY/MM/DD/, the common form of news addresses. The words may hold a bracketed editor's
# insertion of their own ("Leave [the] town now").
_DATED_ITEM = re.compile(
    r"^[ ]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+\[(?:[^\[\]\n]|\[[^\[\]\n]*\])+\]\("
    r"[^()\s]*?/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})/[^()\s]*\)",
    re.M,
)
_ITEM_START = re.compile(r"^[ ]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+", re.M)


@dataclass(frozen=True)
class DatedItem:
    """A list item's raw span [start, end) and the day its address gives."""

    start: int
    end: int
    day: date


def dated_items(text: str) -> list[DatedItem]:
    """The dated list items of a Markdown text, in order; an item runs to the next list item,
    blank line or the end of the text.

    >>> [i.day.isoformat() for i in dated_items("1. [Gunmen kill 5.](/news/2016/3/13/x.md)")]
    ['2016-03-13']
    """
    out = []
    for m in _DATED_ITEM.finditer(text):
        try:
            day = date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            continue
        after = _ITEM_START.search(text, m.end())
        blank = text.find("\n\n", m.end())
        ends = [e for e in (after.start() if after else -1, blank) if e != -1]
        out.append(DatedItem(m.start(), min(ends) if ends else len(text), day))
    return out
