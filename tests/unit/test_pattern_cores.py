"""A date pattern is searched only where its core is found (flows/extract/pattern_cores.py):
the dates found must be those the pattern alone finds, whatever the case or the alphabet."""

from __future__ import annotations

import pytest

from flows.extract.dates.intervals import date_rules
from flows.extract.dates.patterns import SPANS, WEEKDAY_SPANS, guarded_extra_patterns
from flows.extract.pattern_cores import Folded, guard, matches

TEXTS = [
    "Gunmen attacked the convoy last FRIDAY, and again on Sunday morning.",
    "The army said on Frıday that the town had fallen.",  # dotless i: IGNORECASE reads Friday
    "Fighting resumed over the weeKend near Gao.",  # the Kelvin sign is a K to IGNORECASE
    "Yesterday, the group claimed the 9/11 anniversary attack of 21 to 24 September 2013.",
    "The front held from 1998-2003 and through the late 1990s; in 2013 it broke.",
    "Ten soldiers died in clashes on 3/4/12 at 0600 hrs.",
    "Raids went on from MONDAY to Wednesday, and between March and MAY 2014.",
    "Talks from 12 to 14 ſept 2015 failed.",  # the long s is an s to IGNORECASE
    "No date at all in this one.",
    "",
]


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


@pytest.mark.parametrize("text", TEXTS)
def test_every_date_pattern_finds_with_its_core_what_it_finds_alone(text):
    folded = Folded(text)
    for guarded in [SPANS, WEEKDAY_SPANS, *guarded_extra_patterns(date_rules())]:
        assert _spans(matches(guarded, text, folded)) == _spans(guarded.pattern.finditer(text))


def test_letters_that_ignorecase_takes_for_ascii_ones_still_find_their_date():
    weekday = guard(r"\b(?:monday|friday)\b", words=("monday", "friday"))
    for text in ("on Frıday", "on FRIDAY", "on friday"):  # dotless i, capitals, plain
        assert [m.group() for m in matches(weekday, text, Folded(text))] == [text[3:]]
    assert list(matches(weekday, "a fine day", Folded("a fine day"))) == []


def test_words_that_are_not_lower_case_ascii_get_no_core():
    assert guard("Noël|Christmas", words=("Noël", "Christmas")).core is None
    assert guard("noël", words=("noël",)).core is None
    assert guard("noel", words=("noel",)).core is not None
