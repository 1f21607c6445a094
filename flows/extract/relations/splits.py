"""A split told by a noun: "It arose from a split within Y", "X had been formed
after a split in Y", "X had its roots in a schism in Y" → X split_from Y (cue words in
dictionaries/relation_cues.yaml; the verbs "X broke away from Y" are in verbs.py)."""

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_tokens
from flows.extract.relations.cues import RelationCues, RelationFound
from flows.extract.relations.syntax import children_with, pairs, prep_objects, verb_subjects


def split_noun_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """The group the clause is about split from the group the split happened in. Only the
    clause's own subject: "a split in Y" beside any other noun ("weakened by a split in Y")
    says nothing of who left."""
    out = []
    for noun in sentence_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.split_nouns:
            continue
        parents = prep_objects(noun, cues.split_noun_prepositions)
        verb = clause_verb(noun)
        if not parents or verb is None or verb.lemma_.lower() not in cues.origin_verbs:
            continue
        holders = verb_subjects(verb) + children_with(verb, ("nsubjpass",))
        out += pairs("split_from", holders, parents, noun, cues)
    return out


def clause_verb(noun: Token) -> Token | None:
    """The verb whose clause a noun sits in, through the prepositions and nouns above it
    ("arose [from a split]", "had its roots [in a schism]")."""
    head = noun
    # "formed following a split": a participle used as a preposition heads no clause
    while head.pos_ not in ("VERB", "AUX") or head.dep_ == "prep":
        if head.head == head or head.dep_ in ("nsubj", "nsubjpass"):
            return None
        head = head.head
    return head
