"""A campaign (a military operation), or an organisation's or state's act told as a summary, is
not dated by the time the story had reached (dates.yaml types_not_dated_by_story)."""

from __future__ import annotations


def test_an_undated_operation_is_not_dated_by_the_story_time(document_events):
    events = document_events(
        [
            "On 3 May 2015 gunmen killed five soldiers near Gao. "
            "A search operation by Malian troops is under way near the town."
        ]
    )
    killing = next(e for e in events if e.event_type in ("killing", "attack"))
    operation = next(e for e in events if e.event_type == "military_operation")
    assert killing.date is not None and str(killing.date.start) == "2015-05-03"
    assert operation.date is None and operation.narrative_date is None


def test_an_undated_alliance_is_not_dated_but_an_undated_bombing_is(document_events):
    events = document_events(
        [
            "In February 2009 the parliament elected a new president. "
            "Militants bombed the presidential palace in Mogadishu. "
            "Hizbul Islam formed an alliance with the Ras Kamboni Brigades.",
        ],
        published=None,
    )
    alliance = next(e for e in events if e.event_type == "alliance")
    bombing = next(e for e in events if e.event_type == "bombing")
    assert alliance.date is None and alliance.narrative_date is None
    assert bombing.narrative_date is not None and str(bombing.narrative_date.start) == "2009-02-01"


def test_an_operation_its_own_sentence_dates_keeps_that_date(document_events):
    events = document_events(
        ["In March 2013, French troops launched an offensive against militants near Gao."]
    )
    operation = next(e for e in events if e.event_type == "military_operation")
    when = operation.date or operation.narrative_date
    assert when is not None and str(when.start) == "2013-03-01"
