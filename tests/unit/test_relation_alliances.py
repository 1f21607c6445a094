"""An alliance told by a noun: whoever makes, enters or holds it is allied with the partner
named after "with"."""

from __future__ import annotations

import pytest

from tests.unit.test_relations import triples


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fought in alliance with Hizbul Islam.",
        "Al-Shabaab formed an alliance with Hizbul Islam in 2009.",
    ],
)
def test_an_alliance_with_a_partner_allies_its_holder_with_the_partner(relations_in, text):
    assert triples(relations_in(text)) == {("Al-Shabaab", "allied_with", "Hizbul Islam")}


def test_an_alliance_of_several_groups_names_no_partner(relations_in):
    assert triples(relations_in("An alliance of Ansar Dine and MUJAO took Gao.")) == set()
