"""Membership told by a verb of including or of taking in: "the G5 Sahel force includes Burkina Faso, Chad and
Mali", "the al-Shabaab leadership includes X" → each is member_of the group whose part
includes them; "Kenyan troops were integrated into AMISOM", "Y absorbed X" → X member_of the
group it went into (cue words in dictionaries/relation_cues.yaml).

Only a part of a group named by the group's name ("the G5 Sahel force", "the al-Shabaab
leadership"): what a named organisation itself "includes" is as often its wings, offices or
lists as its members (blind: 16 published that way, none right).
"""

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_tokens
from flows.extract.relations.cues import RelationCues, RelationFound
from flows.extract.relations.syntax import children_with, pairs, prep_objects, verb_subjects
from flows.extract.roles.mentions import with_conjuncts


def inclusion_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'the G5 Sahel force includes A, B and C' → A, B and C member_of the G5 Sahel."""
    out = []
    for verb in sentence_tokens(sent):
        if verb.lemma_.lower() not in cues.inclusion_verbs or verb.pos_ != "VERB":
            continue
        members = [c for o in children_with(verb, ("dobj",)) for c in with_conjuncts(o)]
        bodies = [n for s in verb_subjects(verb) if (n := body_name(s)) is not None]
        out += pairs("member_of", members, bodies, verb, cues)
    return out


def body_name(noun: Token) -> Token | None:
    """The group a common noun is a part of, by the name before it: "the [G5 Sahel] force"."""
    if noun.ent_type_ or noun.pos_ != "NOUN":
        return None
    names = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
    return names[-1] if names else None


def absorption_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'X was integrated into Y', 'Y integrated X into its ranks', 'Y absorbed X' → X member_of
    Y: what is taken in, of the body it is taken into (or of the subject that takes it in)."""
    out = []
    for verb in sentence_tokens(sent):
        if verb.lemma_.lower() not in cues.absorption_verbs or verb.pos_ != "VERB":
            continue
        taken = children_with(verb, ("nsubjpass", "dobj"))
        # "into its ranks", "into Y's army": the owner is the body
        bodies = [next(iter(children_with(o, ("poss",))), o) for o in prep_objects(verb, ["into"])]
        if not bodies and children_with(verb, ("dobj",)):  # "Y absorbed X"
            bodies = verb_subjects(verb)
        out += pairs("member_of", taken, bodies, verb, cues)
    return out
