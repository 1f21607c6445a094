"""An organisation's name the NER cut before its "of" phrase is one name again, with the
capitalised words before the place the ruler tagged: "the Harbour Police of Southern Ireland"."""

from __future__ import annotations


def test_a_name_cut_before_a_two_word_place_is_one_name(resources):
    doc = resources.nlp("The Harbour Police of Southern Ireland arrested two men.")
    assert ("The Harbour Police of Southern Ireland", "ORG") in [
        (e.text, e.label_) for e in doc.ents
    ]
