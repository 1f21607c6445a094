"""An alliance told by a noun: "the government formed an alliance with the Y", "X
fought in alliance with Y", "X's alliance with Y" → X allied_with Y (cue words in
dictionaries/relation_cues.yaml; the verbs "X allied with Y", "joined forces with" are in
verbs.py)."""

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_tokens
from flows.extract.relations.cues import RelationCues, RelationFound
from flows.extract.relations.syntax import children_with, pairs, prep_objects, verb_subjects


def alliance_noun_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """The one who makes, enters or holds the alliance is allied with its partner after
    "with". Only a partner after "with": "an alliance of A, B and C" names members, and "the
    alliance" alone names no partner."""
    out = []
    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.alliance_nouns:
            continue
        partners = prep_objects(noun, ["with"])
        if not partners and noun.dep_ == "pobj":  # "fought in alliance with Y"
            partners = prep_objects(noun.head.head, ["with"])
        if partners:
            out += pairs("allied_with", alliance_holders(noun), partners, noun, cues)
    return out


def alliance_holders(noun: Token) -> list[Token]:
    """Who holds the alliance: its owner ("X's alliance with Y"), the subject of the verb that
    makes it ("X formed an alliance") or of the clause it is part of ("X fought in alliance")."""
    owners = children_with(noun, ("poss",))
    if owners:
        return owners
    if noun.dep_ == "dobj":
        return verb_subjects(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        return verb_subjects(noun.head.head)
    return []
