"""The per-document stages (normalise, segment, extract) of one document, runnable anywhere.

A worker process or a Dask worker receives a document and the dictionaries' folder, loads the
resources once per process (from the start-up cache when it has one) and returns plain data;
a crash becomes the document's error message, since a traceback does not cross processes.
"""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

from flows.cache.documents import Work, published_date
from flows.extract.document import extract_document
from flows.extract.resources import Resources, load_resources
from flows.ingest import SourceDocument, prose_text
from flows.normalise import BoilerplateRules, load_boilerplate_rules, normalise
from flows.segment import iter_segments, segment

# Above this many characters a document is parsed twice rather than held parsed in memory.
STREAM_CHARS = 400_000


@dataclass(frozen=True)
class Outcome:
    """One document's work, or the one-line reason it failed."""

    doc_id: str
    work: Work | None = None
    error: str | None = None


def failure(exc: BaseException, stage: str) -> str:
    """One line saying which stage crashed, how, and where in the code."""
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return (
        f"{stage} stage crashed: {type(exc).__name__}: {exc} "
        f"(at {Path(where.filename).name}:{where.lineno})"
    )


def boilerplate_rules(dictionaries_dir: Path) -> BoilerplateRules:
    """The boilerplate rules, read once per process per content of the file."""
    path = dictionaries_dir / "boilerplate.yaml"
    return _rules(str(path), hashlib.sha256(path.read_bytes()).hexdigest())


@lru_cache(maxsize=2)
def _rules(path: str, content_hash: str) -> BoilerplateRules:
    return load_boilerplate_rules(Path(path))


def extract(doc: SourceDocument, resources: Resources, rules: BoilerplateRules) -> Work:
    """Normalise, segment and extract one document."""
    norm = normalise(prose_text(doc), rules)
    published = published_date(doc)
    if len(norm.text) > STREAM_CHARS:  # parse twice, a batch at a time: memory stays bounded
        segments = partial(iter_segments, norm, resources.nlp)
        return norm, extract_document(doc.doc_id, published, segments, resources)
    return norm, extract_document(doc.doc_id, published, segment(norm, resources.nlp), resources)


def work_on(doc: SourceDocument, dictionaries_dir: Path, resource_cache: Path | None) -> Outcome:
    """One document's work, loading what it needs in this process; never raises for the
    document's sake (a crash is the Outcome's error)."""
    resources = load_resources(dictionaries_dir, resource_cache)
    rules = boilerplate_rules(dictionaries_dir)
    try:
        return Outcome(doc.doc_id, work=extract(doc, resources, rules))
    except Exception as exc:  # one bad document must not sink the release
        return Outcome(doc.doc_id, error=failure(exc, "extract"))
