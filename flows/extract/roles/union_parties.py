"""The other parties of a union or a split: "merged with X", "broke away from X"."""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.parsed import preposition_objects
from flows.extract.roles.mentions import Mention, mentions


def partners(trigger: Token) -> list[Mention]:
    """Who a verb joins its subject with: "merged with the Nusra Front", "allied with X"."""
    return (
        mentions(preposition_objects(trigger, {"with"})) if trigger.pos_ in ("VERB", "AUX") else []
    )


def parent_groups(trigger: Token) -> list[Mention]:
    """The group a split leaves: "broke away from Boko Haram", "a split in the IRA"."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ in ("prt", "advmod")]
    preps = {"from", "with"} if trigger.pos_ in ("VERB", "AUX") else {"from", "in", "within"}
    return mentions([g for h in heads for g in preposition_objects(h, preps)])
