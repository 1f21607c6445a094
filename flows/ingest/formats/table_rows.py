"""Table rows as records: a table of incidents (an encyclopedia's list, an NGO report) heads
its columns (Date | Type | Dead | Injured | Location | Details | Perpetrator), and each row's
cells are one incident's fields. The format readers read the cells one by one (CELL); this
gives each data row's cells with the name of their column, as raw spans, for the extractor
to put a row's date, place, toll and doer on the deed its prose cells tell
(flows/extract/table_rows.py)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_TABLE = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?=<tr\b|</table\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_CELL_TAG = re.compile(r"<(t[dh])\b[^>]*>", re.IGNORECASE)
_CELL_END = re.compile(r"</t[dh]\s*>|</tr\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
# GFM: a header row, then a delimiter row of dashes ("|---|:--:|")
_GFM_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_PIPE = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Cell:
    """One data cell: its column's header words, and the raw span of its content."""

    column: str
    start: int
    end: int


@dataclass(frozen=True)
class TableRow:
    """A data row's raw span [start, end) and its cells, in order."""

    start: int
    end: int
    cells: tuple[Cell, ...]


def table_rows(text: str, fmt: str) -> list[TableRow]:
    """The data rows of the headed tables of an HTML or Markdown text."""
    if fmt == "html":
        return [row for m in _TABLE.finditer(text) for row in _html_rows(text, m.start(), m.end())]
    if fmt == "markdown":
        return _gfm_rows(text)
    return []


def header_words(raw: str) -> str:
    """A header cell's words: tags, entities, notes in brackets and trailing marks gone.

    >>> header_words('<b>Perpetrator</b>[a] ')
    'perpetrator'
    """
    words = html.unescape(_TAG.sub(" ", raw))
    words = re.sub(r"\[[^\]]*\]", " ", words)
    return " ".join(words.split()).strip(" :*.").lower()


def _cells(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(tag name, content start, content end) of each cell of a row's raw span."""
    out = []
    for m in _CELL_TAG.finditer(text, start, end):
        close = _CELL_END.search(text, m.end(), end)
        following = _CELL_TAG.search(text, m.end(), end)
        stop = min(x.start() for x in (close, following) if x) if (close or following) else end
        out.append((m.group(1).lower(), m.end(), stop))
    return out


def _html_rows(text: str, start: int, end: int) -> list[TableRow]:
    header: list[str] | None = None
    rows = []
    for row in _ROW.finditer(text, start, end):
        cells = _cells(text, row.start(1), row.end(1))
        if not cells:
            continue
        if header is None:
            if all(tag == "th" for tag, _, _ in cells):
                header = [header_words(text[s:e]) for _, s, e in cells]
            continue
        if len(cells) == len(header):
            named = tuple(Cell(h, s, e) for h, (_, s, e) in zip(header, cells, strict=True))
            rows.append(TableRow(row.start(), row.end(1), named))
    return rows


def _pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans between a GFM row's pipes (a leading and a trailing pipe open no cell)."""
    pipes = [m.start() for m in _PIPE.finditer(text, start, end)]
    bounds = [start - 1, *pipes, end]
    spans = list(zip([b + 1 for b in bounds[:-1]], bounds[1:], strict=True))
    if spans and not text[spans[0][0] : spans[0][1]].strip():
        spans = spans[1:]
    if spans and not text[spans[-1][0] : spans[-1][1]].strip():
        spans = spans[:-1]
    return spans


def _gfm_rows(text: str) -> list[TableRow]:
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    rows = []
    k = 1
    while k < len(lines):
        s, e = lines[k]
        hs, he = lines[k - 1]
        if not (_GFM_DELIMITER.match(text[s:e]) and "|" in text[hs:he]):
            k += 1
            continue
        header = [header_words(text[a:b]) for a, b in _pipe_cells(text, hs, he)]
        k += 1
        while k < len(lines) and "|" in text[lines[k][0] : lines[k][1]]:
            rs, re_ = lines[k]
            cells = _pipe_cells(text, rs, re_)
            if len(cells) == len(header):
                named = tuple(Cell(h, a, b) for h, (a, b) in zip(header, cells, strict=True))
                rows.append(TableRow(rs, re_, named))
            k += 1
    return rows
