"""A person's name the NER cut short is joined back, so that one person stays one actor; a
title before a name stays out of it."""

from __future__ import annotations

import pytest


def person_names(resources, text: str) -> list[str]:
    return [e.text for e in resources.nlp(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Parliament then elected Sheikh Hassan Sheikh Dirir, the former ARS deputy.",
            "Sheikh Hassan Sheikh Dirir",
        ),
        ("Abdirisaq Omar Dirir was appointed deputy chief.", "Abdirisaq Omar Dirir"),
    ],
)
def test_a_name_the_ner_cut_short_is_the_whole_name(resources, text, name):
    assert name in person_names(resources, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Vladimir Putin extended his condolences.", "Vladimir Putin"),
        ("Succeeding Abu Omar is the group's current emir.", "Abu Omar"),
    ],
)
def test_a_title_or_a_verb_before_a_name_is_no_part_of_it(resources, text, name):
    names = person_names(resources, text)
    assert all(not n.endswith(name) or n == name for n in names)
