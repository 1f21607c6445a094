"""Content-derived identifiers: the same facts give the same id in every run and release."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata


def make_id(prefix: str, *parts: object) -> str:
    """Hash stable parts into a short prefixed id, zavod-style.

    >>> make_id("evt", "doc1", 10, 20, "attack")
    'evt-ae666e78ecaa0f90'
    >>> make_id("evt", "doc1", 10, 20, "attack") == make_id("evt", "doc1", 10, 20, "attack")
    True
    """
    # JSON keeps the parts apart whatever characters they hold (a joined string would not).
    joined = json.dumps(["" if p is None else str(p) for p in parts], ensure_ascii=False)
    digest = hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{digest}"


def slugify(text: str) -> str:
    """Lowercase ASCII slug for readable ids of discovered actors.

    >>> slugify("Signed-in-Blood Battalion")
    'signed_in_blood_battalion'
    >>> slugify("Qasm al-Rimi’s")
    'qasm_al_rimis'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
