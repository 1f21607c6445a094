"""A deed told as still going on when it is told (dates/clauses.told_running): the present
perfect or progressive, or a word of continuation on the deed or its verb. An operation so told
began before the day it was told (told_days.running_days)."""

from __future__ import annotations

import pytest

RUNNING = [
    "A search operation by Ruritanian troops continues near Zenda, the army said on Sunday.",
    "The army has deployed 2,000 troops to Zenda, a spokesman said on Sunday.",
    "Ruritanian troops are conducting an offensive around Zenda, the army said on Sunday.",
    "An operation by Ruritanian troops is still under way near Zenda, the army said on Sunday.",
]
DONE = [
    "The army deployed 2,000 troops to Zenda, a spokesman said on Sunday.",
    "The army had deployed 2,000 troops to Zenda by Sunday, a spokesman said.",
]


def _operation(document_events, sentence: str):
    events = document_events([sentence])
    return next(e for e in events if e.event_type == "military_operation")


@pytest.mark.parametrize("sentence", RUNNING)
def test_an_operation_told_as_going_on_is_running(document_events, sentence):
    assert _operation(document_events, sentence).running


@pytest.mark.parametrize("sentence", DONE)
def test_a_finished_operation_is_not_running(document_events, sentence):
    assert not _operation(document_events, sentence).running


def test_a_deed_in_a_sentence_with_no_verb_is_not_running(document_events):
    """A headline-like fragment: the walk up to the deed's verb ends at the root."""
    events = document_events(["Ruritanian army offensive near Zenda on Sunday."])
    assert events and not any(e.running for e in events)
