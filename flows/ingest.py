"""Ingest: read every file in the input folder, decode it and attach its metadata sidecar.

Nothing is dropped here: a file that cannot be used still becomes a document with a
status and an error saying what was wrong and what to do.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from flows.settings import SIDECAR_SUFFIXES

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = {"title", "publisher", "authors", "published", "source_url", "licence", "notes"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass(frozen=True)
class SourceDocument:
    """One input file and what is known about it.

    `status` is one of: ok, metadata_error (text used, sidecar rejected), empty,
    unreadable (binary or not UTF-8), duplicate (same bytes as an earlier file),
    failed (a later stage crashed on it).
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

    @property
    def n_chars(self) -> int:
        return len(self.text) if self.text is not None else 0


def list_input_files(raw_dir: Path) -> list[Path]:
    """Documents in `raw_dir`, sorted by name; sidecars and hidden files are not documents."""
    files = [
        p
        for p in sorted(raw_dir.iterdir())
        if p.is_file() and not p.name.startswith(".") and not p.name.endswith(SIDECAR_SUFFIXES)
    ]
    return files


def decode_text(data: bytes) -> tuple[str | None, str, str | None]:
    """Decode raw bytes as UTF-8; returns (text, status, error)."""
    if not data.strip():
        return None, "empty", "the file has no text; add content or remove it from raw/"
    if b"\x00" in data[:8192]:
        return None, "unreadable", "binary file (NUL bytes); only UTF-8 text documents are read"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return (
            None,
            "unreadable",
            f"not valid UTF-8 at byte {exc.start} ({exc.reason}); re-save the file as UTF-8",
        )
    if len(_CONTROL.findall(text[:8192])) > 0.05 * min(len(text), 8192):
        return None, "unreadable", "mostly control characters: looks binary, not a text document"
    return text, "ok", None


def parse_published(value: object) -> tuple[date | None, str | None]:
    """Sidecar publication date 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' → (first day, precision).

    >>> parse_published("2015-06-15")
    (datetime.date(2015, 6, 15), 'day')
    >>> parse_published("2013")
    (datetime.date(2013, 1, 1), 'year')
    """
    if value is None:
        return None, None
    text = str(value).strip()
    for pattern, precision in (
        (r"\d{4}-\d{2}-\d{2}", "day"),
        (r"\d{4}-\d{2}", "month"),
        (r"\d{4}", "year"),
    ):
        if re.fullmatch(pattern, text):
            parts = [int(p) for p in text.split("-")] + [1, 1]
            return date(parts[0], parts[1], parts[2]), precision
    raise ValueError(f"published {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")


def read_sidecar(path: Path) -> dict:
    """Parse and check a metadata sidecar; raises ValueError saying what is wrong."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path.name}: not valid UTF-8 JSON ({exc})") from exc
    if not isinstance(meta, dict):
        raise ValueError(f"{path.name}: expected a JSON object, got {type(meta).__name__}")
    unknown = sorted(set(meta) - SIDECAR_FIELDS)
    if unknown:
        raise ValueError(f"{path.name}: unknown fields {unknown}; allowed {sorted(SIDECAR_FIELDS)}")
    authors = meta.get("authors", [])
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise ValueError(f"{path.name}: authors must be a list of strings")
    published, precision = parse_published(meta.get("published"))
    return {**meta, "authors": tuple(authors), "published": published, "precision": precision}


def title_from_text(text: str) -> str | None:
    """First short non-empty line: what a reader would call the title."""
    for line in text.splitlines():
        line = line.strip().strip("#* ")
        if line:
            return line if len(line) <= 200 else None
    return None


def apply_sidecar(doc: SourceDocument, sidecar: Path) -> SourceDocument:
    """Merge sidecar metadata into `doc`; a broken sidecar is recorded, never fatal."""
    try:
        meta = read_sidecar(sidecar)
    except ValueError as exc:
        status = "metadata_error" if doc.status == "ok" else doc.status
        error = f"sidecar rejected, metadata taken from the text: {exc}"
        return replace(doc, status=status, error=doc.error or error)
    return replace(
        doc,
        title=meta.get("title") or doc.title,
        publisher=meta.get("publisher"),
        authors=meta["authors"],
        published=meta["published"],
        published_precision=meta["precision"],
        source_url=meta.get("source_url"),
        licence=meta.get("licence"),
        metadata_source="sidecar",
    )


def ingest_file(path: Path, seen: dict[str, str]) -> SourceDocument:
    """Read one input file into a SourceDocument; `seen` maps sha256 → first doc_id."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    doc_id = path.stem
    text, status, error = decode_text(data)
    if status == "ok" and digest in seen:
        status, error = "duplicate", f"same bytes as document {seen[digest]}; not extracted twice"
    seen.setdefault(digest, doc_id)
    doc = SourceDocument(doc_id, path.name, digest, text, status, error)
    if text is not None:
        doc = replace(doc, title=title_from_text(text))
    sidecar = path.with_name(doc_id + SIDECAR_SUFFIX)
    return apply_sidecar(doc, sidecar) if sidecar.exists() else doc


def ingest(raw_dir: Path) -> list[SourceDocument]:
    """Every document in `raw_dir`, in name order, each with a status."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"input folder {raw_dir} does not exist; pass --raw DIR")
    seen: dict[str, str] = {}
    docs = [ingest_file(p, seen) for p in list_input_files(raw_dir)]
    ids = [d.doc_id for d in docs]
    clashes = sorted({i for i in ids if ids.count(i) > 1})
    if clashes:
        docs = [
            replace(
                d,
                status="failed",
                error=f"doc_id {d.doc_id} is shared by several files ({d.path}); rename one",
            )
            if d.doc_id in clashes
            else d
            for d in docs
        ]
    return docs
