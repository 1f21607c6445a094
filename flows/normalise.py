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

from dataclasses import dataclass

from flows.normalise_chars import Piece
from flows.normalise_lines import Line, classify_lines, ends_sentence, split_lines
from flows.normalise_repeats import drop_duplicates, drop_pull_quotes
from flows.normalise_rules import BoilerplateRules, load_boilerplate_rules
from flows.notes import collect_notes

__all__ = [
    "BoilerplateRules",
    "NormalisedText",
    "Paragraph",
    "load_boilerplate_rules",
    "normalise",
]

_HYPHENS = frozenset("-‐")
_DASHES = frozenset("-‐‑–—")


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
    raw_offsets: list[int]
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


@dataclass
class _Block:
    """A paragraph being assembled from one or more lines."""

    kind: str
    piece: Piece
    bullet: bool


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
    kept = [line for line in lines if line.reason is None]
    drop_duplicates(kept)
    drop_pull_quotes(kept, rules.tunables)
    blocks = _join_broken_paragraphs([line for line in kept if line.reason is None])
    text, offsets, paragraphs, markers = _assemble(blocks)
    return NormalisedText(
        text=text,
        raw_offsets=offsets,
        paragraphs=paragraphs,
        footnote_markers=markers,
        notes=collect_notes(note_lines),
        dropped=_dropped_spans(lines),
    )


def _join_broken_paragraphs(lines: list[Line]) -> list[_Block]:
    """Rejoin body paragraphs split by page/column breaks.

    A body paragraph without terminal punctuation continues in the next body paragraph.
    Headings between such a pair are floats (figure or sidebar titles) when the next
    body paragraph starts in lower case; they are dropped ("float_heading").
    """
    blocks: list[_Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        prev = blocks[-1] if blocks else None
        if line.kind == "heading" and prev and _unfinished(prev):
            after = next((j for j in range(i, len(lines)) if lines[j].kind != "heading"), None)
            if after is not None and _floats(lines[i : after + 1]):
                for heading in lines[i:after]:
                    heading.reason = "float_heading"
                i = after
                continue
        if prev and _unfinished(prev) and _can_continue(prev, line):
            prev.piece = join_pieces(prev.piece, line.piece)
        else:
            blocks.append(_Block(line.kind, line.piece, line.bullet))
        i += 1
    return blocks


def _unfinished(block: _Block) -> bool:
    return block.kind == "body" and not ends_sentence(block.piece.text)


def _floats(run: list[Line]) -> bool:
    """Whether headings `run[:-1]` sit inside the sentence that `run[-1]` continues."""
    last = run[-1]
    if any(line.barrier for line in run) or last.bullet:
        return False
    return last.kind == "body" and last.piece.text[:1].islower()


def _can_continue(prev: _Block, line: Line) -> bool:
    """Whether `line` may continue the unfinished paragraph `prev`."""
    if line.kind != "body" or line.barrier or line.bullet:
        return False
    # A list item without a full stop is normal; only a lower-case start continues it.
    return not prev.bullet or line.piece.text[:1].islower()


def join_pieces(first: Piece, second: Piece) -> Piece:
    """Join two pieces across a line or page break.

    "Bel-" + "mokhtar" drops the hyphen ("Belmokhtar"); after any other trailing dash the
    pieces touch ("pro-" + "AQIM"); otherwise one synthetic space joins them, mapped to
    the raw index after `first`'s last character.
    """
    a, b = first.text, second.text
    if len(a) >= 2 and a[-1] in _HYPHENS and a[-2].isalpha() and b[:1].islower():
        head, head_offsets, glue, glue_offsets = a[:-1], first.offsets[:-1], "", ()
    elif a[-1:] in _DASHES:
        head, head_offsets, glue, glue_offsets = a, first.offsets, "", ()
    else:
        head, head_offsets, glue, glue_offsets = a, first.offsets, " ", (first.offsets[-1] + 1,)
    shift = len(head) + len(glue)
    markers = tuple((min(p, len(head)), n) for p, n in first.markers)
    markers += tuple((p + shift, n) for p, n in second.markers)
    return Piece(head + glue + b, head_offsets + glue_offsets + second.offsets, markers)


def _assemble(
    blocks: list[_Block],
) -> tuple[str, list[int], list[Paragraph], list[tuple[int, int]]]:
    """Concatenate blocks into text, offsets, paragraphs and footnote markers."""
    parts: list[str] = []
    offsets: list[int] = []
    paragraphs: list[Paragraph] = []
    markers: list[tuple[int, int]] = []
    for block in blocks:
        if offsets:
            # Two separator chars need two free raw indexes before the next paragraph.
            separator = "\n\n" if block.piece.offsets[0] - offsets[-1] > 2 else "\n"
            parts.append(separator)
            offsets.extend(range(offsets[-1] + 1, offsets[-1] + 1 + len(separator)))
        start = len(offsets)
        parts.append(block.piece.text)
        offsets.extend(block.piece.offsets)
        paragraphs.append(Paragraph(start, len(offsets), block.kind))
        markers.extend((start + p, n) for p, n in block.piece.markers)
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
