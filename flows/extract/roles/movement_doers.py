"""The force that moves is the doer of its movement, however the sentence puts it.

A deployment is the deployed force's side's deed: "the withdrawal of U.S. forces", "the
deployment of Kenyan troops" (a subjective genitive, unlike "the capture of X"), and "Rwandan
troops, who have been deployed in Cabo Delgado", "700 Ugandan troops were landed at the airport"
(a passive with no agent: the troops are what moved, not a target). PLOVER's MOBILIZE/RETREAT.
Cue words: movement_nouns and movement_verbs in dictionaries/cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.parsed import preposition_objects


def movers(noun: Token, cues: dict, is_actor) -> list[Token]:
    """Who makes a movement a noun names: its "of X" when X is a name or an agent noun ("the
    withdrawal of support" names no one)."""
    if noun.lemma_.lower() not in cues["movement_nouns"]:
        return []
    return [m for m in preposition_objects(noun, {"of"}) if is_actor(m)]


def moved_forces(verb: Token, cues: dict, is_actor) -> list[Token]:
    """The subject of a passive movement verb with no "by" agent, when it is a name or an
    agent noun ("troops were deployed", "forces who were sent"); none for a "by" passive
    ("troops sent by Kenya": Kenya did it, the parse's agent)."""
    if verb.lemma_.lower() not in cues["movement_verbs"]:
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children) or preposition_objects(verb, {"by"}):
        return []
    return [s for s in verb.children if s.dep_ == "nsubjpass" and is_actor(_stands_for(s))]


def _stands_for(token: Token) -> Token:
    """The noun a relative pronoun stands for ("troops, who have been deployed" → troops)."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        return token.head.head
    return token
