"""A split told by a noun: the group a clause of coming into being is about split from the
group the split happened in."""

from __future__ import annotations

import pytest

from tests.unit.test_relations import triples


@pytest.mark.parametrize(
    "text",
    [
        "Ansaru was formed in 2012 following a split in Boko Haram.",
        "Ansaru emerged from a split within Boko Haram.",
    ],
)
def test_a_group_born_of_a_split_in_another_split_from_it(relations_in, text):
    assert triples(relations_in(text)) == {("Ansaru", "split_from", "Boko Haram")}


def test_a_split_that_weakens_a_group_is_no_split_of_that_group(relations_in):
    assert triples(relations_in("Ansaru was weakened by a split in Boko Haram.")) == set()
