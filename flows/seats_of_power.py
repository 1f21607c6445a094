"""A capital or seat of power named as a side of a relation stands for the actor the
dictionary lists it under as a metonym ("Tehran backs the Houthis": Iran; "the Pentagon"):
a city does not back, ally with or oppose anyone, its government does. Events keep reading
such names as places."""

from __future__ import annotations

from flows.actor_dictionary import ActorDictionary, match_key
from flows.actor_names import without_possessive
from flows.extract.mentions import Mention


def seat_of_power(dictionary: ActorDictionary, mention: Mention) -> str | None:
    """The actor a place's name stands for as a metonym, if one actor alone lists it."""
    if mention.label not in ("GPE", "LOC", "FAC", "ORG"):
        return None
    return _metonyms(dictionary).get(match_key(without_possessive(mention.text)))


_INDEXES: dict[int, dict[str, str]] = {}  # per dictionary object: one is loaded per run


def _metonyms(dictionary: ActorDictionary) -> dict[str, str]:
    if id(dictionary) in _INDEXES:
        return _INDEXES[id(dictionary)]
    owners: dict[str, set[str]] = {}
    for actor in dictionary.actors.values():
        for form in actor.metonyms:
            owners.setdefault(match_key(form), set()).add(actor.key)
    index = {form: min(keys) for form, keys in owners.items() if len(keys) == 1}
    _INDEXES[id(dictionary)] = index
    return index
