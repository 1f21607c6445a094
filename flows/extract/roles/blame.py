"""Who a text blames for a deed: "held X responsible for the attack", "the explosion was blamed
on X", "accused X of killing 12", "X was behind the attack". The one blamed, never the
accuser."""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.parsed import children_by_dep, is_passive, preposition_objects


def responsible_for(noun: Token, cues: dict) -> list[Token]:
    """'The faction is widely held responsible for the murder' → the faction."""
    prep = noun.head
    if noun.dep_ not in ("pobj", "pcomp"):
        return []
    if prep.lower_ in ("for", "of") and (accused := accused_by(prep.head, cues)) is not None:
        return accused  # "blamed X for the killings", "accused X of killing"
    word = prep.head
    if prep.lower_ != "for" or word.lemma_.lower() not in cues["responsibility_words"]:
        return []
    holder = word.head if word.dep_ in ("acomp", "oprd", "dobj", "attr", "xcomp") else word
    if holder.lemma_.lower() in cues["denial_verbs"]:
        return []  # "X denies responsibility for the attack"
    accused = accused_by(holder, cues)  # "held X responsible for the attack"
    if accused is not None:
        return accused
    subjects = children_by_dep(holder, {"nsubj", "nsubjpass"})
    if not subjects and holder.dep_ == "conj":  # "The group is violent and was responsible"
        subjects = children_by_dep(holder.head, {"nsubj", "nsubjpass"})
    return [g for s in subjects for g in spoken_for(s, cues)] or _participle_subject(holder)


def spoken_for(subject: Token, cues: dict) -> list[Token]:
    """Whom a claimant speaks for: "a spokesman for the ZLF claimed responsibility" is the
    ZLF's claim, as "a ZLF spokesman" is; any other subject stands for itself."""
    if subject.lemma_.lower() not in cues["voice_nouns"]:
        return [subject]
    return preposition_objects(subject, {"for", "of"}) or [subject]


def _participle_subject(verb: Token) -> list[Token]:
    """The subject of the clause a subjectless participle hangs in: "the organisation announced
    its existence in a telephone call claiming responsibility for an attack" → the
    organisation (through the nouns and prepositions between, at most four steps)."""
    if verb.tag_ not in ("VBG", "VBN") or verb.dep_ not in ("acl", "advcl", "conj"):
        return []
    node = verb
    for _ in range(4):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return children_by_dep(node, {"nsubj"})
        if node.dep_ not in ("pobj", "prep", "dobj", "acl", "advcl") or node.head == node:
            return []
    return []


def blamed_on(noun: Token, cues: dict) -> list[Token]:
    """'The explosion was blamed on the group', 'officials blamed the attack on X', 'the attack
    was attributed to X', 'X was behind the attack' → the group, X."""
    head = noun.head
    if noun.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in cues["accusation_verbs"]:
        return preposition_objects(head, {"on"})
    if noun.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in cues["ascribing_verbs"]:
        # "officials attributed the attack to X" (the parse may hang "to X" on the deed)
        return preposition_objects(head, {"to"}) or preposition_objects(noun, {"to"})
    blaming = [
        c
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in cues["accusation_verbs"]
    ]
    if blaming:  # "a bomb attack blamed on the Taliban"
        return [g for c in blaming for g in preposition_objects(c, {"on"})]
    if noun.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_ == "be":
        be = head.head
        # "X is believed to be behind": the subject of the verb "to be" completes
        raised = be.head if be.dep_ == "xcomp" else be
        return children_by_dep(be, {"nsubj"}) or children_by_dep(raised, {"nsubj", "nsubjpass"})
    if noun.dep_ == "pobj" and head.lower_ == "behind" and _shares_be(head.head):
        # "X, which is involved in the insurgency and likely behind the attacks": the parser
        # hangs "behind" on the nearer predicate of the same "be"
        return children_by_dep(head.head, {"nsubj", "nsubjpass"})
    return []


def _shares_be(predicate: Token) -> bool:
    """Whether a verb is a predicate of "be" ("is involved", "was based"): its auxiliary."""
    return predicate.pos_ == "VERB" and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in predicate.children
    )


def accused_by(verb: Token, cues: dict) -> list[Token] | None:
    """The one a verb of accusation names as the doer (its object, or its passive subject:
    "the group was blamed for the massacre by the army"), never the accuser; None when `verb` is
    no verb of accusation."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in cues["accusation_verbs"]:
        return None
    return children_by_dep(verb, {"nsubjpass"} if is_passive(verb) else {"dobj"})
