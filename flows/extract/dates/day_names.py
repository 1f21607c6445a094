"""Weekdays inside names: "the Palm Sunday Accord", "Black Tuesday" name an
accord or an event, not the day before publication (relative_dates.resolve_weekday), and in a
text with no publication date they are no unknown date either."""

from __future__ import annotations

from spacy.tokens import Doc

from flows.extract.dates.absolute import MONTHS
from flows.extract.dates.relative import WEEKDAYS
from flows.extract.dates.rules import DateRules

_PLACES = frozenset({"GPE", "LOC", "FAC"})


def in_a_name(doc: Doc, start: int, end: int, rules: DateRules) -> bool:
    """Whether the date doc.text[start:end] is a bare weekday that a capitalised word of a name
    precedes: not the sentence's first word ("Last Friday, ..."), nor a word of the date
    vocabulary ("On Friday", "Early Friday"), nor a place, as wire copy writes "killed in
    Kabul Friday"."""
    if doc.text[start:end].strip().lower() not in WEEKDAYS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if not before.is_title or before.is_sent_start or before.ent_type_ in _PLACES:
        return False
    return before.lower_ not in _date_words(rules)


def _date_words(rules: DateRules) -> frozenset[str]:
    """The single words of dates.yaml's vocabulary and the month names."""
    phrases = (
        *rules.leading_words,
        *rules.anchors,
        *rules.decade_parts,
        *rules.year_parts,
        *rules.week_parts,
        *rules.day_part_prefixes,
        *rules.open_ended_words,
        *rules.relative_days,
        *MONTHS,
    )
    return frozenset(word for phrase in phrases for word in str(phrase).lower().split())
