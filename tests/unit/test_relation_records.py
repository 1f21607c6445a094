"""Relation records: a person known by one word only holds no published tie."""

from __future__ import annotations

from flows.extract.document import RelationMention
from flows.extract.mentions import Mention
from flows.relation_records import lone_name


def _led_by(name: str) -> RelationMention:
    person, state = Mention(name, 10, 10 + len(name), "PERSON", ""), Mention("", 0, 0, "GPE", "")
    return RelationMention("doc", "leader_of", person, state, None, "asserted", 0, 40, 0)


def test_a_bare_surname_no_full_name_joined_is_a_lone_name():
    assert lone_name("new-warsame", _led_by("Warsame"))


def test_a_full_name_or_a_dictionary_person_is_not():
    assert not lone_name("new-abdi_omar_warsame", _led_by("Abdi Omar Warsame"))
    assert not lone_name("shekau", _led_by("Shekau"))
