"""Rivals told by fighting one another: named non-state sides of a verb of fighting with a
reciprocal or a prize fought over are rivals; sides fighting someone else are not."""

from __future__ import annotations

import pytest

from tests.unit.test_relations import triples


@pytest.mark.parametrize(
    "text",
    [
        "JNIM and ISGS clashed with each other near Menaka.",
        "JNIM and ISGS began to fight amongst themselves in 2019.",
    ],
)
def test_groups_fighting_one_another_are_rivals(relations_in, text):
    assert ("JNIM", "rival_of", "ISGS") in triples(relations_in(text))


def test_groups_fighting_a_third_side_are_no_rivals(relations_in):
    found = triples(relations_in("JNIM and ISGS fought the army near Menaka."))
    assert not any(rel == "rival_of" for _, rel, _ in found)
