"""The spaCy pipeline: the English model plus entity rulers fed from the dictionaries.

The small model's NER alone tags Mali and Gao as PERSON; rulers placed before it label the
actors, places and nationalities the dictionaries know, with their dictionary ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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


class CaseCheck:
    """Drops dictionary entities whose name must match case but did not ("us" is not "US").

    The ruler matches every name on lower-case text (a phrase matcher: fast), and this
    component then releases the case-sensitive ones that matched in the wrong case, leaving
    those tokens to the statistical NER.
    """

    def __init__(self) -> None:
        self.exact: dict[str, set[str]] = {}  # id → forms that must match exactly
        self.loose: dict[str, set[str]] = {}  # id → lower-cased forms that match in any case

    def __call__(self, doc: Doc) -> Doc:
        wrong = [
            e
            for e in doc.ents
            if e.ent_id_ in self.exact
            and e.text not in self.exact[e.ent_id_]
            and e.text.lower() not in self.loose.get(e.ent_id_, ())
        ]
        if wrong:
            keep = [e for e in doc.ents if e not in wrong]
            doc.set_ents(keep, missing=wrong, default="unmodified")
        return doc


@Language.factory("dictionary_case_check")
def make_case_check(nlp: Language, name: str) -> CaseCheck:
    return CaseCheck()


def ruler_patterns(
    entries: Iterable[tuple[str, str, str]],
) -> tuple[list[dict], dict[str, set[str]], dict[str, set[str]]]:
    """(surface form, label, id) → lower-case phrase patterns, plus per id the forms that
    must match exactly and the (lower-cased) forms that may match in any case."""
    patterns, seen, exact, loose = [], set(), {}, {}
    for form, label, ent_id in entries:
        for variant in sorted(surface_variants(form)):
            if case_sensitive(variant, ent_id):
                exact.setdefault(ent_id, set()).add(variant)
            else:
                loose.setdefault(ent_id, set()).add(variant.lower())
            key = (variant.lower(), label)
            if key not in seen:
                seen.add(key)
                patterns.append({"label": label, "pattern": variant.lower(), "id": ent_id})
    return patterns, exact, loose


def build_pipeline(entries: Iterable[tuple[str, str, str]]) -> Language:
    """Load the English model and add one dictionary ruler before its NER.

    One ruler, so that overlapping names resolve longest-first ("Al Qaeda in Iraq" beats
    "Iraq"); it matches lower-cased phrases and a case check then drops the names that must
    match case ("Nice", "US", "AQIM") where they did not.
    """
    nlp = spacy.load(SPACY_MODEL)
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="dictionary_ruler",
        before="ner",
        config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"},
    )
    patterns, exact, loose = ruler_patterns(entries)
    ruler.add_patterns(patterns)
    check = nlp.add_pipe("dictionary_case_check", after="dictionary_ruler")
    check.exact, check.loose = exact, loose
    return nlp
