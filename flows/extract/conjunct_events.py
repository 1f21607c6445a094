"""One verb, several deeds: "gunmen attacked a police station in Mubi on 4 May and a church in
Yola on 6 May", "a market in Gwoza and a mosque in Bama were bombed", "bombed the market in
2014 and 2016". Each conjoined target, place or date that carries a place or a date of its own,
other than the rest of the clause's, is its own event.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from flows.extract.counts import Casualties
from flows.extract.event_scope import pick, scope
from flows.extract.places.candidates import PLACE_LABELS
from flows.extract.places.named import Place

if TYPE_CHECKING:
    from flows.extract.event_mention import EventMention


def conjunct_parts(token: Token, others: list[Token], cues: dict) -> list[tuple[set[int], bool]]:
    """The phrases of the targets conjoined in a trigger's clause, each as token indices with
    whether it is a place itself: a noun joined by "and", not a trigger, not negated ("Baidoa
    but not Mogadishu"), not an end of a stretch ("the road between Mogadishu and Afgooye") and
    not inside the doer's phrase. A place counts only under a plural deed ("bombings in Moira
    and Portadown"): "an attack in Moira and Portadown" is one deed's place list, and "had
    retaken Gao, Timbuktu, and Kidal" one retaking in the seeds' gold (three in the real-text
    gold's "captured El Bur, Afgooye, and Balad": measured alike on blind, so left out)."""
    doers = {t.i for c in token.children if c.dep_ == "nsubj" for t in c.subtree}
    ids = scope(token, others, cues) - doers
    triggers = {o.i for o in others}
    doc = token.doc
    places_apart = token.tag_ in ("NNS", "NNPS")
    parts = []
    for i in sorted(ids):
        conj = doc[i]
        # "Zenda town, Tarlenheim province": a place noun named by a place is a place too
        is_place = conj.ent_type_ in PLACE_LABELS or (
            conj.lemma_.lower() in cues["place_nouns"]
            and any(c.ent_type_ in PLACE_LABELS for c in conj.children)
        )
        negated = any(c.dep_ == "neg" for c in conj.children) or doc[i - 1].lower_ == "not"
        between = any(a.lower_ == "between" for a in conj.ancestors)  # "the road between X and Y"
        if (
            conj.dep_ == "conj"
            and conj.pos_ in ("NOUN", "PROPN", "NUM", "ADP")
            and (places_apart or not is_place)
            and conj.head.i in ids
            and i not in triggers
            and not negated
            and not between
        ):
            parts.append(({t.i for t in conj.subtree}, is_place))
    return parts


def _apart(a: Place | None, b: Place | None, towns_only: bool) -> bool:
    """Two places told apart; joined places ("in Syria and Iraq", "by Australia, Canada")
    count only as towns, a state's whole territory being where a campaign is."""
    if a is None or b is None or a == b:
        return False
    return not towns_only or a.geo_precision == b.geo_precision == "city"


def split_conjuncts(
    event: EventMention, token: Token, others: list[Token], dates: list, places: list, cues: dict
) -> list[EventMention]:
    """The event mentions of a trigger whose conjoined targets each have their own place or
    date: the first keeps what the rest of the clause says, each other target takes its own
    place and date (and no count: the toll is told once). `event`: the trigger's mention."""
    parts = conjunct_parts(token, others, cues)
    if not parts:
        return [event]
    rest = scope(token, others, cues) - set().union(*(ids for ids, _ in parts))
    place, date = pick(token, places, rest), pick(token, dates, rest)
    # "in 2005 and 2006 ... killed some 500": a number told over joined dates is their total
    c = event.casualties
    tally = any(n is not None for n in (c.killed, c.injured, c.hostages))
    split: list[EventMention] = []
    for part, is_place in parts:
        own_place, own_date = pick(token, places, part), pick(token, dates, part)
        if _apart(own_place, place, is_place) or (
            own_date is not None and date is not None and own_date != date and not tally
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
