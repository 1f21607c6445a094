"""The parties of a leadership change beside its subject: the one named to the office ("the
group named X as its new emir") and the body whose office it is ("its new emir", "leader of the
ISI", "chief of army", "President of Somalia"). The codebook's leadership_change perpetrators
are the new leader and the group (+ whoever appointed). Office words: cues.yaml office_nouns.
"""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.parsed import preposition_objects
from flows.extract.roles.mentions import Mention, mentions

# Where a verb of taking or giving office puts the office: "became leader" (attr), "named X
# its leader" (oprd, appos), "appointed X as leader", "elected to the presidency" (as, to)
_OFFICE_DEPS = ("attr", "oprd", "dobj", "xcomp", "appos", "npadvmod")


def _offices(trigger: Token, cues: dict) -> list[Token]:
    near = [c for c in trigger.children if c.dep_ in _OFFICE_DEPS]
    near += preposition_objects(trigger, {"as"})
    near += [a for t in list(near) for a in t.children if a.dep_ == "appos"]
    return [t for t in near if t.lemma_.lower() in cues["office_nouns"]]


def _appointees(trigger: Token) -> list[Token]:
    """'named X as its emir', 'named X its leader': the parse's object predicate."""
    return [c for c in trigger.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON"]


def office_parties(trigger: Token, cues: dict) -> list[Mention]:
    """Who the office belongs to and who is named to it, as mentions (Doc offsets)."""
    heads: list[Token] = _appointees(trigger)
    for office in _offices(trigger, cues):
        heads += [c for c in office.children if c.dep_ == "poss"]  # "its new emir"
        heads += preposition_objects(office, {"of"})  # "leader of the ISI", "chief of army"
    return mentions(heads)
