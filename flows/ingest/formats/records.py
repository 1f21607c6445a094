"""News exports saved as JSON, JSON Lines or CSV: the string values (cells) of prose fields
are the text, everything else is blanked.

A JSON string's content stays where it stands in the raw file; its quotes, the keys, braces,
commas and every value of a field not named as prose in dictionaries/record_fields.yaml are
blanked. Each escape is replaced in place by the character it stands for, the rest of the
escape filled with FILLER ("\\n" -> a line break, "\\u00e9" -> "é", "\\"" -> a quote): FILLER, not
spaces, so that an escape inside a word ("caf\\u00e9s") does not split the word. Each kept value
opens with CELL: a paragraph of its own, never glued to the value or record before. (The
evidence span covers the escape; a checker that compares the raw span's words with the quote's
sees "Zenda\\u00a0on" as one word, a limit of comparing words, not a wrong offset.) A CSV with
a header row naming a prose column is read the same way, cell by cell, its doubled quotes
("") read as one quote in place.

A file of one article (one record) gives its title and publication date as the file's metadata;
a file of many records (a JSON array, an API response's list, JSON Lines, CSV rows) is one
document whose records are paragraphs, and a record's own date dates what it tells, as a news
digest's dated items are (flows/ingest/formats/dated_items.py).
"""

from __future__ import annotations

import email.utils
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

import yaml

from flows.ingest.formats import CELL, FILLER
from flows.ingest.formats.dated_items import DatedItem
from flows.ingest.formats.masking import Mask

RECORD_FORMATS = ("json", "jsonl", "csv")
_FIELDS_FILE = "record_fields.yaml"


class RecordsProblem(ValueError):
    """A JSON or CSV document that cannot be read: `status` is a document status."""

    def __init__(self, status: str, message: str, fmt: str = "json") -> None:
        super().__init__(message)
        self.status = status
        self.format = fmt


@dataclass(frozen=True)
class FieldNames:
    prose: frozenset[str]
    title: frozenset[str]
    date: frozenset[str]


def field_key(name: str) -> str:
    """A field name compared: lower case, without "_", "-" and spaces.

    >>> field_key("Short_Description")
    'shortdescription'
    """
    return re.sub(r"[\s_\-]", "", name.lower())


@lru_cache(maxsize=4)
def _load_fields(path: str) -> FieldNames:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return FieldNames(
        *(frozenset(field_key(n) for n in data[k]) for k in ("prose", "title", "date"))
    )


def field_names() -> FieldNames:
    """The field names of dictionaries/record_fields.yaml (MILITANT_EVENTS_DICTIONARIES's, when
    that folder has the file)."""
    from flows.settings import PROJECT_ROOT, Settings

    path = Settings().dictionaries_dir / _FIELDS_FILE
    if not path.is_file():
        path = PROJECT_ROOT / "dictionaries" / _FIELDS_FILE
    return _load_fields(str(path))


# ---------------------------------------------------------------- JSON with positions

_WS = re.compile(r"[ \t\r\n]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?|(.))", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": " ", "b": " ", "f": " ", "/": "/", "\\": "\\", '"': '"'}


@dataclass
class Node:
    """A JSON value where it stands: [start, end) in the raw text (a string's quotes included)."""

    kind: str  # obj | arr | str | scalar
    start: int
    end: int
    fields: list[tuple[str, Node]] = field(default_factory=list)  # obj
    items: list[Node] = field(default_factory=list)  # arr


def _skip(text: str, i: int) -> int:
    return _WS.match(text, i).end()


def _value(text: str, i: int) -> Node:
    """The JSON value at `i` (the text is known to be valid JSON there)."""
    ch = text[i]
    if ch == '"':
        m = _STRING.match(text, i)
        return Node("str", i, m.end())
    if ch in "{[":
        node = Node("obj" if ch == "{" else "arr", i, i)
        close = "}" if ch == "{" else "]"
        i = _skip(text, i + 1)
        while text[i] != close:
            if node.kind == "obj":
                key = _value(text, i)
                i = _skip(text, _skip(text, key.end) + 1)  # past the ":"
                value = _value(text, i)
                node.fields.append((json.loads(text[key.start : key.end]), value))
            else:
                value = _value(text, i)
                node.items.append(value)
            i = _skip(text, value.end)
            if text[i] == ",":
                i = _skip(text, i + 1)
        node.end = i + 1
        return node
    m = _SCALAR.match(text, i)
    return Node("scalar", i, m.end())


def _decoded(text: str, node: Node) -> str:
    return json.loads(text[node.start : node.end])


def _strings(node: Node) -> list[Node]:
    """The strings of a prose field's value: the string itself, or a list's strings."""
    if node.kind == "str":
        return [node]
    if node.kind == "arr":
        return [n for item in node.items for n in _strings(item)]
    return []


@dataclass
class Record:
    """An object with at least one prose field: its span, kept strings, title and date."""

    start: int
    end: int
    title: str | None = None
    day: date | None = None


@dataclass
class Found:
    kept: list[Node] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)


def _walk(text: str, node: Node, names: FieldNames, found: Found, in_record: bool) -> None:
    """Collect the prose strings under `node`, and its outermost records."""
    if node.kind == "arr":
        for item in node.items:
            _walk(text, item, names, found, in_record)
        return
    if node.kind != "obj":
        return
    prose = [(k, v) for k, v in node.fields if field_key(k) in names.prose and _strings(v)]
    record = None
    if prose and not in_record:
        record = Record(node.start, node.end)
        found.records.append(record)
    for key, value in node.fields:
        name = field_key(key)
        if name in names.prose:
            found.kept.extend(_strings(value))
        if record and value.kind == "str" and record.title is None and name in names.title:
            record.title = " ".join(_decoded(text, value).split()) or None
        if record and record.day is None and name in names.date:
            record.day = parse_record_date(_decoded(text, value))
        if value.kind in ("obj", "arr"):
            _walk(text, value, names, found, in_record or bool(prose))


_ISO = re.compile(r"\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_WRITTEN = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d/%m/%Y")


def parse_record_date(value: object) -> date | None:
    """A record's date: ISO ("2016-03-13T10:00Z"), RFC 822 ("Sun, 13 Mar 2016 10:00:00 GMT"),
    written ("March 13, 2016 1:33 AM") or epoch seconds/milliseconds; None when none of these.

    >>> parse_record_date("Sun, 13 Mar 2016 10:00:00 GMT")
    datetime.date(2016, 3, 13)
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        if 1e8 < seconds < 4.1e9:
            return datetime.fromtimestamp(seconds, UTC).date()
        return None
    if not isinstance(value, str):
        return None
    try:
        if m := _ISO.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if re.match(r"\s*[A-Z][a-z]{2}, \d", value):
            return email.utils.parsedate_to_datetime(value).date()
    except (ValueError, TypeError):
        return None
    head = re.match(r"\s*([A-Za-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Za-z]+ \d{4}|[\d/]{8,10})", value)
    if head:
        for fmt in _WRITTEN:
            try:
                return datetime.strptime(head[1].replace(".", ""), fmt).date()
            except ValueError:
                continue
    return None


def _json_segments(text: str, fmt: str) -> tuple[list[Node], str | None]:
    """The top-level values with their positions; malformed JSON raises RecordsProblem, a
    malformed line of JSON Lines is skipped and named in the warning."""
    if fmt == "json":
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordsProblem(
                "unreadable", f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
            ) from None
        except RecursionError:
            raise RecordsProblem("unreadable", "JSON nested too deeply to read") from None
        start = _skip(text, 1 if text.startswith("\ufeff") else 0)
        return [_value(text, start)], None
    nodes, bad, lines = [], [], 0
    for number, m in enumerate(re.finditer(r"[^\n]+", text), 1):
        line = m.group()
        if not line.strip():
            continue
        lines += 1
        try:
            json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            bad.append(number)
            continue
        nodes.append(_value(text, _skip(text, m.start() + (line[0] == "\ufeff"))))
    if lines and not nodes:
        raise RecordsProblem("unreadable", "no line of this JSON Lines file is valid JSON")
    warning = None
    if bad:
        shown = ", ".join(str(n) for n in bad[:5]) + (" …" if len(bad) > 5 else "")
        warning = f"{len(bad)} line(s) of JSON Lines not valid JSON, skipped: line {shown}"
    return nodes, warning


def _keep_string(text: str, mask: Mask, node: Node) -> tuple[int, int] | None:
    """Decode a kept string's escapes in place; its content span, None when it has no words."""
    start, end = node.start + 1, node.end - 1
    if not text[start:end].strip():
        return None
    for m in _ESCAPE.finditer(text, start, end):
        if m[3] is not None:
            mask.put(m.start(), m.end(), _SIMPLE.get(m[3], m[3]))
            continue
        code = chr(int(m[1], 16))
        if m[2]:
            code = json.loads(f'"{m.group()}"')
        if not code.isprintable() and code not in "\n\t" or "\ud800" <= code <= "\udfff":
            code = " "
        mask.put(m.start(), m.end(), code)
    if _TAG.search(text, start, end):  # a body saved with its HTML
        from flows.ingest.formats.html import mask_html

        mask_html(text, mask, start, end)
    return start, end


_TAG = re.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|ul|li|h\d)\b[^<>]*>", re.I)


def _blank_outside(mask: Mask, spans: list[tuple[int, int]], length: int) -> None:
    """Blank everything but `spans`, and put CELL where each span's opening mark was."""
    at = 0
    for start, end in sorted(spans):
        if start > at:
            mask.blank(at, start)
        if start > 0:
            mask.put(start - 1, start, CELL)
        at = max(at, end)
    if at < length:
        mask.blank(at, length)


@dataclass(frozen=True)
class RecordsRead:
    metadata: dict
    items: list[DatedItem]
    warning: str | None = None


def mask_records(text: str, fmt: str, mask: Mask) -> RecordsRead:
    """Blank a JSON, JSON Lines or CSV export in `mask` but for its prose values."""
    try:
        return _mask_records(text, fmt, mask)
    except RecordsProblem as exc:
        raise RecordsProblem(exc.status, str(exc), fmt) from None


def first_value(view: str) -> str | None:
    """A many-record export's title: its first prose value (a title or headline field comes
    first in most exports), not the first line, which runs every value of a record together."""
    for part in re.split(f"[{CELL}\n]", view):
        part = " ".join(part.replace(FILLER, "").split())
        if part:
            return part if len(part) <= 200 else None
    return None


def _mask_records(text: str, fmt: str, mask: Mask) -> RecordsRead:
    if fmt == "csv":
        spans, records = _csv(text, mask, field_names())
        warning = None
    else:
        names = field_names()
        found = Found()
        nodes, warning = _json_segments(text, fmt)
        for node in nodes:
            _walk(text, node, names, found, False)
        spans = [s for n in found.kept if (s := _keep_string(text, mask, n))]
        records = found.records
    if not spans:
        listed = "dictionaries/record_fields.yaml"
        raise RecordsProblem("empty", f"no prose field (text, body, content, title …; {listed})")
    _blank_outside(mask, spans, len(text))
    metadata: dict = {}
    items: list[DatedItem] = []
    if len(records) == 1:
        one = records[0]
        metadata = {k: v for k, v in (("title", one.title), ("published", one.day)) if v}
        if one.day:
            metadata["published"] = one.day.isoformat()
    else:
        items = [DatedItem(r.start, r.end, r.day) for r in records if r.day]
    return RecordsRead(metadata, items, warning)


def record_items(text: str, fmt: str) -> list[DatedItem]:
    """The dated records of a many-record export (what mask_records found), in raw offsets."""
    try:
        return mask_records(text, fmt, Mask(text)).items
    except RecordsProblem:
        return []


# ---------------------------------------------------------------- CSV with positions

_DELIMITERS = ",;\t|"


def _delimiter(header: str) -> str:
    unquoted = re.sub(r'"(?:[^"]|"")*"', "", header)
    return max(_DELIMITERS, key=unquoted.count)


def _csv_rows(text: str, delim: str) -> list[tuple[int, int, list[tuple[int, int, bool]]]]:
    """(row start, row end, cells) with each cell's raw span and whether it is quoted."""
    unquoted = re.compile(rf"[^{re.escape(delim)}\r\n]*")
    quoted = re.compile(r'"(?:[^"]|"")*"')
    rows, cells, i, row_start, n = [], [], 0, 0, len(text)
    if text.startswith("\ufeff"):
        i = row_start = 1
    while i <= n:
        if i < n and text[i] == '"':
            m = quoted.match(text, i)
            if not m:
                line = text.count("\n", 0, i) + 1
                raise RecordsProblem(
                    "unreadable", f"CSV: a quoted cell on line {line} never closes"
                )
            end, is_quoted = m.end(), True
            tail = unquoted.match(text, end).end()  # stray text after the closing quote
            end = tail if tail > end else end
        else:
            end, is_quoted = unquoted.match(text, i).end(), False
        cells.append((i, end, is_quoted))
        if end < n and text[end] == delim:
            i = end + 1
            continue
        line_end = end
        if text.startswith("\r\n", end):
            end += 2
        elif end < n:
            end += 1
        if any(b > a for a, b, _ in cells):
            rows.append((row_start, line_end, cells))
        cells, i, row_start = [], end, end
        if end >= n:
            break
    return rows


def _cell_text(text: str, start: int, end: int, is_quoted: bool) -> str:
    cell = text[start:end]
    return cell[1:].split('"', 1)[0] if is_quoted and '""' not in cell else cell.strip('"')


def csv_prose_columns(text: str) -> list[int]:
    """The header row's prose columns (none: not read as a table).

    >>> csv_prose_columns('id,summary,date\\n1,"The ZLF struck Zenda.",2016-03-13\\n')
    [1]
    """
    header = text[: text.find("\n")] if "\n" in text else text
    delim = _delimiter(header)
    rows = _csv_rows(header, delim)
    if not rows:
        return []
    names = field_names()
    heads = [field_key(_cell_text(header, a, b, q)) for a, b, q in rows[0][2]]
    return [k for k, h in enumerate(heads) if h in names.prose]


def _csv(text: str, mask: Mask, names: FieldNames) -> tuple[list[tuple[int, int]], list[Record]]:
    header = text[: text.find("\n")] if "\n" in text else text
    rows = _csv_rows(text, _delimiter(header))
    if not rows:
        return [], []
    heads = [field_key(_cell_text(text, a, b, q)) for a, b, q in rows[0][2]]
    prose = {k for k, h in enumerate(heads) if h in names.prose}
    dated = next((k for k, h in enumerate(heads) if h in names.date), None)
    titled = next((k for k, h in enumerate(heads) if h in names.title), None)
    spans, records = [], []
    for row_start, row_end, cells in rows[1:]:
        record = Record(row_start, row_end)
        for k, (a, b, is_quoted) in enumerate(cells):
            content = (a + 1, b - 1) if is_quoted and b - a >= 2 else (a, b)
            if k == dated:
                record.day = parse_record_date(_cell_text(text, a, b, is_quoted))
            if k == titled:
                record.title = " ".join(_cell_text(text, a, b, is_quoted).split()) or None
            if k not in prose or not text[content[0] : content[1]].strip():
                continue
            for m in re.finditer('""', text[content[0] : content[1]]):
                mask.put(content[0] + m.start(), content[0] + m.end(), '"')
            if not is_quoted and a == 0:
                content = (a, b)  # a first cell at the file's start: nothing to mark before it
            spans.append(content)
        records.append(record)
    return spans, records
