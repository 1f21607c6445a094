"""Remove repeated paragraphs: exact duplicates and pull-quotes.

Both compare paragraphs on `fold_key`, which ignores quote style, case and spacing, so a
paragraph printed once with a straight and once with a curly apostrophe is one paragraph.
Both are linear in the number of paragraphs (see `flows.normalise.pullquotes`).
"""

from __future__ import annotations

from flows.normalise.chars import fold_key
from flows.normalise.lines import Line, ends_sentence
from flows.normalise.pullquotes import pull_quote_indexes
from flows.normalise.rules import Tunables


def drop_duplicates(paragraphs: list[Line]) -> None:
    """Keep one body paragraph of each group with the same key; mark the rest "duplicate".

    The copy kept is the first one that does not interrupt a sentence (the paragraph
    before it ends with terminal punctuation); if every copy interrupts, the first.

    Args:
        paragraphs: kept lines in document order; dropped ones get `reason` set.
    """
    groups: dict[str, list[int]] = {}
    for i, line in enumerate(paragraphs):
        if line.kind == "body":
            groups.setdefault(fold_key(line.piece.text), []).append(i)
    kept = _KeptBefore(paragraphs)
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = next((i for i in members if not _interrupts(paragraphs, i, kept)), members[0])
        for i in members:
            if i != keep:
                paragraphs[i].reason = "duplicate"
                kept.remove(i)


class _KeptBefore:
    """The nearest still-kept paragraph before an index, as paragraphs get dropped.

    A disjoint-set forest: a dropped index points left, and lookups compress the path, so
    a document with many duplicates is not rescanned backwards for each one.
    """

    def __init__(self, paragraphs: list[Line]) -> None:
        self.left = [i if line.reason is None else i - 1 for i, line in enumerate(paragraphs)]

    def remove(self, index: int) -> None:
        self.left[index] = index - 1

    def last_at_or_before(self, index: int) -> int:
        """The greatest kept index <= `index`, or -1."""
        root = index
        while root >= 0 and self.left[root] != root:
            root = self.left[root]
        while index > root:  # path compression
            following = self.left[index]
            self.left[index] = root
            index = following
        return root


def _interrupts(paragraphs: list[Line], index: int, kept: _KeptBefore) -> bool:
    """Whether the paragraph sits inside a sentence broken by a page or column break."""
    if paragraphs[index].barrier:
        return False
    previous = kept.last_at_or_before(index - 1)
    if previous < 0:
        return False
    line = paragraphs[previous]
    return line.kind == "body" and not ends_sentence(line.piece.text)


def drop_pull_quotes(paragraphs: list[Line], tunables: Tunables) -> None:
    """Mark "pull_quote" every short body paragraph repeated inside a longer one.

    A candidate (between `pull_quote_min_chars` and `pull_quote_max_chars` long) is a
    pull-quote when its key is contained in a longer kept body paragraph's key or, if it
    is at least `pull_quote_fuzzy_min_chars` long, when rapidfuzz's partial_ratio reaches
    `pull_quote_min_score` (editors shorten quotes and insert "[AQIM's]").

    Args:
        paragraphs: kept lines in document order; dropped ones get `reason` set.
        tunables: the thresholds.
    """
    bodies = [p for p in paragraphs if p.reason is None and p.kind == "body"]
    for i in pull_quote_indexes([fold_key(p.piece.text) for p in bodies], tunables):
        bodies[i].reason = "pull_quote"
