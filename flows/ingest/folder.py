"""Ingest: read every entry of the input folder, decode it and attach its metadata sidecar.

Nothing is dropped here, and nothing about one file can stop the others: a file that cannot be
used still becomes a document with a status and an error saying what was wrong and what to do;
entries that are not documents (subfolders, sidecars without a document, hidden files) are
listed as notices for the run report.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from flows.ingest.formats.pdf import looks_like_pdf
from flows.ingest.formats.records import field_key, field_names
from flows.ingest.sidecar import Sidecar, parse_published
from flows.ingest.source import (
    SourceDocument,
    apply_sidecar,
    pdf_document,
    text_document,
    title_from_text,
)
from flows.settings import SIDECAR_SUFFIXES, max_document_bytes

SIDECAR_SUFFIX = ".meta.json"
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
    "title_from_text",
]


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


_METADATA_PROBE_BYTES = 1 << 20  # a metadata file is small; a bigger .json is an export


def is_metadata_json(path: Path, shares_stem: bool) -> bool:
    """Whether a plain `.json` is metadata rather than a document: a JSON object whose keys are
    all sidecar fields ({"title": ..., "published": ...}: a sidecar misnamed), or, beside a
    document of the same stem, one with no prose field at all. Such a file is listed as a
    notice ("sidecars are named <stem>.meta.json") and is not a document, as before .json
    exports were read; an object with prose fields (text, body, ...) is a document."""
    try:
        if path.stat().st_size > _METADATA_PROBE_BYTES:
            return False
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    if not isinstance(data, dict):
        return False
    if data and set(data) <= set(Sidecar.model_fields):
        return True
    prose = field_names().prose
    return shares_stem and not any(field_key(str(k)) in prose for k in _keys(data))


def _keys(value: object) -> list:
    if isinstance(value, dict):
        return [*value, *(k for v in value.values() for k in _keys(v))]
    if isinstance(value, list):
        return [k for v in value for k in _keys(v)]
    return []


def _metadata_json(entries: list[Path], kinds: dict[Path, str]) -> None:
    """Plain .json documents that are metadata become sidecars (notices) in `kinds`."""
    stems: dict[str, int] = {}
    for e in entries:
        if kinds[e] == "document":
            stems[e.stem] = stems.get(e.stem, 0) + 1
    for e in entries:
        is_json = kinds[e] == "document" and e.suffix.lower() == ".json"
        if is_json and is_metadata_json(e, stems.get(e.stem, 0) > 1):
            kinds[e] = "sidecar"


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
    _metadata_json(entries, kinds)
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
