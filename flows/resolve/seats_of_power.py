"""A capital or seat of power named as a side of a relation stands for the actor the
dictionary lists it under as a metonym ("Tehran backs the Houthis": Iran; "the Pentagon"):
a city does not back, ally with or oppose anyone, its government does. Events keep reading
such names as places."""

from __future__ import annotations

from flows.extract.roles.mentions import Mention
from flows.knowledge.actor_dictionary import ActorDictionary
from flows.resolve.actor_names import without_possessive


def seat_of_power(dictionary: ActorDictionary, mention: Mention) -> str | None:
    """The actor a place's name stands for as a metonym, if one actor alone lists it."""
    if mention.label not in ("GPE", "LOC", "FAC", "ORG"):
        return None
    return dictionary.metonym_owner(without_possessive(mention.text))
