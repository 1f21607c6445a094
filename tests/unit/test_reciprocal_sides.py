"""A fight or an accord "between" two named parties has each as a party; unnamed sides and the
other side of "clashed with" are left to the roles the clause gives."""

import re


def _doers(event) -> list[str]:
    return sorted(re.sub(r"^(?i:the) ", "", m.text) for m in event.perpetrators)


def test_clashes_between_two_states_name_both_as_doers(one_event):
    event = one_event(
        "On 8 May 1998, border clashes erupted between Ruritania and Graustark near Zenda."
    )
    assert _doers(event) == ["Graustark", "Ruritania"]


def test_a_deal_between_two_parties_names_both(one_event):
    event = one_event("A 2009 peace deal between the Zenda Liberation Front and Ruritania held.")
    assert {"Ruritania", "Zenda Liberation Front"} <= set(_doers(event))


def test_unnamed_sides_are_no_parties_of_their_own(one_event):
    event = one_event("In July 1998 open clashes between gunmen and villagers erupted in Zenda.")
    assert _doers(event) == []


def test_an_attack_between_two_towns_names_no_side(one_event):
    event = one_event("Gunmen attacked a bus on the road between Zenda and Strelsau on Monday.")
    assert "Zenda" not in _doers(event) and "Strelsau" not in _doers(event)
