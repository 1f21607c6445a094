"""PDF: the text layer through pypdf, pages joined by a form feed; running headers, footers and
page numbers blanked in the view; title, author and date from the document information.

The text layer (`"\\f".join(page.extract_text() for page in PdfReader(path).pages)`) is the
document's text: published offsets index it, and `page_starts` tells the page of an offset.
Hyphenation across lines and pages is rejoined by the normaliser, as for any text.
"""

from __future__ import annotations

import io
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from pypdf import PdfReader

from flows.ingest.formats.masking import Mask

PAGE_BREAK = "\f"
_ROMAN = r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_PAGE_NUMBER = re.compile(
    rf"(?:page\s+)?(?:\d{{1,4}}|{_ROMAN})(?:\s*(?:of|/)\s*\d{{1,4}})?|[-–—]\s*\d{{1,4}}\s*[-–—]",
    re.IGNORECASE,
)
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be page furniture
_FOOTNOTE = re.compile(r"[ \t]*(\d{1,3})[ \t]+\S[^\n]*")


class PdfProblem(Exception):
    """A PDF that yields no text: `status` is `no_text_layer` or `unreadable`."""

    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class PdfText:
    """The text layer, the offset each page starts at, and the document information."""

    text: str
    page_starts: tuple[int, ...]
    metadata: dict = field(default_factory=dict)


def looks_like_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def page_at(page_starts: tuple[int, ...], offset: int) -> int | None:
    """The 1-based page holding `offset`, None for a document without pages.

    >>> page_at((0, 120, 300), 130)
    2
    """
    return bisect_right(page_starts, offset) if page_starts else None


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfProblem("unreadable", "encrypted PDF with a password; save it unencrypted")
        reader.pages[0]  # a PDF whose page tree is broken fails here, not later
        return reader
    except PdfProblem:
        raise
    except Exception as exc:  # noqa: BLE001  a malformed PDF breaks pypdf in any way at all
        raise PdfProblem("unreadable", f"not a readable PDF: {type(exc).__name__}: {exc}") from exc


def _info(reader: PdfReader) -> dict:
    """Title, authors and creation date from the document information, where it is sound."""
    try:
        info = reader.metadata
        title, author = (info.title or "", info.author or "") if info else ("", "")
        created = info.creation_date if info else None
    except Exception:  # noqa: BLE001  broken metadata costs the metadata, never the text
        return {}
    found: dict = {}
    if str(title).strip():
        found["title"] = " ".join(str(title).split())
    authors = [a.strip() for a in re.split(r";|\band\b", str(author)) if a.strip()]
    if authors:
        found["authors"] = authors
    if created:
        found["published"] = created.date().isoformat()
    return found


def read_pdf(data: bytes) -> PdfText:
    """The text layer of a PDF's bytes.

    Raises:
        PdfProblem: encrypted, corrupt (`unreadable`) or without any text (`no_text_layer`).
    """
    reader = _open(data)
    pages = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            pages.append(page.extract_text().replace(PAGE_BREAK, "\n"))
        except Exception as exc:  # noqa: BLE001  as above: one page's content stream, any fault
            error = f"page {number}: text layer unreadable: {type(exc).__name__}: {exc}"
            raise PdfProblem("unreadable", error) from exc
    if not "".join(pages).strip():
        raise PdfProblem(
            "no_text_layer",
            f"{len(pages)} page(s) and no text layer (a scan?); run OCR (e.g. ocrmypdf) and "
            "add the result",
        )
    starts, pos = [], 0
    for text in pages:
        starts.append(pos)
        pos += len(text) + len(PAGE_BREAK)
    return PdfText(PAGE_BREAK.join(pages), tuple(starts), _info(reader))


def _edge_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the first and last non-empty lines of one page."""
    lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:end])]
    edges = lines[:_EDGE_LINES] + lines[max(_EDGE_LINES, len(lines) - _EDGE_LINES) :]
    return [(start + a, start + b) for a, b in edges]


def _shape(line: str) -> str:
    """A running header's form, whatever page number or date it carries."""
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def _footnotes(text: str, start: int, end: int, mask: Mask) -> None:
    """Blank the footnotes at the foot of one page ("1 Reuters, 13 March 2015.") and their
    markers in its body ("violence.1"): a page's notes are not its prose, and a marker would
    glue the last sentence of a column to the note under it."""
    lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:end])]
    notes = []
    for a, b in reversed(lines):
        line = text[start + a : start + b]
        if not mask.untouched(start + a + len(line) - len(line.lstrip())):
            continue  # page furniture, blanked already
        note = _FOOTNOTE.fullmatch(line)
        if not note:
            break
        notes.append((start + a, start + b, note.group(1)))
    body_end = min((a for a, _, _ in notes), default=end)
    for a, b, number in notes:
        marker = re.compile(rf"(?<=[^\W\d_]|[.,;:!?\"”’)\]]){number}(?=\s|$)")
        found = [m.start() for m in marker.finditer(text, start, body_end)]
        if found:
            mask.blank(a, b)
            mask.fill(found[-1], found[-1] + len(number))


def mask_pdf(text: str, mask: Mask, page_starts: tuple[int, ...]) -> None:
    """Blank page breaks, page numbers, lines repeated at the edge of several pages and the
    footnotes at the foot of a page."""
    bounds = list(page_starts) + [len(text) + 1]
    edges = [_edge_lines(text, a, b - 1) for a, b in zip(bounds, bounds[1:], strict=False)]
    seen = Counter(shape for page in edges for shape in {_shape(text[a:b]) for a, b in page})
    repeated = {s for s, n in seen.items() if n >= 2 and n * 2 >= len(edges)}
    for page in edges:
        for a, b in page:
            line = text[a:b]
            if _PAGE_NUMBER.fullmatch(line.strip()) or _shape(line) in repeated:
                mask.blank(a, b)
    for a, b in zip(bounds, bounds[1:], strict=False):
        _footnotes(text, a, b - 1, mask)
    for start in page_starts[1:]:
        mask.put(start - 1, start, "\n")
