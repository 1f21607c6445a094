"""Segment: body paragraphs of the normalised text, parsed by spaCy into sentences and tokens."""

from __future__ import annotations

from collections.abc import Iterator
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
    return list(iter_segments(normalised, nlp, batch_size))


def iter_segments(
    normalised: NormalisedText, nlp: Language, batch_size: int = 32
) -> Iterator[Segment]:
    """The segments of `segment`, parsed a batch at a time as they are consumed: a long
    document never holds more than one batch of parses."""
    paragraphs = normalised.paragraphs
    title = paragraphs[:1] if paragraphs and paragraphs[0].kind == "heading" else []
    body = [p for p in paragraphs if p.kind == "body"]
    texts = (normalised.text[p.start : p.end] for p in title + body)
    kinds = [(-1, p, "title") for p in title] + [(i, p, "body") for i, p in enumerate(body)]
    for (index, p, kind), doc in zip(kinds, nlp.pipe(texts, batch_size=batch_size), strict=True):
        yield Segment(index, p.start, doc, kind)
