"""Building a view: blank spans of the raw text without changing its length."""

from __future__ import annotations

from flows.ingest.formats import FILLER


class Mask:
    """A mutable same-length copy of a text; spans are blanked or rewritten in place."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.chars = list(text)

    def untouched(self, i: int) -> bool:
        """Whether position `i` is still as in the text (not inside a span already blanked)."""
        return self.chars[i] == self.original[i]

    def blank(self, start: int, end: int, keep_newlines: bool = True) -> None:
        """Spaces over [start, end), newlines kept so line structure stays."""
        for i in range(start, end):
            if not (keep_newlines and self.chars[i] == "\n"):
                self.chars[i] = " "

    def fill(self, start: int, end: int) -> None:
        """FILLER over [start, end): the span vanishes without splitting a word."""
        for i in range(start, end):
            if self.chars[i] != "\n":
                self.chars[i] = FILLER

    def put(self, start: int, end: int, text: str) -> None:
        """`text` at `start`, the rest of the span filled (len(text) <= end - start)."""
        self.fill(start, end)
        for i, ch in enumerate(text[: end - start]):
            self.chars[start + i] = ch

    def text(self) -> str:
        return "".join(self.chars)
