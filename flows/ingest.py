"""Ingest: read every entry of the input folder, decode it and attach its metadata sidecar.

Nothing is dropped here, and nothing about one file can stop the others: a file that cannot be
used still becomes a document with a status and an error saying what was wrong and what to do;
entries that are not documents (subfolders, sidecars without a document, hidden files) are
listed as notices for the run report.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from flows.formats.decode import decode_bytes
from flows.formats.pdf import PdfProblem, looks_like_pdf, read_pdf
from flows.formats.read import read_view
from flows.settings import SIDECAR_SUFFIXES, max_document_bytes
from flows.sidecar import parse_published, read_sidecar

SIDECAR_SUFFIX = ".meta.json"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_CHUNK = 1 << 20
# The documents table wants a hash for every file; a file that could not be read hashes no bytes.
NO_BYTES_SHA256 = hashlib.sha256(b"").hexdigest()

__all__ = [
    "Inventory",
    "Notice",
    "SourceDocument",
    "ingest",
    "parse_published",
    "prose_text",
    "survey",
]


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


@dataclass(frozen=True)
class Notice:
    """An entry of the input folder that is not a document, and what was done with it."""

    path: str
    kind: str
    message: str


@dataclass(frozen=True)
class Inventory:
    documents: list[SourceDocument]
    notices: list[Notice] = field(default_factory=list)


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
        line = line.strip().strip("#* \ufeff")
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


def _read_limited(path: Path, limit: int) -> tuple[bytes | None, str, int]:
    """(bytes or None when over `limit`, sha256 of the whole file, size).

    Memory stays bounded: a file whose size is over the limit is only hashed, a megabyte at a
    time; one that grows past the limit while being read is dropped as soon as it does.
    """
    digest, size, kept = hashlib.sha256(), 0, []
    with path.open("rb") as handle:
        keep = os.fstat(handle.fileno()).st_size <= limit
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            keep = keep and size <= limit
            if keep:
                kept.append(chunk)
    return (b"".join(kept) if keep else None), digest.hexdigest(), size


def ingest_file(path: Path, doc_id: str, seen: dict[str, str]) -> SourceDocument:
    """Read one input file into a SourceDocument; `seen` maps sha256 → first doc_id."""
    limit = max_document_bytes()
    try:
        data, digest, size = _read_limited(path, limit)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        error = f"cannot read the file: {reason}"
        return SourceDocument(doc_id, path.name, NO_BYTES_SHA256, None, "unreadable", error)
    if data is None:
        error = (
            f"{size:,} bytes, over the limit of {limit:,} bytes per document; raise it with "
            "--max-mb or MILITANT_EVENTS_MAX_MB, or split the document"
        )
        return SourceDocument(doc_id, path.name, digest, None, "too_large", error)
    if path.suffix.lower() == ".pdf" or looks_like_pdf(data):
        doc = pdf_document(data, doc_id, path.name, digest)
    else:
        doc = text_document(data, doc_id, path, digest)
    if doc.status == "ok" and digest in seen:
        error = f"same bytes as document {seen[digest]}; not extracted twice"
        doc = replace(doc, status="duplicate", error=error)
    seen.setdefault(digest, doc_id)
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    return apply_sidecar(doc, sidecar) if os.path.lexists(sidecar) else doc


def text_document(data: bytes, doc_id: str, path: Path, digest: str) -> SourceDocument:
    """A text file (plain, Markdown, HTML, story) decoded and read into its view."""
    decoded = decode_bytes(data)
    doc = SourceDocument(
        doc_id,
        path.name,
        digest,
        decoded.text,
        decoded.status,
        decoded.error,
        encoding=decoded.encoding,
    )
    if decoded.text is None:
        return doc
    read = read_view(decoded.text, path.suffix)
    notes = [decoded.warning, control_warning(decoded.text), repair_warning(read.repairs)]
    title = title_from_text(read.view)
    doc = replace(
        doc,
        title=title,
        field_sources=with_origin((), "text", {"title": title}),
        warnings="; ".join(n for n in notes if n) or None,
        format=read.format,
        view=None if read.view is decoded.text else read.view,
        repairs=read.repairs,
    )
    return apply_file_metadata(doc, read.metadata)


def pdf_document(data: bytes, doc_id: str, name: str, digest: str) -> SourceDocument:
    """A PDF's text layer, its view (page furniture blanked) and its document information."""
    try:
        pdf = read_pdf(data)
    except PdfProblem as exc:
        return SourceDocument(doc_id, name, digest, None, exc.status, str(exc), format="pdf")
    read = read_view(pdf.text, ".pdf", pdf.page_starts)
    notes = [control_warning(pdf.text), repair_warning(read.repairs)]
    title = title_from_text(read.view)
    doc = SourceDocument(
        doc_id,
        name,
        digest,
        pdf.text,
        "ok",
        title=title,
        field_sources=with_origin((), "text", {"title": title}),
        warnings="; ".join(n for n in notes if n) or None,
        format="pdf",
        view=read.view,
        repairs=read.repairs,
        page_starts=pdf.page_starts,
    )
    return apply_file_metadata(doc, pdf.metadata)


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


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve(strict=True).relative_to(folder.resolve())
    except (OSError, ValueError, RuntimeError):
        return False
    return True


def _classify(entry: Path, raw_dir: Path) -> str:
    """document | sidecar | hidden | subfolder | link_out | dangling | special."""
    if entry.name.startswith("."):
        return "hidden"
    if entry.name.endswith(SIDECAR_SUFFIXES):
        return "sidecar"
    if entry.is_symlink():
        if not entry.exists():
            return "dangling"
        if not _inside(entry, raw_dir):
            return "link_out"
    if entry.is_dir():
        return "subfolder"
    if not entry.is_file():
        return "special"
    return "document"


def doc_ids(paths: list[Path]) -> dict[Path, tuple[str, str | None]]:
    """doc_id per document file: its stem, or its whole name when another file shares the stem."""
    stems: dict[str, list[Path]] = {}
    for p in paths:
        stems.setdefault(p.stem, []).append(p)
    out = {}
    for stem, group in stems.items():
        for p in group:
            if len(group) == 1:
                out[p] = (stem, None)
            else:
                others = ", ".join(q.name for q in group if q != p)
                out[p] = (p.name, f"doc_id is the file name: {others} shares the stem {stem!r}")
    return out


_NOTICES = {
    "hidden": "hidden file, not read",
    "subfolder": "subfolder, not read (documents are read from the top of the input folder)",
    "special": "not a regular file, not read",
}


def survey(raw_dir: Path) -> Inventory:
    """Every entry of `raw_dir`: documents in name order, each with a status, and notices."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"input folder {raw_dir} does not exist; pass --raw DIR")
    entries = sorted(raw_dir.iterdir(), key=lambda p: p.name)
    kinds = {e: _classify(e, raw_dir) for e in entries}
    documents = [e for e in entries if kinds[e] in ("document", "link_out", "dangling")]
    ids = doc_ids(documents)
    seen: dict[str, str] = {}
    docs, notices = [], []
    for entry in documents:
        doc_id, clash = ids[entry]
        if kinds[entry] == "document":
            doc = ingest_file(entry, doc_id, seen)
            if clash:
                doc = replace(doc, warnings="; ".join(w for w in (clash, doc.warnings) if w))
        else:
            target = os.readlink(entry)
            why = "points outside the input folder" if kinds[entry] == "link_out" else "is dangling"
            error = f"symbolic link to {target} {why}; not followed"
            doc = SourceDocument(doc_id, entry.name, NO_BYTES_SHA256, None, "skipped", error)
        docs.append(doc)
    stems = {e.stem for e in documents}
    for entry in entries:
        kind = kinds[entry]
        if kind == "sidecar" and not entry.name.endswith(SIDECAR_SUFFIX):
            message = "metadata file not read: sidecars are named <document stem>.meta.json"
            notices.append(Notice(entry.name, "not_a_sidecar", message))
        elif kind == "sidecar" and entry.name[: -len(SIDECAR_SUFFIX)] not in stems:
            notices.append(Notice(entry.name, "orphan_sidecar", "sidecar without a document"))
        elif kind in _NOTICES:
            notices.append(Notice(entry.name, kind, _NOTICES[kind]))
    return Inventory(docs, notices)


def prose_text(doc: SourceDocument) -> str:
    """The text handed to normalisation: the raw text with a byte-order mark read as a space
    (same length, so every offset still indexes the raw text)."""
    return (doc.view if doc.view is not None else doc.text or "").replace("\ufeff", " ")


def ingest(raw_dir: Path) -> list[SourceDocument]:
    """Every document in `raw_dir`, in name order, each with a status."""
    return survey(raw_dir).documents
