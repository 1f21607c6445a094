"""Relation records: a person known by one word only holds no published tie; a deputy of a
state's office is no deputy of the state, a person no member of a state,
and "President X" beside another state leads neither."""

from __future__ import annotations

from flows.extract.document import RelationMention
from flows.extract.roles.mentions import Mention
from flows.publish.relation_records import (
    deputy_of_office,
    lone_name,
    member_of_state,
    other_state_named,
)


def _tie_of(name: str, label: str) -> RelationMention:
    holder, state = Mention(name, 10, 10 + len(name), label, ""), Mention("", 0, 0, "GPE", "")
    return RelationMention("doc", "leader_of", holder, state, None, "asserted", 0, 40, 0)


def test_a_bare_surname_no_full_name_joined_is_a_lone_name():
    assert lone_name("new-okonkwo", _tie_of("Okonkwo", "PERSON"))  # "President Okonkwo"


def test_a_full_name_a_dictionary_person_or_an_unknown_one_word_group_is_not():
    assert not lone_name("new-ada_okonkwo", _tie_of("Ada Okonkwo", "PERSON"))
    assert not lone_name("shekau", _tie_of("Shekau", "PERSON"))
    assert not lone_name("new-zarafa", _tie_of("Zarafa", "ORG"))  # "Zarafa, a militia backed by Y"


def test_a_vice_president_or_deputy_army_chief_is_no_deputy_of_the_state_or_its_army():
    assert deputy_of_office("deputy_of", "state")  # "Vice President of Nigeria X"
    assert deputy_of_office("deputy_of", "state_force")  # "X, Deputy Chief of Army"


def test_a_deputy_of_a_leader_or_a_group_is_kept():
    assert not deputy_of_office("deputy_of", "person")  # "Y and his deputy X"
    assert not deputy_of_office("deputy_of", "armed_group")
    assert not deputy_of_office("leader_of", "state")


def test_a_person_is_no_member_of_a_state_but_of_a_group_or_its_army():
    assert member_of_state("member_of", "person", "state")  # "the State Council spokesman X"
    assert not member_of_state("member_of", "person", "armed_group")
    assert not member_of_state("member_of", "person", "state_force")
    assert not member_of_state("member_of", "state", "organization")  # "Chad ... G5 Sahel"


def test_president_x_beside_another_state_leads_neither():
    # "President X promised that Russia would help Pakistan": X, whom the
    # dictionary does not place, is not taken for the Pakistani story's head of state
    assert other_state_named("pakistan", {"pakistan", "russia"})
    assert not other_state_named("pakistan", {"pakistan"})  # "President X visited Pakistan"
    assert not other_state_named("pakistan", set())  # "President X cancelled his engagements"
