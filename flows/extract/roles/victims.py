"""People named or described as killed are that many deaths, though no number is written."""

from __future__ import annotations

from spacy.tokens import Doc

from flows.extract.counts import Count
from flows.extract.roles.mentions import Mention

# Pronouns that stand for one person killed ("he was shot dead", "killing only himself").
KILLED_PRONOUNS = frozenset({"he", "him", "himself", "she", "her", "herself"})


def named_victims(victims: list[Mention], doc: Doc, cues: dict) -> Count | None:
    """People named as killed are that many deaths, though no number is written ("his
    deputy, Abu Yasir, died in an American strike"; "Ali, Omar and Yusuf
    were executed"; "he was killed by a drone"; "a policeman was shot dead"): every
    victim a person's name, a personal pronoun or one person described. Where it happened
    ("murdered at his home") is no victim."""
    victims = [v for v in victims if not _where(v, doc, cues)]
    if not victims or not all(
        v.label == "PERSON"
        or v.text.lower() in KILLED_PRONOUNS
        or _one_person(v, doc, cues)
        or _unknown_name(v, doc)
        for v in victims
    ):
        return None
    people = sorted({v.text for v in victims})
    return Count(len(people), "exact", ", ".join(people))


def _where(victim: Mention, doc: Doc, cues: dict) -> bool:
    span = doc.char_span(victim.start, victim.end, alignment_mode="expand")
    return (
        span is not None
        and span.root.dep_ == "pobj"
        and span.root.head.lower_ in cues["locative_prepositions"]
    )


def _unknown_name(victim: Mention, doc: Doc) -> bool:
    """A name no dictionary holds and the tagger gave no kind, or misread as an
    organisation, killed: someone ('Omar was later killed'; 'Ali, Omar and Yusuf
    were executed'). A group or place the dictionaries know is no one killed."""
    if victim.ent_id or victim.label not in ("NOUN", "ORG"):
        return False
    span = doc.char_span(victim.start, victim.end, alignment_mode="expand")
    return span is not None and span.root.tag_ == "NNP" and span[0].pos_ == "PROPN"


def _one_person(victim: Mention, doc: Doc, cues: dict) -> bool:
    """'a policeman', 'the ambassador', 'a former member of the group, Ciaran Mulvey': a
    singular noun for a person, with no number; not a body of people ('the police')."""
    span = doc.char_span(victim.start, victim.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    lemma = root.lemma_.lower()
    return (
        root.tag_ == "NN"
        and (lemma in cues["person_nouns"] or _office(lemma, cues))
        and lemma not in cues["collective_person_nouns"]
        and not any(c.dep_ == "nummod" for c in root.children)
    )


def _office(lemma: str, cues: dict) -> bool:
    """One holder of an office or role PETRARCH's agent dictionary names ("the mayor", "a
    bishop", "the governor"), not a body ("the army", "the government": cues.yaml group_nouns
    and body_agent_nouns)."""
    return (
        lemma in cues["agent_nouns"]
        and lemma not in cues["group_nouns"]
        and lemma not in cues["body_agent_nouns"]
    )
