"""Four-digit numbers that count people, not years: "40 of the 1800 fighters"."""

from __future__ import annotations

from spacy.tokens import Doc

from flows.extract.quantity_rules import default_rules


def counts_people(doc: Doc, start: int, end: int) -> bool:
    """Whether the date doc.text[start:end] is a bare four-digit number that a determiner and
    a noun counting people enclose ("of the 1800 jihadists", "its 2000 fighters"). Only the
    determiner tells the count from a year: "In 2015 militants attacked" parses alike, with
    the year as the noun's number."""
    words = doc.text[start:end].strip()
    if not (words.isdigit() and len(words) == 4):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.start == 0:
        return False
    number, before = span[0], doc[span.start - 1]
    head = number.head
    return (
        number.dep_ == "nummod"
        and head.i == number.i + 1
        and (before.pos_ == "DET" or before.tag_ == "PRP$")
        and default_rules().is_person_noun(head)
    )
