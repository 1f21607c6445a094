"""Coalitions as doers: a multinational force the text names as a coalition is an actor, keyed by
its leading state, and a coalition with no leader named is the one the document named before."""

from __future__ import annotations

import pytest

from flows.extract.roles.mentions import Mention
from flows.resolve.actor_records import load_coref_cues
from flows.resolve.resolver import ActorResolver

from .conftest import DICTIONARIES
from .conftest import last_mention as last


@pytest.fixture
def resolver(resources) -> ActorResolver:
    cues = load_coref_cues(DICTIONARIES)
    return ActorResolver(resources.actors, resources.gazetteer, cues, resources.generic)


@pytest.mark.parametrize(
    "surface",
    ["a Kenyan-led coalition", "the Kenya-led coalition forces", "the Kenyan coalition"],
)
def test_a_led_coalition_is_keyed_by_its_leading_state(resolver, document, surface):
    text, entities = document([f"In May {surface} bombed a ZLF camp near Zenda in Ruritania."])
    key = resolver.resolve(last(text, surface), "doc", entities, 0)
    assert key == "coalition-led-ke"
    record = resolver.actors[key]
    assert (record.actor_type, record.country) == ("igo", "KE")
    assert record.name.endswith("-led coalition") and record.used


def test_a_leader_s_name_before_led_stands_for_the_coalition(resolver, document):
    """'the US-led coalition': the tagger's "US" is no doer of its own."""
    text, entities = document(["The US-led coalition bombed a ZLF camp near Zenda."])
    key = resolver.resolve(last(text, "US", "GPE"), "doc", entities, 0)
    assert key == "coalition-led-us"


def test_a_bare_coalition_is_the_led_coalition_named_before(resolver, document):
    text, entities = document(
        [
            "A Kenyan-led coalition has fought the ZLF in Ruritania since 2015.",
            "On Friday the coalition struck Zenda. Coalition aircraft hit Strelsau.",
        ]
    )
    assert resolver.resolve(last(text, "the coalition"), "doc", entities, 1) == "coalition-led-ke"
    craft = last(text, "Coalition aircraft")
    assert resolver.resolve(craft, "doc", entities, 1) == "coalition-led-ke"
    aliases = {a.casefold() for a in resolver.actors["coalition-led-ke"].aliases}
    assert {"kenyan-led coalition", "coalition aircraft"} <= aliases


def test_coalition_forces_with_no_leader_are_one_coalition_of_the_document(resolver, document):
    """A strike report's "coalition military forces" in Syria and in Iraq: one doer, known
    by the words the text used."""
    text, entities = document(
        [
            "In Syria, coalition military forces conducted ten strikes near Zenda.",
            "Separately in Iraq, coalition military forces conducted four strikes in Iraq.",
        ]
    )
    first = text.index("coalition military forces")
    keys = {
        resolver.resolve(
            Mention("coalition military forces", s, s + 26, "NOUN", ""), "doc", entities, p
        )
        for s, p in ((first, 0), (text.rindex("coalition military forces"), 1))
    }
    assert keys == {"coalition-iq"}
    assert "coalition military forces" in resolver.actors["coalition-iq"].aliases


@pytest.mark.parametrize(
    "surface", ["the rebel coalition", "the coalition government", "a ZLF-led coalition"]
)
def test_a_coalition_of_parties_or_groups_is_no_multinational_force(resolver, document, surface):
    text, entities = document([f"In May {surface} took Zenda in Ruritania."])
    key = resolver.key_for(last(text, surface))
    assert key is None or not key.startswith("coalition-")


def test_a_coalition_airstrike_names_its_doer(document_events, resolver, document):
    """'a Kenyan-led coalition airstrike': the coalition qualifying the deed is its doer, the
    led coalition even where the parser leaves the leader out of the phrase."""
    paragraph = (
        "On 3 May 2016 a Kenyan-led coalition airstrike killed twelve ZLF fighters in Zenda."
    )
    strikes = [e for e in document_events([paragraph]) if e.event_type == "airstrike"]
    assert strikes and strikes[0].perpetrators
    text, entities = document([paragraph])
    doer = strikes[0].perpetrators[0]
    assert resolver.resolve(doer, "doc", entities, 0) == "coalition-led-ke"


def test_coalition_forces_the_tagger_names_are_a_coalition_not_an_armed_group(resolver, document):
    """ "Coalition Forces" capitalised, which the tagger reads as an organisation's name: the
    multinational force, as "coalition forces" is, and no armed group of the document."""
    text, entities = document(["In July 2006, Coalition Forces raided a house in Sadr City, Iraq."])
    key = resolver.resolve(last(text, "Coalition Forces", "ORG"), "doc", entities, 0)
    assert resolver.actors[key].actor_type == "igo"
