"""Mojibake ("cafÃ©", "donâ€™t": UTF-8 read once as Windows-1252) repaired by ftfy, in a view.

ftfy's repair shortens the text ("Ã©" -> "é"), and published offsets index the file as
decoded, so the repair is never applied to the text itself: each repaired run is written over
its own span in the view (flows/ingest/formats/read.py), the rest of the span FILLER (deleted by the
normaliser, dropped from quotes). The raw file keeps its mojibake; quotes and names read as
the author wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from ftfy import fix_encoding
from ftfy.badness import is_bad

# ftfy judges a window by its context; a window is a line, or a stretch of a long line cut at
# a space, so the aligner below never compares more than this many characters.
_WINDOW = 2000
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, long lines cut at a space before `_WINDOW` characters."""
    for line in re.finditer(r"[^\n]+", text):
        start, end = line.span()
        while end - start > _WINDOW:
            cut = text.rfind(" ", start + 1, start + _WINDOW)
            cut = cut if cut > start else start + _WINDOW
            yield start, cut
            start = cut
        yield start, end


def find_repairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, repaired words) of every mojibake run of `text`, to write over its span.

    A repair that would lengthen its span (none that ftfy makes to mojibake does) is skipped.

    >>> find_repairs("a cafÃ© b")
    [(5, 7, 'é')]
    """
    if not _NON_ASCII.search(text):
        return []
    repairs = []
    for start, end in _windows(text):
        window = text[start:end]
        if not _NON_ASCII.search(window) or not is_bad(window):
            continue
        fixed = fix_encoding(window)
        if fixed == window:
            continue
        ops = SequenceMatcher(None, window, fixed, autojunk=False).get_opcodes()
        for op, i1, i2, j1, j2 in ops:
            if op in ("replace", "delete") and j2 - j1 <= i2 - i1:
                repairs.append((start + i1, start + i2, fixed[j1:j2]))
    return repairs
