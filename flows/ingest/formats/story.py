"""News-corpus `.story` files (CNN/Daily Mail style): the `@highlight` lines that follow the
article are a summary written by the editors, not the article; they are blanked."""

from __future__ import annotations

import re

from flows.ingest.formats.masking import Mask

_HIGHLIGHT = re.compile(r"^@highlight[ \t]*\r?\n(?:[ \t]*\r?\n)*[^\n]*$", re.M)


def mask_story(text: str, mask: Mask) -> None:
    for m in _HIGHLIGHT.finditer(text):
        mask.blank(m.start(), m.end())
