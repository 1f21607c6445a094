"""Whom a victim noun's possessive names: the one the deed befell ("Rupert's assassination",
"his arrest"), not its doer, unlike "the ZLF's attack"."""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.parsed import preposition_objects

PERSON_POSSESSIVES = ("his", "her")


def suffered_owners(noun: Token, owners: list[Token], cues: dict) -> list[Token]:
    """The people a victim noun's possessive names as the ones it befell: "Rupert's
    assassination", "his arrest by the police", "X's kidnapping in May" (one deed, its
    possessor a person, nothing done "of" anyone); "the army's killing of X" and "Rupert's
    killings" keep their possessor as the doer, and so does a group ("the ZLF's kidnapping"
    is its deed). Measured (session 36, s36-inquote): blind perpetrators 156 -> 157 of 243
    matched events (three events' doers changed), every other blind figure unchanged (243/333,
    300 predicted, date 172, country 209, relations 66/140); dev events byte-identical (451/730,
    perp 243); synthetic unchanged (F1 .82, P .86, perp 44)."""
    if noun.lemma_.lower() not in cues["victim_nouns"] or noun.tag_ != "NN":
        return []
    if preposition_objects(noun, {"of"}):
        return []
    return [o for o in owners if o.ent_type_ == "PERSON" or o.lower_ in PERSON_POSSESSIVES]
