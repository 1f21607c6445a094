"""A force named after its country's name ("the Chad Border Police") is one organisation's
name, not the state Chad followed by stray words: its deeds are the force's, not the state's."""

from __future__ import annotations


def entities(resources, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in resources.nlp(text).ents]


def test_a_country_name_and_force_words_after_it_are_one_force_name(resources):
    found = entities(resources, "The Chad Border Police arrested two smugglers on Monday.")
    assert ("Chad Border Police", "ORG") in found
    assert ("Chad", "GPE") not in found


def test_a_country_followed_by_other_words_stays_the_country(resources):
    found = entities(resources, "A plane of Chad Airways flew two officials to the capital.")
    assert ("Chad", "GPE") in found  # "Airways" is no force word
