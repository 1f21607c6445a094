"""Who acted with the doer: "Malian forces fighting alongside MINUSMA seized the town", "X, backed
by Y, took the town", "the government, with the help of African Union troops, began a
counteroffensive". The gold guidelines list every party of a joint deed, helpers included, so
each of these is a perpetrator too. Cue words: companion_prepositions, help_nouns and
backing_verbs in dictionaries/cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.parsed import preposition_objects


def _helpers(token: Token, cues: dict) -> list[Token]:
    """The ones a word says acted with it: "alongside X", "with the help of X"."""
    found = preposition_objects(token, set(cues["companion_prepositions"]))
    for help_noun in preposition_objects(token, {"with"}):
        if help_noun.lemma_.lower() in cues["help_nouns"]:
            found += preposition_objects(help_noun, {"of"})
    return found


def _backers(token: Token, cues: dict) -> list[Token]:
    """'X, backed by Y': the Y of a participle of backing on the doer or the deed."""
    return [
        g
        for c in token.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in cues["backing_verbs"]
        for g in preposition_objects(c, {"by"})
    ]


def co_doers(trigger: Token, doers: list[Token], cues: dict) -> list[Token]:
    """Heads of those the sentence says acted with `doers` in the deed of `trigger`; none
    where no one is named as doing it (a helper alone is no doer)."""
    if not doers:
        return []
    found: list[Token] = []
    for doer in doers:
        found += _helpers(doer, cues) + _backers(doer, cues)
        # "Somali forces fighting alongside AMISOM": a participle on the doer
        for clause in (c for c in doer.children if c.dep_ == "acl" and c.tag_ == "VBG"):
            found += _helpers(clause, cues)
    deed = [trigger]
    if trigger.dep_ in ("xcomp", "conj") and trigger.head.pos_ in ("VERB", "AUX"):
        deed.append(trigger.head)  # "managed, with the help of X, to drive out"
    if trigger.dep_ == "dobj" and trigger.head.pos_ in ("VERB", "AUX"):
        deed.append(trigger.head)  # "with the help of X, they began a counteroffensive"
    for word in deed:
        found += _helpers(word, cues) + _backers(word, cues)
    return [_who(t) for t in found if t not in doers]


def _who(token: Token) -> Token:
    """The named ones a quantity of people stands for: "a few hundred African Union troops"
    → the troops."""
    if token.ent_type_:
        return token
    members = preposition_objects(token, {"of"})
    return members[0] if members else token
