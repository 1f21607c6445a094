"""The deed's own day for a deed dated only by the day it was told: wire copy leads with
"officials said Tuesday that five soldiers were killed" and names the deed's day later ("the
gunmen attacked them on Monday"), which the extraction may keep as another event of the same
kind. The deed told on the telling day then takes the later-told deed's earlier day. An
operation told on that day as still running ("the search goes on") spans from the deed it
answers to it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flows.extract.dates.intervals import DateValue, date_rules
from flows.resolve.resolved_mention import ResolvedMention, family

# How far back the deed's day may lie from the telling day (a news week).
_WEEK = 6


def _told_by_day(
    groups: list[list[ResolvedMention]], dates: list[DateValue | None]
) -> Iterator[
    tuple[int, ResolvedMention, DateValue, list[tuple[list[ResolvedMention], DateValue]]]
]:
    """Each single-mention group dated to a day: its index, mention and date, with each other
    group of its document dated to a day in the week before, and that group's date."""
    by_doc: dict[str, list[tuple[int, list[ResolvedMention], DateValue]]] = {}
    for i, (group, day) in enumerate(zip(groups, dates, strict=True)):
        docs = {m.doc_id for m in group}
        if day is not None and day.precision == "day" and len(docs) == 1:
            by_doc.setdefault(docs.pop(), []).append((i, group, day))
    for i, group in enumerate(groups):
        day = dates[i]
        if len(group) != 1 or day is None or day.precision != "day":
            continue
        m = group[0]
        before = [
            (g, d)
            for j, g, d in by_doc.get(m.doc_id, [])
            if j != i and 1 <= (day.start - d.start).days <= _WEEK
        ]
        yield i, m, day, before


def deed_days(
    groups: list[list[ResolvedMention]], dates: list[DateValue | None]
) -> dict[int, DateValue]:
    """For the index of each group whose date (`dates`: each group's `merged_date`) is the day
    it was told, the day of the one later-told deed of its kind in its document dated within
    the week before."""
    # A telling verb (dates.yaml telling_forms) shortly before the date: "said on Saturday",
    # "told reporters Tuesday".
    forms = "|".join(re.escape(f) for f in date_rules().telling_forms)
    if not forms:
        return {}
    telling = rf"\b(?:{forms})\b[^.;]{{0,30}}?"
    out = {}
    for i, m, day, before in _told_by_day(groups, dates):
        if not day.text or not re.search(telling + re.escape(day.text), m.quote, re.I):
            continue
        earlier = {
            (d.start, d.text)
            for g, d in before
            if family(g[0].event_type) == family(m.event_type)
            and min(x.raw_start for x in g) > m.raw_start
        }
        if len({start for start, _ in earlier}) == 1:
            # the deed's own day, with the words that told it (min: one text, whatever the order)
            start, text = min(earlier, key=lambda e: e[1] or "")
            out[i] = DateValue(start, start, "day", text)
    return out


def running_days(
    groups: list[list[ResolvedMention]], dates: list[DateValue | None]
) -> dict[int, DateValue]:
    """For the index of each single-mention operation (dates.yaml running_types) dated to a
    day and told as still going on ("the sweep continues", "troops have sealed the hills, the
    army said Tuesday"; `ResolvedMention.running`), the span from the first day its document
    names in the week before to that day: an operation goes on from the deed it answers."""
    kinds = date_rules().running_types
    out = {}
    for i, m, day, before in _told_by_day(groups, dates):
        if m.event_type in kinds and m.running and before:
            out[i] = DateValue(min(d.start for _, d in before), day.end, "range", day.text)
    return out
