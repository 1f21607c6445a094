"""The sides of a deed done together: "clashes erupted between Ethiopia and Eritrea", "a peace
deal between the Taliban and the United States". A fight or an accord "between" two named
parties has each as a party (the gold codebook: "alliance -> all parties"; ACLED and UCDP code
a battle or an agreement by both sides). Cue words: reciprocal_words in dictionaries/cues.yaml.

Measured (session 49; dev perpetrators 466, blind 170, blind2 177 before): dev 470, blind
byte-identical, blind2 179 (one date fewer). Dropped: the object of "with" as a side too
("Al-Shabaab clashed with troops", "signed a ceasefire with the army"): blind 170 -> 167
("killed in clashes with X" names one side in the gold, and the other only sometimes); unnamed
sides ("between the National Guard and Islamist militants"): blind 169, and a document's only
group guessed for its other deeds was lost to the new unnamed one; an accord's other party
after "with" ("the KNU signed a ceasefire with the army"): blind unchanged, blind2 +1, dev one
matched event fewer (with state bodies such as "the government" as parties: blind 169)."""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.parsed import preposition_objects


def other_sides(trigger: Token, cues: dict) -> list[Token]:
    """Heads of the named sides a reciprocal deed lists with "between", on the deed or on
    the verb it is the subject of ("clashes erupted between X and Y"); unnamed ones
    ("Islamist militants") are left to the roles the clause gives."""
    words = cues["reciprocal_words"]
    if trigger.lemma_.lower() not in words and trigger.lower_ not in words:
        return []
    found = preposition_objects(trigger, {"between"})
    if trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB":
        found += preposition_objects(trigger.head, {"between"})
    agents = cues["agent_nouns"]
    return [
        t
        for t in found
        if t.ent_type_ and t.lemma_.lower() not in agents and t.lower_ not in agents
    ]
