"""A group's name after another country's nationality word names another group:
"Ruritanian Hezbollah" is the Lebanese group's Ruritanian namesake. The tagger leaves the
nationality word out of the name, and the dictionary's group would stand for both; the gold
names such a group by its whole name (new:Ruritanian Hezbollah). A nationality word of the
group's own country (a Lebanese one before "Hezbollah") only describes it, and a network's local
branch (one before "al-Qaeda") is the resolver's affiliate rule's (`ActorResolver.key_for`).
Measured (issue 9 s29-pick): dev perp .5640 -> .5687; blind and synthetic unchanged (no blind
event's doers changed)."""

from __future__ import annotations

import re

from flows.extract.places.named import Gazetteer
from flows.extract.roles.mentions import Mention

# the word right before a name, with nothing but spaces between
_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*) +$")


def foreign_branch_name(
    text: str, mention: Mention, home: str | None, gazetteer: Gazetteer
) -> str | None:
    """'Ruritanian Hezbollah' for the mention 'Hezbollah' after 'Ruritanian' when the dictionary
    homes the group in another country than the nationality word names; None otherwise."""
    if not home or mention.start <= 0:
        return None
    match = _WORD_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    if match is None:
        return None
    country = gazetteer.country_of_demonym(match.group(1))
    if country is None or country == home:
        return None
    return f"{match.group(1)} {mention.text}"
