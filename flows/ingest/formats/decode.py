"""Bytes to text: the encoding a file was written in, found and recorded, never guessed silently.

UTF-8 first (a byte-order mark is kept as the text's first character, as Python's "utf-8"
codec keeps it); UTF-16 when the file starts with its byte-order mark or when every other byte
of its head is NUL; otherwise Windows-1252, the superset of Latin-1 that Western European
files are saved in, or Latin-1 itself where Windows-1252 leaves a byte undefined. The codec
name is the document's `encoding`: `path.read_text(encoding=...)` decodes the file to the
very string every published offset indexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_HEAD = 8192


@dataclass(frozen=True)
class Decoded:
    """A file's text (None when it has none), its status, error, codec and any warning."""

    text: str | None
    status: str
    error: str | None = None
    encoding: str | None = None
    warning: str | None = None


def _utf16_codec(data: bytes) -> str | None:
    """ "utf-16" (byte-order mark), "utf-16-le"/"utf-16-be" (NUL in every other byte), or None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    head = data[: _HEAD - _HEAD % 2]
    if len(head) < 4:
        return None
    odd_nuls, even_nuls = head[1::2].count(0), head[0::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.6 * half and even_nuls < 0.1 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.1 * half:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode_bytes(data: bytes) -> Decoded:
    """Decode a text file's bytes; binary content is `unreadable`, no text is `empty`.

    >>> decode_bytes("café".encode("utf-8")).encoding
    'utf-8'
    >>> d = decode_bytes("café".encode("latin-1"))
    >>> (d.text, d.encoding)
    ('café', 'cp1252')
    """
    codec = _utf16_codec(data)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            error = (
                f"looks like UTF-16 but byte {exc.start} is not ({exc.reason}); re-save as UTF-8"
            )
            return Decoded(None, "unreadable", error)
        warning = None
    else:
        try:
            text, codec, warning = data.decode("utf-8"), "utf-8", None
        except UnicodeDecodeError as exc:
            text, codec = _decode_legacy(data)
            warning = (
                f"not UTF-8 (byte {exc.start}: {exc.reason}); decoded as {codec}, "
                f"so offsets index the text read with encoding={codec!r}"
            )
    if not text.strip():
        return Decoded(None, "empty", "the file has no text; add content or remove it from raw/")
    head = text[:_HEAD]
    if len(_CONTROL.findall(head)) > 0.05 * len(head):
        error = "mostly control characters: looks binary, not a text document"
        return Decoded(None, "unreadable", error, codec)
    return Decoded(text, "ok", None, codec, warning)
