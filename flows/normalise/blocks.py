"""Rejoin paragraphs split across lines, page and column breaks into blocks.

A block grows one line at a time; `PieceBuilder` appends in place (lists of parts,
offsets and markers), so a paragraph made of thousands of broken lines is assembled in
time linear in its length rather than copied at every join.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.normalise.chars import Piece
from flows.normalise.lines import MAX_LINE_CHARS, Line, ends_sentence

_HYPHENS = frozenset("-‐")
_DASHES = frozenset("-‐‑–—")
# Enough trailing characters for every test on a block's end (`ends_sentence` reads two).
_TAIL = 4


class PieceBuilder:
    """A `Piece` being extended by `append`; `piece()` returns the result."""

    def __init__(self, first: Piece) -> None:
        self.parts = [first.text]
        self.offsets = list(first.offsets)
        self.markers = list(first.markers)
        self.tail = first.text[-_TAIL:]

    def length(self) -> int:
        return len(self.offsets)

    def append(self, second: Piece) -> None:
        """Join `second` across a line or page break.

        "Bel-" + "mokhtar" drops the hyphen ("Belmokhtar"); after any other trailing dash
        the pieces touch ("pro-" + "AQIM"); otherwise one synthetic space joins them,
        mapped to the raw index after the last character so far.
        """
        tail, b = self.tail, second.text
        if (
            len(self.offsets) >= 2
            and tail[-1] in _HYPHENS
            and tail[-2].isalpha()
            and b[:1].islower()
        ):
            self._drop_last_char()
            glue = ""
        elif tail[-1:] in _DASHES:
            glue = ""
        else:
            glue = " "
            self.offsets.append(self.offsets[-1] + 1)
        shift = len(self.offsets)
        self.parts.append(glue + b)
        self.offsets.extend(second.offsets)
        self.markers.extend((p + shift, n) for p, n in second.markers)
        self.tail = (self.tail + glue + b)[-_TAIL:]

    def _drop_last_char(self) -> None:
        self.parts[-1] = self.parts[-1][:-1]
        self.offsets.pop()
        self.tail = self.tail[:-1]
        end = len(self.offsets)
        # Markers are in text order, so only the last ones can stand past the new end.
        k = len(self.markers) - 1
        while k >= 0 and self.markers[k][0] > end:
            self.markers[k] = (end, self.markers[k][1])
            k -= 1

    def piece(self) -> Piece:
        return Piece("".join(self.parts), tuple(self.offsets), tuple(self.markers))


def join_pieces(first: Piece, second: Piece) -> Piece:
    """Join two pieces across a line or page break (see `PieceBuilder.append`).

    >>> join_pieces(Piece("Bel-", (0, 1, 2, 3)), Piece("mokhtar", tuple(range(5, 12)))).text
    'Belmokhtar'
    """
    builder = PieceBuilder(first)
    builder.append(second)
    return builder.piece()


@dataclass
class Block:
    """A paragraph being assembled from one or more lines."""

    kind: str
    builder: PieceBuilder
    bullet: bool

    def unfinished(self) -> bool:
        """A body paragraph whose last sentence continues in a later line."""
        return self.kind == "body" and not ends_sentence(self.builder.tail)


def join_broken_paragraphs(lines: list[Line]) -> list[Block]:
    """Rejoin body paragraphs split by page/column breaks.

    A body paragraph without terminal punctuation continues in the next body paragraph.
    Headings between such a pair are floats (figure or sidebar titles) when the next
    body paragraph starts in lower case; they are dropped ("float_heading").
    """
    after_headings = _next_index(lines, lambda line: line.kind != "heading")
    next_barrier = _next_index(lines, lambda line: line.barrier)
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        prev = blocks[-1] if blocks else None
        if line.kind == "heading" and prev and prev.unfinished():
            after = after_headings[i]
            if after < len(lines) and _floats(lines[after], next_barrier[i] <= after):
                for heading in lines[i:after]:
                    heading.reason = "float_heading"
                i = after
                continue
        if prev and prev.unfinished() and _can_continue(prev, line):
            prev.builder.append(line.piece)
        else:
            blocks.append(Block(line.kind, PieceBuilder(line.piece), line.bullet))
        i += 1
    return blocks


def _next_index(lines: list[Line], test) -> list[int]:
    """For each index, the first index at or after it whose line passes `test` (or len)."""
    out = [len(lines)] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        out[i] = i if test(lines[i]) else out[i + 1]
    return out


def _floats(last: Line, barrier_between: bool) -> bool:
    """Whether the headings before `last` sit inside the sentence that `last` continues."""
    if barrier_between or last.bullet:
        return False
    return last.kind == "body" and last.piece.text[:1].islower()


def _can_continue(prev: Block, line: Line) -> bool:
    """Whether `line` may continue the unfinished paragraph `prev`."""
    if line.kind != "body" or line.barrier or line.bullet:
        return False
    if prev.builder.length() + len(line.piece.text) > MAX_LINE_CHARS:
        return False  # a paragraph stays short enough to parse (see split_lines)
    # A list item without a full stop is normal; only a lower-case start continues it.
    return not prev.bullet or line.piece.text[:1].islower()
