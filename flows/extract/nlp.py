"""The spaCy pipeline: the English model plus entity rulers fed from the dictionaries.

The small model's NER alone tags Mali and Gao as PERSON; rulers placed before it label the
actors, places and nationalities the dictionaries know, with their dictionary ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import spacy
from spacy.language import Language

from flows.settings import SPACY_MODEL

ACTOR_LABELS = {
    "person": "PERSON",
    "state": "GPE",
}
# Short or all-caps forms are matched case-sensitively ("US" is not "us", "AQIM" not "aqim").
_EXACT = re.compile(r"^[A-Z0-9.&'’\- ]+$")


def ent_label(actor_type: str) -> str:
    """spaCy label for an actor type: people PERSON, states GPE, everything else ORG."""
    return ACTOR_LABELS.get(actor_type, "ORG")


def surface_variants(form: str) -> set[str]:
    """Spelling variants the tokenizer splits differently: al-X / al X, hyphen / space, ’ / '.

    >>> sorted(surface_variants("al-Qaeda"))
    ['al Qaeda', 'al-Qaeda']
    """
    variants = {form, form.replace("’", "'")}
    variants |= {v.replace("-", " ") for v in variants if re.search(r"\b(al|el|Al|El|ad|as|ash|an)-", v)}
    variants |= {re.sub(r"\b(al|el|Al|El) (?=[A-Z])", r"\1-", v) for v in list(variants)}
    return {v for v in variants if v.strip()}


def ruler_patterns(entries: Iterable[tuple[str, str, str]]) -> tuple[list[dict], list[dict]]:
    """(surface form, label, id) → (case-sensitive patterns, lowercase patterns)."""
    exact, lower = [], []
    seen: set[tuple[str, str]] = set()
    for form, label, ent_id in entries:
        for variant in sorted(surface_variants(form)):
            key = (variant if _EXACT.match(variant) or len(variant) <= 4 else variant.lower(), ent_id)
            if key in seen:
                continue
            seen.add(key)
            pattern = {"label": label, "pattern": variant, "id": ent_id}
            (exact if _EXACT.match(variant) or len(variant) <= 4 else lower).append(pattern)
    return exact, lower


def build_pipeline(entries: Iterable[tuple[str, str, str]]) -> Language:
    """Load the English model and add the dictionary rulers before its NER."""
    nlp = spacy.load(SPACY_MODEL, exclude=[])
    exact, lower = ruler_patterns(entries)
    ruler_lower = nlp.add_pipe(
        "entity_ruler", name="dictionary_ruler_lower", before="ner",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    ruler_lower.add_patterns(lower)
    ruler_exact = nlp.add_pipe(
        "entity_ruler", name="dictionary_ruler_exact", after="dictionary_ruler_lower",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    ruler_exact.add_patterns(exact)
    return nlp
