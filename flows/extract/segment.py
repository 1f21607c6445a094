"""Segment: body paragraphs of the normalised text, parsed by spaCy into sentences and tokens."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from flows.extract.parsed import keep_text
from flows.extract.shouted_names import acronyms, recased
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
    kinds, texts = _to_parse(normalised)
    parsed = zip(kinds, texts, nlp.pipe(texts, batch_size=batch_size), strict=True)
    for (index, p, kind), text, doc in parsed:
        yield Segment(index, p.start, keep_text(doc, text), kind)


def segment_together(
    documents: list[NormalisedText], nlp: Language, batch_size: int = 128
) -> list[list[Segment]]:
    """`segment` of each document, all their paragraphs parsed in one stream.

    The parser decodes a batch's paragraphs a step at a time all together
    (flows/extract/nlp/greedy_parser.py), so its cost goes with the number of batches and the
    longest paragraph of each, not with the paragraphs: fewer, fuller batches cost less.
    Every parse is the one the document alone gets (a paragraph's parse does not depend on
    the others in its batch).
    """
    plans = [_to_parse(normalised) for normalised in documents]
    docs = iter(nlp.pipe([t for _, texts in plans for t in texts], batch_size=batch_size))
    return [
        [
            Segment(index, p.start, keep_text(next(docs), text), kind)
            for (index, p, kind), text in zip(kinds, texts, strict=True)
        ]
        for kinds, texts in plans
    ]


def _to_parse(normalised: NormalisedText) -> tuple[list[tuple], list[str]]:
    """The (index, paragraph, kind) of each paragraph to parse, and their texts: the
    headline (index -1) when the document opens with one, then the body paragraphs."""
    paragraphs = normalised.paragraphs
    title = paragraphs[:1] if paragraphs and paragraphs[0].kind == "heading" else []
    body = [p for p in paragraphs if p.kind == "body"]
    kinds = [(-1, p, "title") for p in title] + [(i, p, "body") for i, p in enumerate(body)]
    keep = acronyms(normalised.text)
    return kinds, [recased(normalised.text[p.start : p.end], keep) for _, p, _ in kinds]
