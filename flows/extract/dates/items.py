"""The day a news-digest item was published (flows/ingest/formats/dated_items.py), for the sentences
told in it: their "yesterday" and "Thursday" are read against it, and a deed they tell with
no date of its own happened on it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from flows.ingest.formats.dated_items import DatedItem

# (start, end) in the normalised text, and the item's day
ItemDay = tuple[int, int, date]


def items_in_text(items: list[DatedItem], raw_offsets: Sequence[int]) -> list[ItemDay]:
    """The items' spans in the normalised text (`raw_offsets`: NormalisedText's)."""
    return [
        (bisect_left(raw_offsets, item.start), bisect_left(raw_offsets, item.end), item.day)
        for item in items
    ]


def item_day(items: list[ItemDay], start: int, end: int) -> date | None:
    """The day of the item that holds most of the text [start, end), None when none does
    (a sentence split across two items belongs to the one holding more of its words).

    >>> item_day([(0, 10, date(2016, 3, 13)), (10, 30, date(2016, 2, 1))], 8, 25)
    datetime.date(2016, 2, 1)
    """
    best, best_overlap = None, 0
    for item_start, item_end, day in items:
        overlap = min(end, item_end) - max(start, item_start)
        if overlap > best_overlap:
            best, best_overlap = day, overlap
    return best
