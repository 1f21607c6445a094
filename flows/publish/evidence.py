"""Where a record's words are in its source: raw offsets, the quote a reader sees there, and
the notes its footnote markers point to."""

from __future__ import annotations

import re

from flows.ingest.folder import SourceDocument
from flows.ingest.formats import quote_from_view
from flows.normalise import NormalisedText


def citation_for(norm: NormalisedText, start: int, end: int) -> str | None:
    """The notes that footnote markers inside or right after [start, end) point to."""
    numbers = [n for pos, n in norm.footnote_markers if start < pos <= end + 1]
    cites = [norm.notes[n] for n in dict.fromkeys(numbers) if n in norm.notes]
    return " | ".join(cites) if cites else None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def evidence(
    doc: SourceDocument, norm: NormalisedText, start: int, end: int, anchor: int | None = None
) -> tuple[int, int, str]:
    """Raw offsets and the quote of a normalised span.

    For plain text the quote is the raw slice itself; for a file with markup the offsets span
    the quote where it stands in the file, markup included, and the quote is the words a reader
    sees there. A quote never holds a stray control character (a NUL inside a corrupted file):
    the span is cut to the part between them that holds `anchor` (the trigger), else the
    longest part.
    """
    raw = doc.text or ""
    rs, re_ = norm.raw_span(start, end)
    if _CONTROL.search(raw, rs, re_):
        bounds = [rs - 1] + [m.start() for m in _CONTROL.finditer(raw, rs, re_)] + [re_]
        parts = [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]
        holding = [p for p in parts if anchor is not None and p[0] <= anchor < p[1]]
        if parts:
            rs, re_ = holding[0] if holding else max(parts, key=lambda p: p[1] - p[0])
    return rs, re_, words_at(doc, rs, re_)


def words_at(doc: SourceDocument, start: int, end: int) -> str:
    """What a reader sees between two raw offsets of a document (plain text: the slice)."""
    if doc.view is None:
        return (doc.text or "")[start:end]
    return quote_from_view(doc.view, start, end)
