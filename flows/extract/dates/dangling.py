"""A date the parser left outside the preposition that introduces it: in "on 9 June four men
were arrested" the model can read "9 June four" as a number of men, so "on" has no object and
the date sits inside the subject, where a deed's date is not looked for."""

from __future__ import annotations

from spacy.tokens import Doc


def dangling_dates(doc: Doc, ids: set[int], dates: list) -> set[int]:
    """Token indices of the dates (find_dates' (value, start, end)) that come right after a
    preposition among the tokens `ids` (a deed's scope) that has no object of its own: that
    preposition's object, so the deed's date."""
    out: set[int] = set()
    for _, start, end in dates:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        prep = doc[span.start - 1]
        if prep.i in ids and prep.dep_ == "prep" and not any(True for _ in prep.children):
            out |= {t.i for t in span}
    return out
