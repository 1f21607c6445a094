"""A costly regular expression searched only where a cheap part of it is found first.

`find_dates` searches every sentence with nine case-insensitive patterns; most sentences hold
no date, yet each pattern tries every position (a case-insensitive alternation of words costs
Python's `re` five times a case-sensitive one): a third of the rules' time on the bench corpus.
A `Guarded` pattern names a part that every match of it contains (its core, e.g. four digits
for a year): where the core is not found, the pattern cannot match, so the answer is the same.

A core made of lower-case ASCII words is searched case-sensitively in the lower-cased text,
which is what a case-insensitive search finds as long as the text holds no non-ASCII letter
that `re.IGNORECASE` takes for an ASCII one (the Kelvin sign, the dotless i, the long s); a
text that holds one is searched with the pattern alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ASCII_LETTER = re.compile("[a-z]", re.IGNORECASE)


@dataclass(frozen=True)
class Guarded:
    """A case-insensitive pattern and, if it has one, a core every match of it contains."""

    pattern: re.Pattern
    core: re.Pattern | None = None
    folded: bool = False  # the core is searched in the lower-cased text


def guard(pattern: str, core: str | None = None, words: tuple[str, ...] = ()) -> Guarded:
    """`pattern` compiled case-insensitively, with `core` (a sub-pattern every match of
    `pattern` contains) searched first; or, with `words`, the alternation of these words
    searched in the lower-cased text, if they are all lower-case ASCII (else no core).

    >>> weekday = guard(r"\\b(?:last\\s+)?(?:monday|friday)\\b", words=("monday", "friday"))
    >>> [bool(list(matches(weekday, s, Folded(s)))) for s in ("Last FRIDAY", "a day")]
    [True, False]
    """
    compiled = re.compile(pattern, re.IGNORECASE)
    if words:
        if not all(w.isascii() and w == w.lower() for w in words):
            return Guarded(compiled)
        return Guarded(compiled, re.compile("|".join(words)), folded=True)
    return Guarded(compiled, re.compile(core, re.IGNORECASE) if core else None)


class Folded:
    """A text and, computed on first use, its lower-cased form and each core's presence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: str | None = None
        self._found: dict[tuple[re.Pattern, bool], bool] = {}

    def lower(self) -> str | None:
        """The lower-cased text, or None if it holds a non-ASCII letter that a
        case-insensitive search takes for an ASCII one."""
        if self._lower is None:
            plain = self.text.isascii() or not any(
                _ASCII_LETTER.match(c) for c in set(self.text) if not c.isascii()
            )
            self._lower = self.text.lower() if plain else ""
        return self._lower or None

    def holds(self, core: re.Pattern, folded: bool) -> bool:
        """Whether the core is found (True when it cannot be told cheaply)."""
        key = (core, folded)
        if key not in self._found:
            text = self.lower() if folded else self.text
            self._found[key] = text is None or core.search(text) is not None
        return self._found[key]


def matches(guarded: Guarded, text: str, folded: Folded) -> Iterator[re.Match]:
    """`guarded.pattern.finditer(text)`, none searched when the core is absent; `folded` is
    `Folded(text)`, shared by the patterns searched in the same text."""
    if guarded.core is not None and not folded.holds(guarded.core, guarded.folded):
        return iter(())
    return guarded.pattern.finditer(text)
