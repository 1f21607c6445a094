"""Normalise stage: raw document text -> clean paragraphs with an exact raw-offset map.

Pipeline (each step general; publisher phrases come from `dictionaries/boilerplate.yaml`):
split into lines (one non-empty line = one paragraph), clean each line (markdown,
footnote markers), drop front/end matter, boilerplate, endnotes, bibliography, captions
and tables, drop duplicate paragraphs and pull-quotes, rejoin paragraphs broken by page
breaks, and assemble the text.

Offset map: every character of `NormalisedText.text` copied from the raw text maps to
its raw index. Synthetic characters are (a) the paragraph separator, (b) the single space
that joins paragraphs broken by a page break, (c) a space standing for a tab/NBSP run.
(b) and (a) map to the raw indexes right after the preceding copied character, which are
always whitespace or removed material, so `raw_offsets` stays strictly increasing. The
separator is "\\n\\n" when the raw text has room for two such indexes (blank line between
paragraphs, the PDF layout) and a single "\\n" when the paragraphs sat on adjacent lines
(one paragraph per line, the web-article layout): strictness wins over the separator width.
A paragraph never contains a newline; iterate `paragraphs` rather than splitting the text.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from flows.normalise.blocks import Block, join_broken_paragraphs, join_pieces
from flows.normalise.lines import Line, classify_lines, mark_headlines, split_lines
from flows.normalise.notes import collect_notes
from flows.normalise.repeats import drop_duplicates, drop_pull_quotes
from flows.normalise.rules import BoilerplateRules, load_boilerplate_rules

__all__ = [
    "BoilerplateRules",
    "NormalisedText",
    "Paragraph",
    "join_pieces",
    "load_boilerplate_rules",
    "normalise",
]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the clean text.

    Attributes:
        start: offset in `NormalisedText.text`.
        end: offset after its last character.
        kind: "body", or "heading" for short title lines (context, not for extraction).
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class NormalisedText:
    """Clean text of one document and how it maps back to the raw text.

    Attributes:
        text: clean text; paragraphs joined by "\\n\\n" (or "\\n", see module docstring).
        raw_offsets: raw index of each character of `text`; strictly increasing.
        paragraphs: the paragraphs, in order.
        footnote_markers: (offset in `text` right after which the marker stood, note number).
        notes: note number -> citation; "ibid."/"op. cit." resolved to the cited note.
        dropped: (raw start, raw end, reason) of every removed line or block of lines.
    """

    text: str
    raw_offsets: Sequence[int]  # an array of machine ints: 8 bytes a character, not ~36
    paragraphs: list[Paragraph]
    footnote_markers: list[tuple[int, int]]
    notes: dict[int, str]
    dropped: list[tuple[int, int, str]]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) covering text[start:end]: (raw_offsets[start], raw_offsets[end-1] + 1).

        Raises:
            ValueError: the span is empty or outside the text.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(
                f"span ({start}, {end}) is empty or outside the text (length {len(self.text)})"
            )
        return self.raw_offsets[start], self.raw_offsets[end - 1] + 1


def normalise(raw: str, rules: BoilerplateRules) -> NormalisedText:
    """Clean a raw document for extraction, keeping a map back to raw offsets.

    Args:
        raw: the document text as read from `raw/`.
        rules: boilerplate rules (`load_boilerplate_rules`).

    Returns:
        The clean text, offsets, paragraphs, footnote markers, endnotes and dropped spans.
        Never raises on a str; empty or blank input gives an empty `NormalisedText`.
    """
    lines = split_lines(raw)
    note_lines = classify_lines(lines, rules, len(raw))
    mark_headlines(lines, raw)
    kept = [line for line in lines if line.reason is None]
    drop_duplicates(kept)
    drop_pull_quotes(kept, rules.tunables)
    blocks = join_broken_paragraphs([line for line in kept if line.reason is None])
    text, offsets, paragraphs, markers = _assemble(blocks)
    return NormalisedText(
        text=text,
        raw_offsets=offsets,
        paragraphs=paragraphs,
        footnote_markers=markers,
        notes=collect_notes(note_lines),
        dropped=_dropped_spans(lines),
    )


def _assemble(
    blocks: list[Block],
) -> tuple[str, array, list[Paragraph], list[tuple[int, int]]]:
    """Concatenate blocks into text, offsets, paragraphs and footnote markers."""
    parts: list[str] = []
    offsets = array("q")  # 8 bytes a character: the map is as long as the document
    paragraphs: list[Paragraph] = []
    markers: list[tuple[int, int]] = []
    for block in blocks:
        piece = block.builder.piece()
        if offsets:
            # Two separator chars need two free raw indexes before the next paragraph.
            separator = "\n\n" if piece.offsets[0] - offsets[-1] > 2 else "\n"
            parts.append(separator)
            offsets.extend(range(offsets[-1] + 1, offsets[-1] + 1 + len(separator)))
        start = len(offsets)
        parts.append(piece.text)
        offsets.extend(piece.offsets)
        paragraphs.append(Paragraph(start, len(offsets), block.kind))
        markers.extend((start + p, n) for p, n in piece.markers)
    return "".join(parts), offsets, paragraphs, markers


def _dropped_spans(lines: list[Line]) -> list[tuple[int, int, str]]:
    """Raw spans of dropped lines; consecutive lines dropped for one reason merge."""
    spans: list[tuple[int, int, str]] = []
    previous_reason: str | None = None
    for line in lines:
        if line.reason is not None and line.reason == previous_reason:
            spans[-1] = (spans[-1][0], line.end, line.reason)
        elif line.reason is not None:
            spans.append((line.start, line.end, line.reason))
        previous_reason = line.reason
    return spans
