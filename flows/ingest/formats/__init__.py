"""Documents as they arrive (plain text, Markdown with front matter, HTML, news-corpus stories,
JSON / JSON Lines / CSV news exports)
read into a *view*: a string exactly as long as the decoded raw text, in which markup is blanked
and entities are decoded in place, so that every offset found in the view is an offset into the
raw file the user opens.

Blanked markup becomes spaces (newlines kept) where it separates words or blocks, and the
FILLER character where it sits inside a word (an inline tag, the tail of an entity): the
normaliser deletes FILLER, so "Belmokhtar&#8217;s" reads "Belmokhtar’s". Where a table cell or
list item opens, the view holds CELL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.vocab import FORMATS

__all__ = ["CELL", "FILLER", "FORMATS", "FormatView", "quote_from_view"]

FILLER = "\u2060"  # WORD JOINER: invisible, never in ordinary prose; deleted by the normaliser
# Where a table cell or list item opens (an HTML <td>, <th>, <li>; a Markdown table's "|"):
# the normaliser starts a paragraph there that never joins the one before, as it joins a
# sentence broken across lines. ASCII's UNIT SEPARATOR, never in prose.
CELL = "\x1f"


@dataclass(frozen=True)
class FormatView:
    """What a format reader makes of a document."""

    view: str
    format: str
    metadata: dict = field(default_factory=dict)
    repairs: int = 0  # mojibake runs repaired in the view (flows/ingest/formats/mojibake.py)
    warning: str | None = None  # what the reader skipped (a malformed line of JSON Lines)

    @property
    def has_markup(self) -> bool:
        return self.format != "plain"


def quote_from_view(view: str, start: int, end: int) -> str:
    """The words a reader sees between two raw offsets: fillers gone, whitespace collapsed."""
    return " ".join(view[start:end].replace(FILLER, "").split())
