"""Who flies a document's airstrikes: a strike report names its air force once ("coalition
military forces conducted 17 strikes") and then lists strike after strike with no doer ("Near
Mosul, three strikes struck ..."). An airstrike the text leaves doerless is the strike of the one
state, state force or international force the same document names as doing its other airstrikes;
a guess, like `events.sole_group`, published but no evidence for merging.
"""

from __future__ import annotations

from collections.abc import Callable

from flows.resolve.resolved_mention import ResolvedMention

# Tried and dropped: the same guess for other deeds. Attacks by the document's one attacking
# armed group: blind perpetrators +2 but dev -1 with four wrong doers on dev (a battle, a state
# force's attack, a former name); bombings -1 on blind and dev; arrests, operations and
# kidnappings: no perpetrator set made right on either.
# Actor types that fly airstrikes: a state, its forces, an international force.
STRIKING_TYPES = frozenset({"state", "state_force", "igo"})


def document_striker(found: list[ResolvedMention], type_of: Callable[[str], str | None]) -> None:
    """Give a document's doerless airstrikes the one striking actor of its other airstrikes.
    `type_of`: the actor type of an actor key (without "act-"), None when unknown."""
    strikes = [m for m in found if m.event_type == "airstrike"]
    doers = {
        p
        for m in strikes
        if not m.inferred_doer
        for p in m.perpetrator_ids
        if type_of(p.removeprefix("act-")) in STRIKING_TYPES
    }
    if len(doers) != 1:
        return
    (doer,) = doers
    for m in strikes:
        if not m.perpetrator_ids:
            m.perpetrator_ids, m.inferred_doer = [doer], True
