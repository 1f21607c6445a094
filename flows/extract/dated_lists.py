"""Dated lists: chronologies and timelines told as items that open with a date ("3 March 2014:
gunmen attacked ...", "June 18, 2004: Rudolf Rassendyll, ZLF commander"), often under a line
that names the deed they list and ends in a colon ("Here are the ZLF leaders killed in the
air campaign:"). The item's leading date is the time of every deed the item tells, reported
ones too; an item naming no deed of its own is a record of the deed its list's header names,
on the item's day, with the header's doers, and the actors the item names as its targets."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from flows.extract.counts import Casualties
from flows.extract.dates.intervals import DateValue
from flows.extract.event_mention import EventMention
from flows.extract.parsed import doc_entities, doc_text, sentence_text
from flows.extract.roles.mentions import ACTOR_ENT_LABELS, Mention
from flows.normalise.lines import DATED_ITEM

# The header's deeds have no date of their own: its list's items give theirs. This stands
# for the items' dates while the header is read, so that a deed told as a kind ("leaders who
# have been killed") is not set aside as no single event.
LIST_TIME = DateValue(None, None, "unknown", "")

# (date, start, end) of a sentence's dates, offsets into its Doc, as find_dates gives them
Dated = tuple[DateValue, int, int]


def leading_date(sent: Span, dates: list[Dated]) -> Dated | None:
    """The date a dated list's item opens with, when `sent` opens one ("3 March: gunmen ...",
    "2014 – The ZLF seizes ..."), among the sentence's `dates`; None otherwise."""
    text = sentence_text(sent)
    if not dates or not DATED_ITEM.match(text.lstrip()):
        return None
    value, start, end = dates[0]
    lead = len(text) - len(text.lstrip())
    if start != sent.start_char + lead or value.start is None:
        return None
    return dates[0]


def opens_list(sent: Span) -> bool:
    """Whether a paragraph's last sentence introduces a list: it ends in a colon."""
    return sentence_text(sent).rstrip().endswith(":")


def own_deed(found: list[EventMention], day: DateValue) -> bool:
    """Whether an item tells a deed of its own day (its other deeds are background: "a
    commander wanted for a bombing in 2006"; a claim names a doer, no deed)."""
    return any(
        not e.names_doer_only
        and (e.date is None or (e.date.start, e.date.end) == (day.start, day.end))
        for e in found
    )


def record_item(
    header: list[EventMention],
    found: list[EventMention],
    told: list[EventMention],
    doc: Doc,
    offset: int,
    item: Dated,
) -> list[EventMention]:
    """The mentions `found` in an item's sentence, with its header's deeds (`listed_deeds`)
    when the item's sentences so far (`told`) tell none of their own; a claim the item tells
    ("the ZLF claimed responsibility") names their doers instead of the deed told before."""
    if not header or own_deed(told, item[0]):
        return found
    claims = [e for e in found if e.names_doer_only]
    doers = [m for c in claims for m in c.perpetrators]
    deeds = listed_deeds(header, doc, offset, item, doers)
    return [e for e in found if not e.names_doer_only] + deeds


def tells_past(sent: Span, item: Dated) -> bool:
    """Whether `sent` tells anything past the date its item opens with ("3 March 2014:" alone
    is parsed as a sentence of its own at times; the item's words are in the next)."""
    return any(t.is_alpha for t in sent if t.idx >= item[2])


def listed_deeds(
    header: list[EventMention], doc: Doc, offset: int, item: Dated, doers: list[Mention]
) -> list[EventMention]:
    """The deeds of an item (the paragraph `doc`, at `offset` in the normalised text) naming
    none of its own: each of its header's deeds, on the item's date, with `doers` (those the
    item names as claiming it) or else the header's, and the item's other actors as targets. The evidence is the item; the date's words
    stand for the trigger, which the header holds."""
    day, start, end = item
    claiming = {(m.start, m.end) for m in doers}
    targets = [
        Mention(e.text, offset + e.start_char, offset + e.end_char, e.label_, e.ent_id_)
        for e in doc_entities(doc)
        if e.label_ in ACTOR_ENT_LABELS
        and e.start_char >= end
        and (offset + e.start_char, offset + e.end_char) not in claiming
    ]
    return [
        replace(
            deed,
            trigger=doc_text(doc)[start:end],
            trigger_start=offset + start,
            trigger_end=offset + end,
            clause_start=offset + start,
            clause_end=offset + len(doc_text(doc).rstrip()),
            date=day,
            casualties=Casualties(None, None, None),
            perpetrators=list(doers or deed.perpetrators),
            targets=targets,
            anaphoric=False,
            narrative_date=None,
            names_doer_only=False,
        )
        for deed in header
    ]
