"""Endnotes: parse "N. citation" lines and resolve "ibid." / "op. cit." back-references."""

from __future__ import annotations

import re

# Notes may be skipped in extraction, but a jump larger than this is a year, not a note.
_MAX_NOTE_GAP = 10
_NOTE_LINE = re.compile(r"^(\d{1,4})[.)]\s+(\S.*)$")
# "Ibid.", "*ibid.*", "Ibid., p. 4" (emphasis already stripped by the caller).
_IBID = re.compile(r"(?i)^ibid(?:em)?\b\.?,?\s*(.*)$")
# "op. cit.", "op cit", "Whitlock, op. cit., p. 3".
# The author prefix is bounded: a long prefix means "op cit" sits inside a real citation.
_OP_CIT = re.compile(r"(?i)^(?:(.{1,80}?),?\s+)?op\.?\s*cit\b\.?,?\s*(.*)$")


def parse_note_line(text: str) -> tuple[int, str] | None:
    """Split a clean endnote line into its number and citation.

    >>> parse_note_line("19. Rukmini Callimachi, \\"Manifesto,\\" AP, 2013.")
    (19, 'Rukmini Callimachi, "Manifesto," AP, 2013.')
    >>> parse_note_line("Continued text") is None
    True
    """
    m = _NOTE_LINE.match(text.strip())
    if not m:
        return None
    return int(m.group(1)), m.group(2).strip()


def collect_notes(lines: list[str]) -> dict[int, str]:
    """Turn the clean lines of a notes section into {number: citation}.

    A line that does not start with a number continues the previous note (citations
    wrapped by PDF extraction). Back-references are resolved afterwards.

    Args:
        lines: clean text of each line of the section, heading excluded.

    Returns:
        Note number -> citation text, in the order the notes appear.
    """
    # Parts are joined once at the end: a citation wrapped over many lines is not copied
    # at every line.
    parts: dict[int, list[str]] = {}
    last: int | None = None
    for line in lines:
        parsed = parse_note_line(line)
        if parsed and _plausible_next(last, parsed[0]):
            last, citation = parsed
            parts[last] = [citation]
        elif last is not None and line.strip():
            parts[last].append(line.strip())
    return resolve_back_references({n: " ".join(p) for n, p in parts.items()})


def _plausible_next(last: int | None, number: int) -> bool:
    """Whether `number` can start the next note rather than continue a citation.

    A wrapped citation line may start with a year ("2013. As of ..."); note numbers
    instead rise by small steps, or restart at 1 in a new chapter.
    """
    return last is None or number == 1 or last < number <= last + _MAX_NOTE_GAP


def resolve_back_references(notes: dict[int, str]) -> dict[int, str]:
    """Replace "ibid." and "op. cit." notes by the citation they point to.

    "ibid." points to the previous note. "op. cit." points to the latest earlier note
    that mentions the author written before it, or to the previous note when it names
    none. A page reference after the abbreviation is kept.

    >>> resolve_back_references({1: "A, Book, 2001.", 2: "ibid.", 3: "op cit."})
    {1: 'A, Book, 2001.', 2: 'A, Book, 2001.', 3: 'A, Book, 2001.'}
    >>> resolve_back_references({1: "Smith, X.", 2: "Jones, Y.", 3: "Smith, op. cit., p. 4"})[3]
    'Smith, X, p. 4'
    """
    resolved: dict[int, str] = {}
    earlier = _EarlierNotes()
    for number, citation in notes.items():
        target, rest = _back_reference(citation, earlier)
        if target is not None:
            citation = f"{target.rstrip('.')}, {rest}" if rest else target
        resolved[number] = citation
        earlier.append(citation)
    return resolved


class _EarlierNotes:
    """The citations resolved so far, searchable by author without rescanning them all.

    Each author's search remembers how far it has read and the latest note that named
    the author, so repeated "Smith, op. cit." notes read each earlier note once.
    """

    def __init__(self) -> None:
        self.citations: list[str] = []
        self.folded: list[str] = []
        self.searches: dict[str, tuple[int, int]] = {}  # author -> (read up to, latest or -1)

    def append(self, citation: str) -> None:
        self.citations.append(citation)
        self.folded.append(citation.casefold())

    def latest_naming(self, author: str) -> str | None:
        """The latest citation containing `author` (case-insensitive), or None."""
        key = author.casefold()
        read, latest = self.searches.get(key, (0, -1))
        for k in range(read, len(self.folded)):
            if key in self.folded[k]:
                latest = k
        self.searches[key] = (len(self.folded), latest)
        return self.citations[latest] if latest >= 0 else None


def _back_reference(citation: str, earlier: _EarlierNotes) -> tuple[str | None, str]:
    """(cited earlier note or None, trailing page reference) for one citation."""
    if not earlier.citations:
        return None, ""
    ibid = _IBID.match(citation)
    if ibid:
        return earlier.citations[-1], ibid.group(1).strip()
    op_cit = _OP_CIT.match(citation)
    if not op_cit:
        return None, ""
    author, rest = (op_cit.group(1) or "").strip(), op_cit.group(2).strip()
    if author:
        found = earlier.latest_naming(author)
        if found is not None:
            return found, rest
    return earlier.citations[-1], rest
