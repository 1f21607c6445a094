"""A date right after a preposition the parser left without an object is the deed's date, not
the subject's count (flows/extract/dates/dangling.py)."""

from __future__ import annotations

from datetime import date


def test_a_date_the_parser_took_into_the_subject_dates_the_deed(document_events):
    text = (
        "On 2 June a rifle was found near a police post in Gulu, and on 9 June four men were "
        "arrested after a search of their farm."
    )
    events = document_events(["In 2000 the group stepped up its campaign. " + text], published=None)
    arrest = next(e for e in events if e.event_type == "capture_arrest")
    assert arrest.date is not None
    assert (arrest.date.start, arrest.date.end) == (date(2000, 6, 9), date(2000, 6, 9))
