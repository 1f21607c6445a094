"""Membership told by a verb of including or of taking in (flows/extract/relations/membership.py)."""

from __future__ import annotations

import pytest

from tests.unit.test_relations import triples


def test_the_members_a_named_force_includes_are_its_members(relations_in):
    found = triples(relations_in("The G5 Sahel force includes Burkina Faso, Chad and Mali."))
    assert {(m, "member_of", "G5 Sahel") for m in ("Burkina Faso", "Chad", "Mali")} <= found


def test_the_people_a_groups_leadership_includes_are_its_members(relations_in):
    found = triples(relations_in("The Al-Shabaab leadership includes Ahmed Diriye."))
    assert ("Ahmed Diriye", "member_of", "Al-Shabaab") in found


def test_what_a_named_group_or_an_unnamed_body_includes_are_not_members(relations_in):
    found = relations_in(
        "Al-Qaeda includes several regional branches. The force includes Chad and Mali."
    )
    assert not [r for r in found if r.relation_type == "member_of"]


@pytest.mark.parametrize(
    "text",
    [
        "In June 2012, Kenyan troops were officially integrated into AMISOM.",
        "Kenyan troops were incorporated into AMISOM.",
    ],
)
def test_what_is_integrated_into_a_force_is_its_member(relations_in, text):
    assert triples(relations_in(text)) == {("Kenyan troops", "member_of", "AMISOM")}
