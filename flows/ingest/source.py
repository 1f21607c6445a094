"""One input file's bytes made into a document: decoded (or a PDF's text layer read), its view
built (flows/formats), and its metadata merged from the file itself and its sidecar."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from flows.ingest.formats import FILLER, FormatView
from flows.ingest.formats.decode import decode_bytes
from flows.ingest.formats.pdf import PdfProblem, read_pdf
from flows.ingest.formats.read import read_view
from flows.ingest.formats.records import RECORD_FORMATS, RecordsProblem, first_value
from flows.ingest.sidecar import parse_published, read_sidecar

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass(frozen=True)
class SourceDocument:
    """One input file and what is known about it.

    `status` is one of: ok, metadata_error (text used, sidecar rejected), empty,
    unreadable (binary, a corrupt or encrypted PDF, or the file could not be read),
    no_text_layer (a PDF without text), too_large, skipped (a link out of the input folder or
    to nothing), duplicate (same bytes as an earlier file), failed (a later stage crashed on
    it). `text` is the decoded file (`encoding`), or a PDF's text layer (`page_starts`).
    """

    doc_id: str
    path: str
    sha256: str
    text: str | None
    status: str
    error: str | None = None
    title: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None
    published_precision: str | None = None
    source_url: str | None = None
    licence: str | None = None
    metadata_source: str = "text"
    field_sources: tuple[tuple[str, str], ...] = ()  # (field, sidecar | file | text)
    warnings: str | None = None
    format: str = "plain"
    view: str | None = None  # the text with markup blanked, same length (flows/formats)
    encoding: str | None = None
    repairs: int = 0  # mojibake runs repaired in the view
    page_starts: tuple[int, ...] = ()  # a PDF's pages: the offset each starts at

    @property
    def n_chars(self) -> int:
        return len(self.text) if self.text is not None else 0


def control_warning(text: str) -> str | None:
    """Say where stray control characters sit (they end sentences; no quote contains them)."""
    found = [m.start() for m in _CONTROL.finditer(text)]
    if not found:
        return None
    where = ", ".join(str(i) for i in found[:5]) + (" …" if len(found) > 5 else "")
    return f"{len(found)} control character(s) (e.g. NUL) at character {where}; read as breaks"


def title_from_text(text: str) -> str | None:
    """First short non-empty line: what a reader would call the title."""
    for line in text.splitlines():
        line = line.replace(FILLER, "").strip().strip("#* \ufeff")  # blanked markup is no title
        if line:
            return line if len(line) <= 200 else None
    return None


def apply_sidecar(doc: SourceDocument, sidecar: Path) -> SourceDocument:
    """Merge sidecar metadata into `doc`; a broken sidecar of any shape is recorded, never fatal."""
    try:
        meta = read_sidecar(sidecar)
        published, precision = parse_published(meta.published)
    except ValueError as exc:
        status = "metadata_error" if doc.status == "ok" else doc.status
        error = f"sidecar rejected, metadata taken from the text: {exc}"
        return replace(doc, status=status, error=doc.error or error)
    from_file = doc.metadata_source == "file"
    given = {"title": meta.title, "publisher": meta.publisher, "authors": meta.authors}
    given |= {"published": published, "source_url": meta.source_url, "licence": meta.licence}
    return replace(
        doc,
        field_sources=with_origin(doc.field_sources, "sidecar", given),
        title=meta.title or doc.title,
        publisher=meta.publisher or doc.publisher,
        authors=tuple(meta.authors) or doc.authors,
        published=published or doc.published,
        published_precision=precision if published else doc.published_precision,
        source_url=meta.source_url or doc.source_url,
        licence=meta.licence,
        metadata_source="sidecar+file" if from_file else "sidecar",
    )


def text_document(data: bytes, doc_id: str, path: Path, digest: str) -> SourceDocument:
    """A text file (plain, Markdown, HTML, story) decoded and read into its view."""
    decoded = decode_bytes(data)
    doc = SourceDocument(
        doc_id, path.name, digest, None, decoded.status, decoded.error, encoding=decoded.encoding
    )
    if decoded.text is None:
        return doc
    try:
        read = read_view(decoded.text, path.suffix)
    except RecordsProblem as exc:  # malformed JSON/CSV: this document only, with why
        return replace(doc, text=decoded.text, status=exc.status, error=str(exc), format=exc.format)
    warning = "; ".join(w for w in (decoded.warning, read.warning) if w) or None
    return with_view(doc, decoded.text, read, read.metadata, warning)


def pdf_document(data: bytes, doc_id: str, name: str, digest: str) -> SourceDocument:
    """A PDF's text layer, its view (page furniture blanked) and its document information."""
    doc = SourceDocument(doc_id, name, digest, None, "ok", format="pdf")
    try:
        pdf = read_pdf(data)
    except PdfProblem as exc:
        return replace(doc, status=exc.status, error=str(exc))
    read = read_view(pdf.text, ".pdf", pdf.page_starts)
    return with_view(replace(doc, page_starts=pdf.page_starts), pdf.text, read, pdf.metadata)


def with_view(
    doc: SourceDocument, text: str, read: FormatView, metadata: dict, warning: str | None = None
) -> SourceDocument:
    """`doc` with its text, its view (None where it is the text itself), the title its first
    line gives, what was odd about it, and the metadata the file states."""
    title = first_value(read.view) if read.format in RECORD_FORMATS else title_from_text(read.view)
    notes = [warning, control_warning(text), repair_warning(read.repairs)]
    doc = replace(
        doc,
        text=text,
        title=title,
        field_sources=with_origin((), "text", {"title": title}),
        warnings="; ".join(n for n in notes if n) or None,
        format=read.format,
        view=None if read.view is text else read.view,
        repairs=read.repairs,
    )
    return apply_file_metadata(doc, metadata)


def repair_warning(repairs: int) -> str | None:
    if not repairs:
        return None
    return (
        f"{repairs} mojibake run(s) (UTF-8 read as Windows-1252, e.g. 'Ã©') repaired by ftfy "
        "in quotes and names; offsets index the file as it is"
    )


def apply_file_metadata(doc: SourceDocument, metadata: dict) -> SourceDocument:
    """What the file says about itself (front matter, HTML <meta>); a sidecar overrides it."""
    if not metadata:
        return doc
    published, precision = None, None
    raw_date = str(metadata.get("published") or "")
    for length in (10, 7, 4):
        try:
            published, precision = parse_published(raw_date[:length])
            break
        except ValueError:
            continue
    found = {**metadata, "published": published}
    return replace(
        doc,
        field_sources=with_origin(doc.field_sources, "file", found),
        title=metadata.get("title") or doc.title,
        publisher=metadata.get("publisher"),
        authors=tuple(metadata.get("authors") or ()),
        published=published,
        published_precision=precision,
        source_url=metadata.get("source_url"),
        metadata_source="file",
    )


def with_origin(
    sources: tuple[tuple[str, str], ...], origin: str, values: dict
) -> tuple[tuple[str, str], ...]:
    """`sources` with every field that `values` fills now coming from `origin`.

    >>> with_origin((("title", "text"),), "file", {"title": "T", "authors": []})
    (('title', 'file'),)
    """
    merged = dict(sources) | {k: origin for k, v in values.items() if v}
    return tuple(sorted(merged.items()))
