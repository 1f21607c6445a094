"""Remove repeated paragraphs: exact duplicates and pull-quotes.

Both compare paragraphs on `fold_key`, which ignores quote style, case and spacing, so a
paragraph printed once with a straight and once with a curly apostrophe is one paragraph.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from flows.normalise_chars import fold_key
from flows.normalise_lines import Line, ends_sentence
from flows.normalise_rules import Tunables

_WORD = re.compile(r"\w{4,}")
# Share of a candidate's longer words that must occur in the other paragraph before the
# (slower) fuzzy comparison runs; bracketed insertions change only a word or two.
_MIN_WORD_OVERLAP = 0.8


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
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = next((i for i in members if not _interrupts(paragraphs, i)), members[0])
        for i in members:
            if i != keep:
                paragraphs[i].reason = "duplicate"


def _interrupts(paragraphs: list[Line], index: int) -> bool:
    """Whether the paragraph sits inside a sentence broken by a page or column break."""
    if paragraphs[index].barrier:
        return False
    for previous in reversed(paragraphs[:index]):
        if previous.reason is None:
            return previous.kind == "body" and not ends_sentence(previous.piece.text)
    return False


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
    keys = [fold_key(p.piece.text) for p in bodies]
    words = [set(_WORD.findall(k)) for k in keys]
    for i, candidate in enumerate(bodies):
        if not tunables.pull_quote_min_chars <= len(keys[i]) <= tunables.pull_quote_max_chars:
            continue
        for j, other in enumerate(bodies):
            if j == i or other.reason is not None or len(keys[j]) <= len(keys[i]):
                continue
            if _repeats(keys[i], keys[j], words[i], words[j], tunables):
                candidate.reason = "pull_quote"
                break


def _repeats(short: str, long: str, short_words: set, long_words: set, t: Tunables) -> bool:
    """Whether `short` is a (possibly lightly edited) excerpt of `long`."""
    if short in long:
        return True
    if len(short) < t.pull_quote_fuzzy_min_chars or not short_words:
        return False
    if len(short_words & long_words) < _MIN_WORD_OVERLAP * len(short_words):
        return False
    score = fuzz.partial_ratio(short, long, score_cutoff=t.pull_quote_min_score)
    return score >= t.pull_quote_min_score
