"""A table row is one record (flows/ingest/formats/table_rows.py): the deeds its prose cells
tell take the row's date, place, toll and doer from the cells whose column says so
(dictionaries/table_columns.yaml), as a digest item gives its sentences its day
(flows/extract/dates/items.py). What the prose itself states is kept: a cell fills only what
the deed lacks. The evidence stays the prose cell's sentence."""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

import yaml

from flows.extract.counts import Count
from flows.extract.dates.absolute import MONTH_WORD, MONTHS
from flows.extract.dates.intervals import DateValue, parse_date
from flows.extract.event_mention import EventMention
from flows.extract.places.gazetteer import Gazetteer, Place
from flows.extract.roles.mentions import ACTOR_ENT_LABELS, Mention
from flows.extract.sections import Heading, heading_year, last_before
from flows.ingest.formats import CELL, FILLER
from flows.ingest.formats.table_rows import TableRow
from flows.settings import DICTIONARIES_ENV, Settings

# The roles a column may have; a column with none of them is prose.
FIELDS = ("date", "place", "killed", "injured", "perpetrator", "type")
_NOTE = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_MONTH_YEAR = re.compile(rf"\b({MONTH_WORD})\.?,?\s+((?:1[89]|20)\d\d)\b", re.IGNORECASE)
_TOLL = re.compile(r"^\D{0,12}?(\d[\d,]*)\s*(?:[–—-]\s*\d[\d,]*)?\s*(\+)?")


@dataclass(frozen=True)
class RowCell:
    """A cell in the normalised text: [start, end) and the words it holds."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class RowContext:
    """A data row in the normalised text: its span and its cells by role (prose: the rest)."""

    start: int
    end: int
    fields: dict[str, RowCell] = field(default_factory=dict)
    prose: tuple[RowCell, ...] = ()


@dataclass(frozen=True)
class TableColumns:
    roles: dict[str, str]  # header words -> role
    unknown_doers: frozenset[str]


def table_columns() -> TableColumns:
    return _columns_in(os.environ.get(DICTIONARIES_ENV))


@lru_cache(maxsize=4)
def _columns_in(folder: str | None) -> TableColumns:
    data = yaml.safe_load((Settings().dictionaries_dir / "table_columns.yaml").read_text("utf-8"))
    roles = {name.lower(): role for role, names in data["roles"].items() for name in names}
    return TableColumns(roles, frozenset(w.lower() for w in data["unknown_doers"]))


def column_role(header: str, columns: TableColumns) -> str | None:
    """The role of a column by its header's words, None for prose.

    >>> column_role("perpetrator(s)", table_columns()), column_role("details", table_columns())
    ('perpetrator', None)
    """
    return columns.roles.get(header) or columns.roles.get(_NOTE.sub("", header).strip())


def rows_in_text(
    rows: list[TableRow], raw_offsets: Sequence[int], view: str, columns: TableColumns
) -> list[RowContext]:
    """The rows in the normalised text (`raw_offsets`: NormalisedText's) that have a column
    with a role; a row of prose alone is no record. A cell's words are read from the format's
    `view` (as long as the raw text): the normaliser drops a line of a bare number ("14") as
    a page number, which in a toll column is the toll."""
    out = []
    for row in rows:
        fields, prose = {}, []
        for cell in row.cells:
            start, end = bisect_left(raw_offsets, cell.start), bisect_left(raw_offsets, cell.end)
            words = " ".join(
                view[cell.start : cell.end].replace(CELL, " ").replace(FILLER, "").split()
            )
            if not words:
                continue
            role = column_role(cell.column, columns)
            if role is None:
                prose.append(RowCell(start, end, words))
            elif role not in fields:
                fields[role] = RowCell(start, end, words)
        if fields and prose:
            start = bisect_left(raw_offsets, row.start)
            out.append(RowContext(start, bisect_left(raw_offsets, row.end), fields, tuple(prose)))
    return out


def bare_date_year(
    published: date | None,
    published_year: int | None,
    sections: list[Heading],
    rows: list[RowContext],
    at: int,
) -> int | None:
    """The year a bare date cell at offset `at` takes, as the text's bare dates take theirs
    (flows/extract/document.py `_extract`): the publication's, else the last heading's that
    names one, else the year the document is known by. A cell of a row ("Est. 2000+") is no
    heading that names the year."""
    if published is not None:
        return published.year
    headings = [h for h in sections if row_at(rows, h[0]) is None]
    return last_before(headings, at, heading_year) or published_year


def heading_month(text: str) -> tuple[int, int] | None:
    """The year and month a heading names ("List of incidents in May 2015").

    >>> heading_month("List of incidents in May 2015")
    (2015, 5)
    """
    m = _MONTH_YEAR.search(text)
    return (int(m.group(2)), MONTHS[m.group(1).lower()]) if m else None


def month_at(sections: list[Heading], rows: list[RowContext], at: int) -> tuple[int, int] | None:
    """The month of the last heading before offset `at` (not a row's cell) that names one."""
    headings = [h for h in sections if row_at(rows, h[0]) is None]
    return last_before(headings, at, heading_month)


def day_of_month(words: str, month: tuple[int, int] | None) -> DateValue | None:
    """A date cell of a day's number alone ("3"), in a list headed by its month ("May
    2015"): a monthly list's rows give only the day.

    >>> day_of_month("3", (2015, 5)).start
    datetime.date(2015, 5, 3)
    """
    if month is None or not re.fullmatch(r"\d{1,2}", words):
        return None
    try:
        day = date(month[0], month[1], int(words))
    except ValueError:
        return None
    return DateValue(day, day, "day", words)


def row_at(rows: list[RowContext], at: int) -> RowContext | None:
    """The row whose span holds offset `at`."""
    return next((r for r in rows if r.start <= at < r.end), None)


def toll(words: str) -> Count | None:
    """A toll cell's count: "12" exact, "10+" and "135–300" at least, "Unknown" none; a
    perpetrators' count in brackets ("8 (+6)") is not the victims'.

    >>> toll("8 (+6)"), toll("135–300+").qualifier, toll("Unknown")
    (Count(value=8, qualifier='exact', text='8'), 'at_least', None)
    """
    m = _TOLL.match(_NOTE.sub(" ", words).strip())
    if m is None:
        return None
    ranged = m.group(2) or re.search(r"[–—-]", m.group(0))
    return Count(
        int(m.group(1).replace(",", "")), "at_least" if ranged else "exact", m.group(0).strip()
    )


def row_place(words: str, gazetteer: Gazetteer, countries: Sequence[str]) -> Place | None:
    """A location cell's place: "Zenda, Ruritania" is the town in the country that follows
    it; the most precise part the gazetteer knows."""
    parts = [p.strip() for p in _NOTE.sub(" ", words).split(",") if p.strip()]
    if not parts:
        return None
    last = gazetteer.lookup(parts[-1], countries)
    context = [last.country] if last is not None and last.country else list(countries)
    for part in parts[:-1]:
        place = gazetteer.lookup(part, context)
        if place is not None and (last is None or place.country in (None, last.country)):
            return place
    return last


def row_doers(cell: RowCell, entities: list, columns: TableColumns) -> list[Mention]:
    """The perpetrator cell's named actors (its entities), else its words as a name;
    none when it names no one ("Unknown")."""
    named = [
        e.mention
        for e in entities
        if cell.start <= e.mention.start
        and e.mention.end <= cell.end
        and e.mention.label in ACTOR_ENT_LABELS
    ]
    if named:
        return named
    words = _NOTE.sub(" ", cell.text).strip(" .;:")
    if not words or words.lower() in columns.unknown_doers or not words[:1].isalpha():
        return []
    return [Mention(words, cell.start, cell.start + len(words), "ORG", "")]


def narrows(cell: DateValue, told: DateValue) -> bool:
    """The row's date lies inside the coarser one the prose tells ("January 2016 Zenda
    attacks" in the row of 11 January)."""
    if told.start is None or told.end is None or cell.start is None or cell.end is None:
        return False
    inside = told.start <= cell.start and cell.end <= told.end
    return inside and (cell.end - cell.start) < (told.end - told.start)


def from_row(
    ev: EventMention,
    row: RowContext,
    when: DateValue | None,
    place: Place | None,
    doers: list[Mention],
) -> EventMention:
    """The deed with what the row gives and the prose does not."""
    if when is not None and (ev.date is None or ev.date.start is None or narrows(when, ev.date)):
        ev.date, ev.narrative_date = when, None
    if ev.place is None and place is not None:
        ev.place = place
    c = ev.casualties
    killed = c.killed or (toll(row.fields["killed"].text) if "killed" in row.fields else None)
    injured = c.injured or (toll(row.fields["injured"].text) if "injured" in row.fields else None)
    ev.casualties = replace(c, killed=killed, injured=injured)
    if doers and all(p.label in ("PRON", "NOUN") for p in ev.perpetrators):
        ev.perpetrators, ev.inferred_doer = list(doers), False
    return ev


def apply_rows(
    events: list[EventMention],
    entities: list,
    rows: list[RowContext],
    gazetteer: Gazetteer,
    published: date | None,
    year_at: Callable[[int], int | None],
    countries: Sequence[str] = (),
    month_of: Callable[[int], tuple[int, int] | None] = lambda at: None,
) -> list[EventMention]:
    """The events with their rows' fields; a deed read only from a row's field cells (its
    type, "Mass shooting") is dropped when the row's prose tells one. `year_at`: the year a
    bare date at an offset belongs to, as the text's bare dates take it; `month_of`: the
    month a heading before an offset names, for a day's number alone."""
    if not rows:
        return events
    columns = table_columns()
    by_row: dict[int, list[EventMention]] = {}
    for ev in events:
        row = row_at(rows, ev.trigger_start)
        if row is not None:
            by_row.setdefault(id(row), []).append(ev)
    dropped: set[int] = set()
    for row in rows:
        told = by_row.get(id(row), [])
        in_prose = [e for e in told if any(c.start <= e.trigger_start < c.end for c in row.prose)]
        dropped |= {id(e) for e in told if in_prose and e not in in_prose}
        cells = row.fields
        when = (
            parse_date(cells["date"].text, published, year_at(row.start))
            if "date" in cells
            else None
        )
        when = when if when is not None and when.start is not None else None
        if when is None and "date" in cells:
            when = day_of_month(cells["date"].text, month_of(row.start))
        place = row_place(cells["place"].text, gazetteer, countries) if "place" in cells else None
        doers = row_doers(cells["perpetrator"], entities, columns) if "perpetrator" in cells else []
        for ev in in_prose or told:
            from_row(ev, row, when, place, doers)
    return [e for e in events if id(e) not in dropped]
