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

from flows.cache.documents import Work, published_date, published_period, published_year
from flows.extract.dates.items import ItemDay, items_in_text
from flows.extract.dates.publication_period import dated_in_period
from flows.extract.document import DocumentExtraction, extract_document
from flows.extract.resources import Resources, load_resources
from flows.extract.sections import section_headings
from flows.extract.segment import iter_segments, segment, segment_together
from flows.extract.table_rows import RowContext, rows_in_text, table_columns
from flows.ingest.folder import SourceDocument, prose_text
from flows.ingest.formats.dated_items import dated_items
from flows.ingest.formats.records import RECORD_FORMATS, record_items
from flows.ingest.formats.table_rows import table_rows
from flows.normalise import BoilerplateRules, load_boilerplate_rules, normalise

# Above this many characters a document is parsed twice rather than held parsed in memory.
STREAM_CHARS = 400_000
# Documents whose paragraphs are parsed in one stream, at most this many characters in all.
TOGETHER_CHARS = 200_000


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


def item_days(doc: SourceDocument, norm) -> list[ItemDay]:
    """A Markdown news digest's dated items (flows/ingest/formats/dated_items.py), or a JSON/CSV
    export's dated records (flows/ingest/formats/records.py), in `norm`'s text."""
    if not doc.text or doc.format not in ("markdown", *RECORD_FORMATS):
        return []
    found = (
        dated_items(doc.text) if doc.format == "markdown" else record_items(doc.text, doc.format)
    )
    return items_in_text(found, norm.raw_offsets)


def table_records(doc: SourceDocument, norm) -> list[RowContext]:
    """An HTML or Markdown table's data rows (flows/ingest/formats/table_rows.py), in `norm`'s text."""
    if doc.format not in ("html", "markdown") or not doc.text:
        return []
    rows = table_rows(doc.text, doc.format)
    return rows_in_text(rows, norm.raw_offsets, prose_text(doc), table_columns()) if rows else []


def extract(doc: SourceDocument, resources: Resources, rules: BoilerplateRules) -> Work:
    """Normalise, segment and extract one document."""
    norm = normalise(prose_text(doc), rules)
    published, year, items = published_date(doc), published_year(doc), item_days(doc, norm)
    rows = table_records(doc, norm)
    sections = section_headings(norm)
    if len(norm.text) > STREAM_CHARS:  # parse twice, a batch at a time: memory stays bounded
        segments = partial(iter_segments, norm, resources.nlp)
        return norm, _in_period(
            doc,
            extract_document(
                doc.doc_id, published, segments, resources, items, year, sections, rows
            ),
        )
    parsed = segment(norm, resources.nlp)
    return norm, _in_period(
        doc, extract_document(doc.doc_id, published, parsed, resources, items, year, sections, rows)
    )


def _in_period(doc: SourceDocument, result: DocumentExtraction) -> DocumentExtraction:
    """Relative dates a publication known to the month or year settles ("last year")."""
    result.events = dated_in_period(result.events, published_period(doc))
    return result


def extract_together(
    docs: list[SourceDocument], resources: Resources, rules: BoilerplateRules
) -> list[Work]:
    """`extract` of each document, their paragraphs parsed in one stream (the same parses,
    in fewer and fuller batches: flows/extract/segment.py `segment_together`)."""
    norms = [normalise(prose_text(doc), rules) for doc in docs]
    segmented = segment_together(norms, resources.nlp)
    return [
        (
            norm,
            _in_period(
                doc,
                extract_document(
                    doc.doc_id,
                    published_date(doc),
                    segments,
                    resources,
                    item_days(doc, norm),
                    published_year(doc),
                    section_headings(norm),
                    table_records(doc, norm),
                ),
            ),
        )
        for doc, norm, segments in zip(docs, norms, segmented, strict=True)
    ]


def work_on_each(
    docs: list[SourceDocument], dictionaries_dir: Path, resource_cache: Path | None
) -> list[Outcome]:
    """`work_on` of each document, in document order; documents up to TOGETHER_CHARS in all
    are parsed together, and if anything fails there, each of them alone (so that a crash
    is the one document's error)."""
    outcomes: list[Outcome] = []
    for group in parse_groups(docs):
        if len(group) == 1:
            outcomes.append(work_on(group[0], dictionaries_dir, resource_cache))
            continue
        resources = load_resources(dictionaries_dir, resource_cache)
        try:
            works = extract_together(group, resources, boilerplate_rules(dictionaries_dir))
        except Exception:  # noqa: BLE001 (each document again alone, below, says which)
            outcomes += [work_on(doc, dictionaries_dir, resource_cache) for doc in group]
            continue
        outcomes += [Outcome(doc.doc_id, work=w) for doc, w in zip(group, works, strict=True)]
    return outcomes


def parse_groups(docs: list[SourceDocument]) -> list[list[SourceDocument]]:
    """The documents in order, in runs of at most TOGETHER_CHARS characters; a document too
    long to be held parsed (over STREAM_CHARS) is a run of its own.

    >>> from flows.ingest.source import SourceDocument
    >>> docs = [SourceDocument(str(n), "", "", "x" * n, "ok") for n in (90_000, 90_000, 50_000)]
    >>> [[d.doc_id for d in group] for group in parse_groups(docs)]
    [['90000', '90000'], ['50000']]
    """
    groups: list[list[SourceDocument]] = []
    filled = TOGETHER_CHARS + 1
    for doc in docs:
        size = doc.n_chars if doc.n_chars <= STREAM_CHARS else TOGETHER_CHARS
        if filled + size > TOGETHER_CHARS:
            groups.append([])
            filled = 0
        groups[-1].append(doc)
        filled += size
    return groups


def work_on(doc: SourceDocument, dictionaries_dir: Path, resource_cache: Path | None) -> Outcome:
    """One document's work, loading what it needs in this process; never raises for the
    document's sake (a crash is the Outcome's error)."""
    resources = load_resources(dictionaries_dir, resource_cache)
    rules = boilerplate_rules(dictionaries_dir)
    try:
        return Outcome(doc.doc_id, work=extract(doc, resources, rules))
    except Exception as exc:  # one bad document must not sink the release
        return Outcome(doc.doc_id, error=failure(exc, "extract"))
