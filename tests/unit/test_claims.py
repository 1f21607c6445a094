"""A claim of responsibility told after the deed ("The ZLF claimed responsibility for the
incident") names the deed's doer, and a place written as a chain ("Zenda town, Tarlenheim
province, Ruritania") lies in the country the chain ends in."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from flows.extract.places.gazetteer import Place
from flows.extract.places.qualified import agree_with_qualifiers

DIVISIONS = frozenset({"town", "province"})


def names(mentions) -> list[str]:
    return [m.text for m in mentions]


def test_who_claims_the_attacks_told_before_did_them(one_event):
    # definite and claimed: the attacks the text has told, not a kind of attack
    event = one_event("The Zenda Liberation Front claimed responsibility for the attacks.")
    assert event.event_type == "attack"
    assert names(event.perpetrators) == ["The Zenda Liberation Front"]


def test_attacks_of_a_kind_stay_no_event_though_claimed(events_in):
    assert events_in("The ZLF has claimed responsibility for attacks on Ruritanian targets.") == []


def test_who_claims_the_incident_did_the_deed_it_names_again(one_event):
    event = one_event("The Zenda Liberation Front claimed responsibility for the incident.")
    assert event.event_type == "attack"
    assert names(event.perpetrators) == ["The Zenda Liberation Front"]


@pytest.mark.parametrize(
    "text",
    [
        "However, military sources attributed this incident to the Zenda Liberation Front.",
        "Officials attributed the incident to the Zenda Liberation Front.",
    ],
)
def test_the_incident_sources_lay_at_a_group_s_door_was_its_deed(one_event, text):
    event = one_event(text)
    assert event.event_type == "attack"
    assert names(event.perpetrators) == ["the Zenda Liberation Front"]


@pytest.mark.parametrize(
    "text",
    [
        "No group claimed responsibility for the incident.",
        "The incident shocked Strelsau.",
        "A spokesman for the Zenda Liberation Front said the incident was regrettable.",
    ],
)
def test_an_incident_nobody_claims_is_no_deed(events_in, text):
    assert events_in(text) == []


def test_a_spokesman_claims_for_the_group_he_speaks_for(one_event):
    event = one_event(
        "A spokesman for the Zenda Liberation Front claimed responsibility for the attack."
    )
    assert names(event.perpetrators) == ["the Zenda Liberation Front"]


@dataclass
class Abroad:
    """A gazetteer holding Zenda only abroad ("XX"), or also in Ruritania ("RU")."""

    also_home: bool = False

    def lookup(self, name, context_countries=()):
        if name == "Zenda" and self.also_home and "RU" in context_countries:
            return Place("Zenda", "RU", 1.0, 2.0, "city")
        return None


def _found(resources, text: str, places: list[Place]):
    doc = resources.nlp(text)
    spans = [doc[t.i : t.i + 1] for t in doc if t.text in {p.name for p in places}]
    return list(zip(places, spans, strict=True))


CHAIN = "A bomb exploded in Zenda town, Tarlenheim province, Ruritania."
PLACES = [
    Place("Zenda", "XX", 5.0, 6.0, "city"),
    Place("Tarlenheim", "YY", None, None, "region"),
    Place("Ruritania", "RU", None, None, "country"),
]


@pytest.mark.parametrize(("gazetteer", "located"), [(Abroad(), False), (Abroad(True), True)])
def test_each_link_of_a_chain_lies_in_the_country_it_ends_in(resources, gazetteer, located):
    kept = agree_with_qualifiers(_found(resources, CHAIN, PLACES), gazetteer, DIVISIONS)
    assert [(p.name, p.country) for p, _ in kept] == [
        ("Zenda", "RU"),
        ("Tarlenheim", "RU"),
        ("Ruritania", "RU"),
    ]
    # the namesake's coordinates are not kept; the town's own where the gazetteer has it
    assert (kept[0][0].latitude is not None) == located


def test_a_list_ending_in_a_country_is_no_chain(resources):
    text = "Bombs exploded in Zenda, Tarlenheim, Ruritania and Strelsau."
    places = [*PLACES, Place("Strelsau", "ZZ", None, None, "city")]
    kept = agree_with_qualifiers(_found(resources, text, places), Abroad(), DIVISIONS)
    assert [p.country for p, _ in kept] == ["XX", "YY", "RU", "ZZ"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials attributed the attack to the Zenda Liberation Front.",
        "The bombing was attributed to the Zenda Liberation Front.",
        # the parse may hang "to X" on the deed rather than the verb
        "No group claimed responsibility; however, officials attributed the attack to the Zenda "
        "Liberation Front (ZLF).",
    ],
)
def test_the_one_a_deed_is_attributed_to_is_its_doer(one_event, text):
    assert names(one_event(text).perpetrators) == ["the Zenda Liberation Front"]


def test_attacks_attributed_to_a_group_are_the_deeds_told_before(events_in):
    found = events_in("However, sources attributed the attacks to the Zenda Liberation Front.")
    assert [(e.trigger, names(e.perpetrators)) for e in found] == [
        ("attacks", ["the Zenda Liberation Front"])
    ]


def test_killings_a_group_denies_being_behind_are_no_deed_of_its(events_in):
    text = "A ZLF spokesman denied allegations that it was behind the killings."
    assert events_in(text) == []


RAID = "Gunmen stormed a police station in Strelsau on 3 May 2019, killing five officers."


@pytest.mark.parametrize(
    "claim",
    [
        "The Zenda Liberation Front, a little-known separatist group, claimed responsibility.",
        "A spokesman for the Zenda Liberation Front claimed responsibility in a statement.",
        "The Zenda Liberation Front claimed the responsibility.",
        "The Zenda Liberation Front took responsibility.",
        "The Zenda Liberation Front accepted responsibility for it.",
    ],
)
def test_a_bare_claim_after_the_deed_names_its_doer_only(document_events, claim):
    events = document_events([RAID, "The attack was the third this month.", claim])
    claimed = [e for e in events if e.names_doer_only]
    assert [[n.lower() for n in names(e.perpetrators)] for e in claimed] == [
        ["the zenda liberation front"]
    ]
    assert claimed[0].anaphoric


@pytest.mark.parametrize(
    "claim",
    [
        "No group has claimed responsibility.",
        "The Zenda Liberation Front did not claim responsibility.",
    ],
)
def test_no_claimant_or_a_denied_claim_names_no_doer(document_events, claim):
    assert not [e for e in document_events([RAID, claim]) if e.names_doer_only]
