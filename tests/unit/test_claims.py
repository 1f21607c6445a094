"""A claim of responsibility told after the deed ("The ZLF claimed responsibility for the
attacks") names the deed's doer."""

from __future__ import annotations


def names(mentions) -> list[str]:
    return [m.text for m in mentions]


def test_who_claims_the_attacks_told_before_did_them(one_event):
    # definite and claimed: the attacks the text has told, not a kind of attack
    event = one_event("The Zenda Liberation Front claimed responsibility for the attacks.")
    assert event.event_type == "attack"
    assert names(event.perpetrators) == ["The Zenda Liberation Front"]


def test_attacks_of_a_kind_stay_no_event_though_claimed(events_in):
    assert events_in("The ZLF has claimed responsibility for attacks on Ruritanian targets.") == []
