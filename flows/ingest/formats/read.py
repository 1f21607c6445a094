"""Which reader a document gets: by extension, and by content for text that holds markup."""

from __future__ import annotations

from flows.ingest.formats import FormatView
from flows.ingest.formats.html import html_metadata, looks_like_html, mask_html
from flows.ingest.formats.markdown import looks_like_markdown, mask_markdown
from flows.ingest.formats.masking import Mask
from flows.ingest.formats.mojibake import find_repairs
from flows.ingest.formats.pdf import mask_pdf
from flows.ingest.formats.records import RECORD_FORMATS, csv_prose_columns, mask_records
from flows.ingest.formats.story import mask_story
from flows.ingest.formats.tokenized import token_repairs

_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mdx": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".story": "story",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# A table is read by its columns only when its header names a prose column
# (dictionaries/record_fields.yaml); otherwise it stays plain text, as before.
_TABLE_SUFFIXES = (".csv", ".tsv")


def detect_format(text: str, suffix: str) -> str:
    """The format a file holds: its extension's, else what its content shows (scraped .txt)."""
    known = _BY_SUFFIX.get(suffix.lower())
    if known:
        return known
    if suffix.lower() in _TABLE_SUFFIXES and csv_prose_columns(text):
        return "csv"
    if looks_like_html(text):
        return "html"
    if looks_like_markdown(text):
        return "markdown"
    return "plain"


def read_view(text: str, suffix: str, page_starts: tuple[int, ...] | None = None) -> FormatView:
    """The document's view (same length as `text`) and the metadata the file states.

    `page_starts` marks a PDF's text layer (flows/ingest/formats/pdf.py). Mojibake is repaired in
    the view before markup is blanked, so a repair never shows through dropped markup.
    A JSON or CSV export that cannot be read raises RecordsProblem (its status and why).
    """
    fmt = "pdf" if page_starts is not None else detect_format(text, suffix)
    mojibake = find_repairs(text)
    # a tokenized corpus text's escapes are rewritten too, but are no mojibake to report
    repairs = sorted(mojibake + token_repairs(text))
    if fmt == "plain" and not repairs:
        return FormatView(text, fmt)  # no copy: a plain document may be tens of megabytes
    mask = Mask(text)
    for start, end, fixed in repairs:
        mask.put(start, end, fixed)
    metadata: dict = {}
    warning = None
    if fmt in RECORD_FORMATS:
        records = mask_records(text, fmt, mask)
        metadata, warning = records.metadata, records.warning
    elif fmt == "html":
        metadata = html_metadata(text)
        mask_html(text, mask)
    elif fmt == "markdown":
        metadata = mask_markdown(text, mask)
    elif fmt == "story":
        mask_story(text, mask)
    elif fmt == "pdf":
        mask_pdf(text, mask, page_starts or ())
    return FormatView(mask.text(), fmt, metadata, len(mojibake), warning)
