"""A nationality word on a deed noun: who did it for a state's deed, where for anyone's else.

"A Nigerian airstrike", "Kenyan military operations": the state's forces struck (the gold
guidelines map a nationality on a state's deed to its forces or the state). "A Kenyan bus
attack", "the Nigerian market bombing": an armed group's kind of deed, the nationality says
where it happened or whom it hit, not who did it.
"""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.places.named import Gazetteer
from flows.extract.roles.mentions import Mention

# Deeds anyone may do, whose nationality modifier names no doer.
ANYONES_DEEDS = frozenset({"attack", "bombing", "killing", "kidnapping"})


def without_place_adjectives(
    perpetrators: list[Mention],
    trigger: Token,
    event_type: str,
    gazetteer: Gazetteer,
    offset: int,
) -> list[Mention]:
    """`perpetrators` less each bare nationality word modifying the deed noun `trigger`, when
    the deed is one anyone may do; `offset` is what the mentions' offsets add to the Doc's."""
    if event_type not in ANYONES_DEEDS or trigger.pos_ in ("VERB", "AUX"):
        return perpetrators
    adjectives = {
        (t.idx + offset, t.idx + len(t) + offset)
        for t in trigger.lefts
        if t.dep_ in ("amod", "compound", "nmod")
        and t.ent_type_ == "NORP"
        and not t.ent_id_
        and gazetteer.country_of_demonym(t.text)
    }
    return [m for m in perpetrators if (m.start, m.end) not in adjectives]
