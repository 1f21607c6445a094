"""The place of a deed told by a clause of the same occasion: "ten people were arrested when
police raided a farm near Navan" — the arrests were made where the raid was.

The scope of a trigger (event_scope.scope) leaves out the phrases of other triggers inside
it, so that "attacks, including a strike on Gao" does not place the attacks at Gao. A clause
opened by "when", "while" or "as" hung on the deed's verb tells what happened at the same
time, hence at the same place; its place is the deed's when the deed names none of its own.
("after" and "before" clauses are left out: "fled to Syria after the attack in Mosul".)
The other way round is already covered: a "when" clause's trigger takes the main verb's
modifiers as its own ("soldiers were killed in Gao when militants attacked").
"""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.event_scope import pick

SAME_TIME_MARKERS = frozenset({"when", "while", "as"})


def same_occasion_clauses(token: Token) -> list[Token]:
    """Clauses hung on the trigger's verb by a same-time connective."""
    verb = token if token.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return []
    return [
        child
        for child in verb.children
        if child.dep_ == "advcl"
        and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in SAME_TIME_MARKERS for c in child.children
        )
    ]


def occasion_place(token: Token, places: list):
    """The place named in a same-time clause of the trigger's verb, or None."""
    for clause in same_occasion_clauses(token):
        place = pick(clause, places, {t.i for t in clause.subtree})
        if place is not None:
            return place
    return None
