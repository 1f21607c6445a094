"""A force named after its country's name ("the Chad Border Police") is one organisation's
name, not the state Chad followed by stray words: its deeds are the force's, not the state's."""

from __future__ import annotations

import pytest


def entities(resources, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in resources.nlp(text).ents]


def test_a_country_name_and_force_words_after_it_are_one_force_name(resources):
    found = entities(resources, "The Chad Border Police arrested two smugglers on Monday.")
    assert ("Chad Border Police", "ORG") in found
    assert ("Chad", "GPE") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A plane of Chad Airways flew two officials to the capital.",  # no force word
        "Traders crossed the Chad Border on foot at dawn.",  # a force word, but no force noun
    ],
)
def test_a_country_followed_by_other_words_stays_the_country(resources, sentence):
    found = entities(resources, sentence)
    assert ("Chad", "GPE") in found
