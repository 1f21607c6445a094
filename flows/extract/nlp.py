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
    variants |= {
        v.replace("-", " ") for v in variants if re.search(r"\b(al|el|Al|El|ad|as|ash|an)-", v)
    }
    variants |= {re.sub(r"\b(al|el|Al|El) (?=[A-Z])", r"\1-", v) for v in list(variants)}
    return {v for v in variants if v.strip()}


def case_sensitive(form: str, ent_id: str) -> bool:
    """Places, acronyms and short names must match their case: "Nice", "US", "AQIM"."""
    return ent_id.startswith("place:") or bool(_EXACT.match(form)) or len(form) <= 4


def ruler_patterns(nlp: Language, entries: Iterable[tuple[str, str, str]]) -> list[dict]:
    """(surface form, label, id) → token patterns, case-sensitive or not per `case_sensitive`."""
    patterns, seen = [], set()
    for form, label, ent_id in entries:
        for variant in sorted(surface_variants(form)):
            exact = case_sensitive(variant, ent_id)
            words = [t.text for t in nlp.make_doc(variant)]
            key = (tuple(words) if exact else tuple(w.lower() for w in words), label)
            if key in seen:
                continue
            seen.add(key)
            attr = "ORTH" if exact else "LOWER"
            pattern = [{attr: w if exact else w.lower()} for w in words]
            patterns.append({"label": label, "pattern": pattern, "id": ent_id})
    return patterns


def build_pipeline(entries: Iterable[tuple[str, str, str]]) -> Language:
    """Load the English model and add one dictionary ruler before its NER.

    One ruler, so that overlapping names resolve longest-first ("Al Qaeda in Iraq" beats
    "Iraq"), with token patterns so each name can be case-sensitive or not.
    """
    nlp = spacy.load(SPACY_MODEL)
    ruler = nlp.add_pipe(
        "entity_ruler", name="dictionary_ruler", before="ner", config={"overwrite_ents": True}
    )
    ruler.add_patterns(ruler_patterns(nlp, entries))
    return nlp
