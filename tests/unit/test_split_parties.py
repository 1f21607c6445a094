"""The parties of a split: a group that split into factions is the one divided; a split told
beside a formation names the group formed as the one that left."""

import re


def _doers(event) -> list[str]:
    return sorted(re.sub(r"^(?i:the) ", "", m.text) for m in event.perpetrators)


def test_a_group_that_splintered_into_factions_is_the_one_divided(one_event):
    event = one_event("In 2007 the Zenda Liberation Front splintered into several factions.")
    assert event.event_type == "group_split"
    assert "Zenda Liberation Front" not in _doers(event)
    assert [m.text for m in event.targets] == ["the Zenda Liberation Front"]


def test_a_split_beside_a_formation_names_the_group_formed(events_in):
    found = events_in(
        "The Zenda Liberation Front formed in 1997 following a split in the Ruritanian"
        " Republican Army by dissident members."
    )
    split = next(e for e in found if e.event_type == "group_split")
    assert _doers(split) == ["Zenda Liberation Front"]
