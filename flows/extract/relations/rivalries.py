"""Rivals told by fighting one another: "A and B began to fight amongst themselves", "A and
B clashed with each other", "A and B have been fighting over control of the region" → A
rival_of B (PLOVER FIGHT between two non-state sides; cue words in
dictionaries/relation_cues.yaml).

Only named groups and people: a state or its forces fighting a group is the conflict the
events tell, not a rivalry; and only sides fighting one another, not "A and B fought Y".
"""

from itertools import combinations

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_tokens
from flows.extract.relations.cues import RelationCues, RelationFound
from flows.extract.relations.syntax import children_with, is_actor, pairs, verb_subjects


def rivalry_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """Each two of the named subjects of a verb of fighting one another are rivals."""
    out = []
    for verb in sentence_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.rivalry_words:
            continue
        if not fought_one_another(verb, cues):
            continue
        sides = [s for s in dict.fromkeys(verb_subjects(verb)) if non_state(s, cues)]
        for a, b in combinations(sides, 2):
            out += pairs("rival_of", [a], [b], verb, cues)
    return out


def fought_one_another(verb: Token, cues: RelationCues) -> bool:
    """No one else fought: no object, and a reciprocal ("each other", "amongst themselves")
    or a prize fought over ("over control of the region")."""
    if children_with(verb, ("dobj",)):
        return False
    preps = children_with(verb, ("prep",))
    if any(p.lower_ == "against" for p in preps):
        return False
    reciprocal = any(t.lower_ in cues.reciprocal_words for t in verb.subtree)
    return reciprocal or any(p.lower_ == "over" for p in preps)


def non_state(token: Token, cues: RelationCues) -> bool:
    """A named group or person that is not a state or its forces."""
    if not is_actor(token, cues) or token.pos_ == "PRON":
        return False
    if token.ent_type_ in ("GPE", "NORP") or token.lower_ in cues.force_nouns:
        return False
    return token.ent_type_ in ("ORG", "PERSON") or token.pos_ == "PROPN"
