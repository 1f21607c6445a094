"""Segment: body paragraphs of the normalised text, parsed by spaCy into sentences and tokens."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from flows.normalise import NormalisedText


@dataclass(frozen=True)
class Segment:
    """One body paragraph: its index, its start offset in the normalised text, and its parse."""

    index: int
    start: int
    doc: Doc


def segment(normalised: NormalisedText, nlp: Language, batch_size: int = 32) -> list[Segment]:
    """Parse every body paragraph (headings are context, not prose to extract from)."""
    body = [p for p in normalised.paragraphs if p.kind == "body"]
    texts = (normalised.text[p.start : p.end] for p in body)
    docs = nlp.pipe(texts, batch_size=batch_size)
    return [Segment(i, p.start, doc) for i, (p, doc) in enumerate(zip(body, docs, strict=True))]
