"""Which country a paragraph, and a whole document, is about: the fallback place of an event
whose sentence names none."""

from __future__ import annotations

import pytest

from flows.extract.document import dominant_country, sole_country
from flows.extract.event_places import inferred_country


@pytest.mark.parametrize(
    ("own", "lede", "dominant", "expected"),
    [
        ({"ML": 1}, {"NE": 1}, None, "ML"),  # the only country the paragraph names
        ({"ML": 2, "NE": 1}, {}, None, "ML"),  # named twice, more than the rest together
        ({"ML": 1, "NE": 1}, {}, "ML", None),  # a tie: no country, whatever the document's
        ({"ML": 2, "NE": 2}, {}, None, None),
        ({}, {"NE": 1}, "ML", "NE"),  # none named: the news lede's only country
        ({}, {"NE": 1, "ML": 1}, "ML", "ML"),  # else the document's
    ],
)
def test_a_paragraph_is_about_the_country_it_names_most(own, lede, dominant, expected):
    assert sole_country(own, lede, dominant) == expected


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"SO": 6, "KE": 3, "ET": 2}, "SO"),  # twice any other, though not the majority
        ({"SO": 4, "KE": 3}, None),
        ({"SO": 2}, None),  # too few mentions to say
        ({}, None),
    ],
)
def test_a_document_is_about_the_country_it_names_at_least_twice_as_often(counts, expected):
    assert dominant_country(counts) == expected


@pytest.mark.parametrize(
    ("event_type", "placed"),
    [("attack", True), ("group_split", True), ("alliance", True), ("rename", False)],
)
def test_an_unplaced_event_takes_its_paragraph_s_country_unless_it_happens_nowhere(
    event_type, placed
):
    place = inferred_country(event_type, "ML")
    assert (place is not None and place.country == "ML") == placed
    assert inferred_country(event_type, None) is None
