"""Roles held in a group however the sentence gives them: a role in one of its bodies, a
deputy's role, one among several, a role taken with "become" or "as", an affiliation told by
a participle, support told by a nationality word."""

from __future__ import annotations

import pytest

from tests.unit.test_relations import triples


@pytest.mark.parametrize(
    "text",
    [
        "Musa Bello, head of Boko Haram's finance committee, was captured.",
        "Musa Bello, Boko Haram's military committee chief, was captured.",
        "Musa Bello, one of the leaders of Boko Haram, was captured.",
    ],
)
def test_a_role_in_a_groups_body_or_among_its_leaders_makes_a_member_not_the_leader(
    relations_in, text
):
    assert triples(relations_in(text)) == {("Musa Bello", "member_of", "Boko Haram")}


def test_the_chair_of_a_named_body_is_no_member_of_the_body(relations_in):
    text = "On Monday, State Finance Committee Chairman Senator Tom Walden said it."
    assert not any(t == "member_of" for _, t, _ in triples(relations_in(text)))


def test_a_deputy_head_is_the_deputy_not_the_head(relations_in):
    found = triples(relations_in("Musa Bello, the deputy leader of Boko Haram, was captured."))
    assert found == {("Musa Bello", "deputy_of", "Boko Haram")}


def test_someone_appointed_deputy_to_a_leader_is_that_leaders_deputy(relations_in):
    found = triples(relations_in("Abu Talha was appointed deputy to Abu Bakr al-Baghdadi."))
    assert found == {("Abu Talha", "deputy_of", "Abu Bakr al-Baghdadi")}


def test_a_nationality_beside_a_backer_names_the_backing_state(relations_in):
    found = triples(relations_in("The Houthis' Iranian backers sent missiles."))
    assert found == {("Iranian", "supports", "Houthis")}


def test_a_nationality_beside_members_is_no_member_state(relations_in):
    found = triples(relations_in("Several Libyan members of al Qaeda renounced him."))
    assert ("Libyan", "member_of", "al Qaeda") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine, an armed Salafist movement linked to al-Qaeda, issued a statement.",
        "Ansar Dine is affiliated with al-Qaeda.",
    ],
)
def test_a_participle_of_affiliation_makes_an_affiliate(relations_in, text):
    assert triples(relations_in(text)) == {("Ansar Dine", "affiliate_of", "al-Qaeda")}


def test_linking_an_attack_to_a_group_affiliates_no_one(relations_in):
    assert relations_in("Police linked the attack to Boko Haram.") == []


def test_a_participle_of_backing_after_the_clause_backs_its_subject(relations_in):
    found = triples(relations_in("The militia advanced on the town, backed by Rwanda."))
    assert found == {("Rwanda", "supports", "The militia")}


def test_a_name_right_after_a_title_the_parser_left_unattached_holds_the_title(relations_in):
    found = relations_in(
        "Despite the death of al-Shabaab’s leader Ahmed Abdi Godane and Somali military "
        "operations throughout Jubaland and Gedo, al-Shabaab and other extremist groups "
        "remained dangerous foes to Somalia and the international community."
    )
    assert ("Ahmed Abdi Godane", "leader_of", "al-Shabaab") in triples(found)


@pytest.mark.parametrize(
    "text",
    [
        "The group was founded in 2004 and led by Abu Musab al-Zarqawi.",
        "The group was formed in 2004 and later led by Abu Musab al-Zarqawi.",
    ],
)
def test_the_second_of_two_passive_verbs_takes_the_first_ones_subject(relations_in, text):
    assert ("Abu Musab al-Zarqawi", "leader_of", "The group") in triples(relations_in(text))


def test_an_affiliation_hyphenated_before_a_title_and_name_is_the_persons(relations_in):
    found = triples(relations_in("The Al-Qaeda-affiliated militant Yusuf Tessim lived there."))
    assert found == {("Yusuf Tessim", "affiliate_of", "Al-Qaeda")}


@pytest.mark.parametrize(
    "text",
    [
        "The TFG and its AMISOM allies recaptured the town.",
        "Somali troops and the TFG's AMISOM allies recaptured the town.",
    ],
)
def test_the_name_before_its_allies_is_the_ally_of_their_owner(relations_in, text):
    assert ("AMISOM", "allied_with", "TFG") in triples(relations_in(text))


def test_a_name_the_parser_hangs_on_the_body_after_of_holds_the_role(relations_in):
    text = "The deputy chief of al Qaeda's finance committee, Abu Yasir, wrote a letter."
    assert ("Abu Yasir", "member_of", "al Qaeda") in triples(relations_in(text))


@pytest.mark.parametrize(
    "text",
    [
        "Musa Bello, the Boko Haram commander, was killed.",
        "Boko Haram commander Musa Bello was killed.",
    ],
)
def test_a_commander_with_the_group_named_before_the_title_is_its_member(relations_in, text):
    assert triples(relations_in(text)) == {("Musa Bello", "member_of", "Boko Haram")}


@pytest.mark.parametrize(
    "text",
    [
        "Musa Bello, the commander of Boko Haram, was killed.",
        "Boko Haram's commander, Musa Bello, was killed.",
    ],
)
def test_the_commander_of_a_group_or_its_commander_commands_it(relations_in, text):
    assert triples(relations_in(text)) == {("Musa Bello", "commander_of", "Boko Haram")}
