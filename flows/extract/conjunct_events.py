"""One verb, several deeds: "gunmen attacked a police station in Mubi on 4 May and a church in
Yola on 6 May", "a market in Gwoza and a mosque in Bama were bombed". Each conjoined target
that carries a place or a date of its own, other than the rest of the clause's, is its own event.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from flows.extract.counts import Casualties
from flows.extract.event_scope import pick, scope
from flows.extract.places import PLACE_LABELS

if TYPE_CHECKING:
    from flows.extract.events import EventMention


def conjunct_parts(token: Token, others: list[Token], cues: dict) -> list[set[int]]:
    """The phrases of the targets conjoined in a trigger's clause, each as token indices: a
    noun joined by "and" that is not itself a place ("in Moira and Portadown" is one deed's
    place list), a trigger, or inside the doer's phrase."""
    doers = {t.i for c in token.children if c.dep_ == "nsubj" for t in c.subtree}
    ids = scope(token, others, cues) - doers
    triggers = {o.i for o in others}
    doc = token.doc
    return [
        {t.i for t in doc[i].subtree}
        for i in sorted(ids)
        if doc[i].dep_ == "conj"
        and doc[i].pos_ in ("NOUN", "PROPN")
        and doc[i].ent_type_ not in PLACE_LABELS
        and doc[i].head.i in ids
        and i not in triggers
    ]


def split_conjuncts(
    event: EventMention, token: Token, others: list[Token], dates: list, places: list, cues: dict
) -> list[EventMention]:
    """The event mentions of a trigger whose conjoined targets each have their own place or
    date: the first keeps what the rest of the clause says, each other target takes its own
    place and date (and no count: the toll is told once). `event`: the trigger's mention."""
    parts = conjunct_parts(token, others, cues)
    if not parts:
        return [event]
    rest = scope(token, others, cues) - set().union(*parts)
    place, date = pick(token, places, rest), pick(token, dates, rest)
    split: list[EventMention] = []
    for part in parts:
        own_place, own_date = pick(token, places, part), pick(token, dates, part)
        if (own_place is not None and place is not None and own_place != place) or (
            own_date is not None and date is not None and own_date != date
        ):
            split.append(
                replace(
                    event,
                    place=own_place or place,
                    date=own_date or date,
                    casualties=Casualties(None, None, None),
                    part=len(split) + 1,
                )
            )
    if not split:
        return [event]
    event.place, event.date = place or event.place, date or event.date
    return [event, *split]
