"""The other parties of a union or a split: "merged with X", "broke away from X"."""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.parsed import children_by_dep, preposition_objects
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


def divided_group(trigger: Token) -> bool:
    """Whether a split verb's subject is the group divided, not the one that left: "the
    Courts Union splintered into factions", "the front broke apart" (no "from"/"with" a
    parent, no "away"/"off" of a part leaving)."""
    if trigger.pos_ not in ("VERB", "AUX") or parent_groups(trigger):
        return False
    return not any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in trigger.children
    )


def parts(trigger: Token) -> list[Mention]:
    """The groups a divided one split into: "splintered into X and Y"."""
    return mentions(preposition_objects(trigger, {"into"}))


def breakaway(noun: Token, cues: dict) -> list[Mention]:
    """The group a split noun gave rise to, told by the formation the split is set beside: "It
    formed in 1997 following a split in the IRA", "groups formed after a split in the CIRA",
    "led to a split in the KNU and the establishment of the DKBA" (cues formation_words: the
    lexicon's group_formation words)."""
    words = set(cues["formation_words"])
    found = [
        o
        for c in noun.conjuncts
        if c.lemma_.lower() in words
        for o in preposition_objects(c, {"of"})
    ]
    node = noun
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "advcl", "conj"):
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in words:
            made = children_by_dep(node, {"dobj"}) or children_by_dep(node, {"nsubj", "nsubjpass"})
            found += made
            break
    return mentions(found)
