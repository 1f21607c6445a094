"""Allies told by acting together: "A and B had done this attack together", "A and
B jointly claimed the attack", "a joint attack by A and B" → each allied_with
the others (cue words in dictionaries/relation_cues.yaml)."""

from itertools import combinations

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_tokens
from flows.extract.relations.cues import RelationCues, RelationFound
from flows.extract.relations.syntax import children_with, is_actor, pairs, verb_subjects
from flows.extract.roles.mentions import with_conjuncts
from flows.extract.roles.syntax import by_agents


def joint_action_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """Two or more named doers of one deed done together are allies. Only doers joined in one
    phrase ("A and B ... together"): "A attacked B together with its allies" names one doer."""
    out = []
    for word in sentence_tokens(sent):
        if word.lower_ not in cues.joint_words:
            continue
        doers = joint_doers(word)
        doers = [d for d in dict.fromkeys(doers) if is_actor(d, cues) and d.pos_ != "PRON"]
        for a, b in combinations(doers, 2):
            out += pairs("allied_with", [a], [b], word, cues)
    return out


def joint_doers(word: Token) -> list[Token]:
    """Who acts together: the subjects of the verb "jointly"/"together" describes, or the
    owners and by-agents of the noun "joint" describes ("a joint attack by A and B")."""
    head = word.head
    if word.dep_ == "advmod" and head.pos_ in ("VERB", "AUX"):
        subjects = verb_subjects(head) or by_agents(head)
        return [
            c
            for s in subjects
            for n in [s, *children_with(s, ("appos",))]
            for c in with_conjuncts(n)
        ]
    if word.dep_ == "amod" and head.pos_ == "NOUN":
        named = children_with(head, ("poss",)) + [
            o for p in children_with(head, ("prep",)) if p.lower_ == "by" for o in p.children
        ]
        return [c for n in named for c in with_conjuncts(n)]
    return []
