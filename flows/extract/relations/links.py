"""Affiliation told by a participle or adjective without a hyphen: "X, a group linked to Y",
"X is affiliated with Y", "X, loyal to Y" → X affiliate_of Y (cue words in
dictionaries/relation_cues.yaml; the hyphenated "the al-Qaeda-linked group" is in nouns.py).
"""

from spacy.tokens import Span

from flows.extract.relations.cues import RelationCues, RelationFound
from flows.extract.relations.syntax import (
    children_with,
    is_actor,
    pairs,
    prep_objects,
    verb_subjects,
)


def affiliation_participle_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'X, a group linked to Y', 'X is affiliated with Y', 'X, loyal to Y' → X affiliate_of Y.
    Only the participle or adjective: "officials linked the attack to Y" ties no group."""
    out = []
    for word in (t for t in sent if t.lower_ in cues.affiliation_participles):
        if word.tag_ not in ("VBN", "JJ"):
            continue
        objects = prep_objects(word, ["to", "with"])
        if word.dep_ in ("acl", "amod"):
            noun = word.head
            holders = [noun.head] if noun.dep_ == "appos" else [noun]
        else:
            holders = children_with(word, ("nsubjpass",)) or verb_subjects(word)
            if word.dep_ == "acomp":
                holders = verb_subjects(word.head)
        rel = cues.affiliation_participles[word.lower_]
        out += pairs(rel, [h for h in holders if is_actor(h, cues)], objects, word, cues)
    return out
