"""Tab-separated rows whose cells hold sentences: a table copied from a web page, or a
spreadsheet's export of incidents (date, place, details, perpetrator). A PDF's flattened
figure table holds labels and numbers and is dropped (`table_row` in boilerplate.yaml); a row
with a sentence in a cell is prose, and its cells are read one by one, as HTML cells are."""

from __future__ import annotations

import re

# A cell is a sentence when it ends like one (after any footnote markers, "used.[1][2]") and
# is as long as a clause with its subject, verb and object and an adjunct; a figure's cells
# are labels ("Attacks in 2014", "Zenda Liberation Front") and numbers.
SENTENCE_MIN_WORDS = 8
_FOOTNOTES = re.compile(r"(?:\[\d{1,3}\])+$")
_CELL = re.compile(r"[^\t]+")


def is_sentence(cell: str) -> bool:
    """Whether a table cell is a sentence rather than a label.

    >>> is_sentence("ZLF fighters stormed the barracks of Zenda, killing four guards.[3]")
    True
    >>> is_sentence("Zenda Liberation Front")
    False
    """
    text = _FOOTNOTES.sub("", cell.strip())
    return len(text.split()) >= SENTENCE_MIN_WORDS and text[-1:] in (".", "!", "?")


def prose_row_cells(line: str) -> list[tuple[int, int]] | None:
    """The (start, end) of each cell of a tab-separated line one of whose cells is a
    sentence; None for any other line.

    >>> prose_row_cells("Mar 3\\tZenda\\tZLF fighters stormed the barracks, killing four guards.")
    [(0, 5), (6, 11), (12, 67)]
    >>> prose_row_cells("2014\\t12\\t30") is None
    True
    """
    if "\t" not in line:
        return None
    cells = [(m.start(), m.end()) for m in _CELL.finditer(line) if m.group().strip()]
    if len(cells) < 2 or not any(is_sentence(line[a:b]) for a, b in cells):
        return None
    return cells
