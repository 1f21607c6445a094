"""Where the candidate place names of a sentence come from, for `places_in_sentence` (named.py):
spaCy's place entities, proper nouns in a locative position, names before a word for an
administrative division, and curated multi-word names found as written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from flows.extract.parsed import (
    opening_preposition,
    sentence_ents,
    sentence_text,
    sentence_tokens,
)
from flows.extract.places.gazetteer import Gazetteer

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Times and amounts are never places, though "in May 2011" sits where a place would
# ("May" is also a name of Mayville, North Dakota).
NUMERIC_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}
MODIFIER_DEPS = {"compound", "nmod", "amod"}


def _setting(gazetteer: Gazetteer, key: str) -> frozenset[str]:
    return frozenset(gazetteer.settings[key])


@lru_cache(maxsize=4)
def _curated_pattern(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    """One regex over the curated names with a capital or a space (case-sensitive)."""
    names = [n for n in gazetteer.ruler_labels if " " in n and n[:1].isupper()]
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _is_locative(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether a noun is the object of a locative preposition or of "the town of" (directly
    or as a conjunct or apposition of one)."""
    while token.dep_ in ("conj", "appos") and token.head != token:
        token = token.head
    if token.dep_ != "pobj":
        return False
    preposition = token.head.lower_
    if preposition in _setting(gazetteer, "locative_prepositions"):
        return True
    governor = token.head.head.lower_
    # "the town of Gao"; "out of Mogadishu", "north of Gao" (a compound preposition)
    return preposition == "of" and (
        governor in _setting(gazetteer, "place_nouns")
        or governor in _setting(gazetteer, "locative_prepositions")
    )


def _opening_preposition(token: Token, gazetteer: Gazetteer) -> bool:
    return opening_preposition(token, _setting(gazetteer, "locative_prepositions"))


def _proper_chunk(token: Token, gazetteer: Gazetteer) -> Span:
    """The run of proper nouns ending at a token ("New York" from "York"), without an
    opening preposition misread as one."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in MODIFIER_DEPS:
        start -= 1
    if start < token.i and _opening_preposition(doc[start], gazetteer):
        start += 1
    return doc[start : token.i + 1]


def _names_a_division(token: Token, gazetteer: Gazetteer) -> bool:
    """The name right before a word for an administrative division ("Lanao del Sur
    province", "Maungdaw township"): a place whatever kind the tagger gave it."""
    head = token.head
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and head.i == token.i + 1
        and head.pos_ == "NOUN"
        and head.lower_ in _setting(gazetteer, "division_nouns")
    )


def _after_opening_preposition(span: Span, gazetteer: Gazetteer) -> bool:
    return span.start > 0 and _opening_preposition(span.doc[span.start - 1], gazetteer)


def _candidates(sent: Span, gazetteer: Gazetteer) -> Iterator[tuple[Span, bool]]:
    """(span, trusted) pairs: entities, locative proper nouns, curated names."""
    for ent in sentence_ents(sent):
        if len(ent) > 1 and _opening_preposition(ent[0], gazetteer):
            yield ent[1:], ent.label_ in PLACE_LABELS  # "Near Tal Afar" read as a person
        elif ent.label_ in PLACE_LABELS:
            yield ent, True
        elif (
            ent.label_ not in NUMERIC_LABELS
            and _is_locative(ent.root, gazetteer)
            and not ent.text.isupper()
        ):
            yield ent, False  # an acronym ("in the GIA") is an organisation
    for token in sentence_tokens(sent):
        if token.pos_ != "PROPN" or token.ent_type_ or _opening_preposition(token, gazetteer):
            continue
        chunk = _proper_chunk(token, gazetteer)
        if _is_locative(token, gazetteer) or _after_opening_preposition(chunk, gazetteer):
            yield chunk, False
    for token in sentence_tokens(sent):
        if _names_a_division(token, gazetteer):
            yield _proper_chunk(token, gazetteer), True
    pattern = _curated_pattern(gazetteer)
    for match in pattern.finditer(sentence_text(sent)) if pattern else ():
        span = sent.doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None:
            yield span, True
