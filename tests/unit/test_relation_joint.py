"""Allies told by acting together: named doers of one deed done jointly are allied."""

from __future__ import annotations

import pytest

from tests.unit.test_relations import triples


@pytest.mark.parametrize(
    "text",
    [
        "JNIM and ISGS jointly claimed the attack.",
        "It was a joint attack by JNIM and ISGS.",
    ],
)
def test_doers_of_a_deed_done_jointly_are_allies(relations_in, text):
    assert ("JNIM", "allied_with", "ISGS") in triples(relations_in(text))


def test_one_doer_acting_together_with_unnamed_allies_makes_no_alliance(relations_in):
    found = triples(relations_in("Boko Haram attacked the town together with its allies."))
    assert not any(rel == "allied_with" for _, rel, _ in found)
