"""Segment: body paragraphs of the normalised text, parsed by spaCy into sentences and tokens."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from flows.normalise import NormalisedText


@dataclass(frozen=True)
class Segment:
    """One paragraph: its index among the body paragraphs, its start offset in the normalised
    text, its parse, and its kind: "body", or "title" for the document's headline (index -1)."""

    index: int
    start: int
    doc: Doc
    kind: str = "body"


def segment(normalised: NormalisedText, nlp: Language, batch_size: int = 32) -> list[Segment]:
    """Parse every body paragraph, and the headline when the document opens with one.

    Headings are context, not prose to extract from: the headline only tells which country
    a story is about when its first paragraph does not ("... overrun army base in Nigeria's
    Borno"), and section headings are not parsed at all.
    """
    paragraphs = normalised.paragraphs
    title = paragraphs[:1] if paragraphs and paragraphs[0].kind == "heading" else []
    body = [p for p in paragraphs if p.kind == "body"]
    texts = (normalised.text[p.start : p.end] for p in title + body)
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    out = [Segment(-1, p.start, doc, "title") for p, doc in zip(title, docs, strict=False)]
    body_docs = docs[len(title) :]
    return out + [
        Segment(i, p.start, doc) for i, (p, doc) in enumerate(zip(body, body_docs, strict=True))
    ]
