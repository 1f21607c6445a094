"""The clauses that time a deed: "two traders were held when guards stormed a depot".

The parser often hangs such a "when" clause not on the deed's verb but, as a relative clause,
on a noun of a phrase the verb governs: "were held on 12 June [when guards stormed a
depot]", "were taken after a chase [when the guards boarded a ferry]". Both readings
time the same deed, so both are its timing clauses.
"""

from __future__ import annotations

from spacy.tokens import Token

TIMING_WORDS = ("when", "as")


def _timed(clause: Token, words: tuple[str, ...]) -> bool:
    """Whether a clause opens with one of `words` as its "when"/"as" marker."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in words for c in clause.children)


def _phrase_nouns(verb: Token) -> list[Token]:
    """The nouns of the prepositional phrases a verb governs, one preposition deep or two
    ("on 12 June", "after the seizure of a boat")."""
    nouns = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            nouns.append(noun)
            nouns += [
                o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            ]
    return nouns


def timing_clauses(verb: Token) -> list[Token]:
    """The active and passive "when"/"as" clauses of a verb, and the "when" clauses the parser
    hung on the nouns of its prepositional phrases."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and _timed(c, TIMING_WORDS)]
    clauses += [
        c
        for noun in _phrase_nouns(verb)
        for c in noun.children
        if c.dep_ == "relcl" and _timed(c, ("when",))
    ]
    return clauses
