"""Doers a sentence denies: "X did not carry out the attack", "there is no evidence that X had
any role in the attack". The deed may still have happened (a re-mention, or another's deed);
what is denied is that X did it, so X is no doer of it."""

from __future__ import annotations

from spacy.tokens import Token


def denied(verb: Token, cues: dict) -> bool:
    """Whether the clause `verb` heads is denied: negated itself ("did not carry out", "never
    carried out"), or told as the content of a negated noun ("no evidence that X carried
    out", "is not evidence that X had any role")."""
    negations = set(cues["negations"])
    if _negated(verb, negations):
        return True
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return False
    noun = verb.head  # "evidence", "sign", "indication" that ...
    if any(c.dep_ == "det" and c.lower_ in negations for c in noun.children):
        return True
    return noun.dep_ in ("attr", "dobj") and _negated(noun.head, negations)


def _negated(verb: Token, negations: set[str]) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in negations) for c in verb.children
    )
