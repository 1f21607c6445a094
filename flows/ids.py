"""Content-derived identifiers: the same facts give the same id in every run and release."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from text_unidecode import unidecode


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


def name_slug(name: str) -> str | None:
    """Readable, collision-free id suffix for a discovered actor's name, in any script.

    Latin names keep their plain slug (ids of earlier releases stay as they were); a name the
    slug loses letters of (another script, or letters ASCII folding drops) is transliterated
    and gets a hash of the exact name, so two names never share an id. A name without a letter
    or digit (emoji, punctuation) is no name: None.

    >>> name_slug("Signed-in-Blood Battalion")
    'signed_in_blood_battalion'
    >>> name_slug("Хезболла")
    'khezbolla_d8721875'
    >>> name_slug("🇺🇸🇫🇷") is None
    True
    """
    if not any(ch.isalnum() for ch in name):
        return None
    plain = slugify(name)
    folded = unicodedata.normalize("NFKD", name)
    lossless = all(ord(ch) < 128 or unicodedata.combining(ch) or not ch.isalnum() for ch in folded)
    if plain and lossless:
        return plain
    translit = re.sub(r"[^a-z0-9]+", "_", unidecode(name).lower()).strip("_")
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return f"{translit}_{digest}" if translit else f"x_{digest}"
