"""The group a doer's possessive names: "its fighters killed 20", "the group's fighters held the
town", "their men attacked" → the group (left to coreference), as the codebook resolves a
description the text ties to a named actor; read alone, "fighters" is an unidentified armed
group. Only for a deed the narrator tells: in a claim ("X said its fighters had attacked")
the claimant is the claimed doer's sayer, and a named doer there splits the claim from the
deed it retells (synthetic precision fell below its floor)."""

from __future__ import annotations

from spacy.tokens import Token

GROUP_POSSESSIVES = ("its", "their")  # not "his": a person's men are read by name elsewhere


def owner(doer: Token, trigger: Token, cues: dict) -> Token | None:
    """The possessive pronoun or definite description that owns an unnamed doer, for a deed
    not reported by a verb of saying; None otherwise. A named modifier ("their AMISOM
    allies") names the doer itself."""
    if doer.ent_type_ or doer.pos_ != "NOUN" or reported(trigger, cues):
        return None
    if any(t.ent_type_ for t in doer.lefts):
        return None
    for child in doer.children:
        if child.dep_ != "poss" or child.ent_type_:
            continue
        if child.lower_ in GROUP_POSSESSIVES:
            return child
        if child.pos_ == "NOUN" and any(d.dep_ == "det" for d in child.children):
            return child  # "the group's fighters"
    return None


def reported(trigger: Token, cues: dict) -> bool:
    """Whether the deed's clause is what a verb of saying reports ("X said its fighters had
    attacked")."""
    node = trigger
    for _ in range(4):
        if node.head == node:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in cues["attribution_verbs"]:
            return True
        node = node.head
    return False
