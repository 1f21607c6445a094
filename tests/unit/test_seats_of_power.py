"""A capital named as a side of a relation stands for its state ("Tehran backs the Houthis");
other places, and people named like a capital, stand for no one."""

from __future__ import annotations

from flows.extract.roles.mentions import Mention
from flows.resolve.seats_of_power import seat_of_power


def _named(text: str, label: str = "GPE") -> Mention:
    return Mention(text, 0, len(text), label, "")


def test_a_capital_stands_for_its_state(resources):
    assert seat_of_power(resources.actors, _named("Tehran")) == "iran"
    assert seat_of_power(resources.actors, _named("Tehran's")) == "iran"


def test_a_city_that_is_no_seat_of_power_or_a_person_stands_for_no_one(resources):
    assert seat_of_power(resources.actors, _named("Kandahar")) is None
    assert seat_of_power(resources.actors, _named("Paris", "PERSON")) is None
