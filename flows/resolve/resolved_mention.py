"""An event mention after resolution: its actors as published ids, its evidence located in the
raw text. What the merge compares and the release publishes."""

from __future__ import annotations

from dataclasses import dataclass, field

from flows.extract.counts import Count
from flows.extract.dates.intervals import DateValue
from flows.extract.places.named import Place
from flows.knowledge.generic_agents import GENERIC_PREFIX
from schemas.vocab import VIOLENT_EVENT_TYPES

CERTAINTY_RANK = {"asserted": 2, "reported": 1, "uncertain": 0}
GEO_RANK = {"point": 4, "city": 3, "region": 2, "country": 1, "unknown": 0}


@dataclass
class ResolvedMention:
    """An event mention with its actors resolved and its evidence located in the raw text."""

    doc_id: str
    event_type: str
    trigger: str
    raw_start: int
    raw_end: int
    quote: str
    citation: str | None
    certainty: str
    date: DateValue | None
    place: Place | None
    killed: Count | None
    injured: Count | None
    hostages: Count | None
    perpetrator_ids: list[str] = field(default_factory=list)
    target_ids: list[str] = field(default_factory=list)
    trigger_start: int = -1  # raw offsets of the trigger words inside the quote
    trigger_end: int = -1
    anaphoric: bool = False
    narrative_date: DateValue | None = None
    inferred_doer: bool = False  # perpetrators guessed, not parsed: no evidence for merging
    # where the actors are based, for an event the text places nowhere: a guess, so it places
    # the merged event but is no evidence that two mentions are one event
    home_country: str | None = None
    part: int = 0  # the n-th of the conjoined deeds one trigger tells ("and a church in Yola")
    names_to_office: bool = False  # "elected X as President": X is put in office, not acting
    # states a nationality word named as doers, published as their armies (`national_army`):
    # evidence, as the state, that the mention is one with the state's other mentions
    doer_states: list[str] = field(default_factory=list)
    # states whose forces the targets are: "US soldiers" (the state) and "US troops" (its army)
    # struck at are one target, not evidence of two events
    target_states: list[str] = field(default_factory=list)
    names_doer_only: bool = False  # "X claimed responsibility.": a doer for the deed before
    item: int = -1  # the dated list's item that tells it (-1: none): items are records apart
    # unnamed agents told apart beside a named doer ("the ZLF and allied militias"): other
    # actors, kept where a merged event's named doers would hide them (merged_fields.union)
    co_doers: list[str] = field(default_factory=list)
    paragraph: int = -1  # the body paragraph that tells it (document_doers: deeds told together)
    running: bool = False  # told as still going on (told_days.running_days)
    # doers the text does not name, read from the place (state_acts.unsaid_state)
    place_state_doer: bool = False

    @property
    def order(self) -> tuple[str, int]:
        return (self.doc_id, self.raw_start)


def trigger_word(trigger: str) -> str:
    """A trigger's last word, lower case: what cue lists of acts name ("signed", "sanctions")."""
    return (trigger.lower().split() or [""])[-1]


def family(event_type: str) -> str:
    return "violent" if event_type in VIOLENT_EVENT_TYPES else event_type


GENERIC_ACTOR = f"act-{GENERIC_PREFIX}"
