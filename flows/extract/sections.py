"""What a section heading says of the paragraphs under it: the year it names ("1995",
"2006–2007", "Offensive of 2009"), for their bare dates, and the country it is ("Ruritania"),
for their deeds placed nowhere else. A timeline told by year sections says the year once, in
the heading, and then "In June ..."; a report told by country sections names the country once.
Headings are not parsed (flows/extract/segment.py), so they are read here from the clean text.

Measured (session 32): country headings, blind country 206 -> 207 of 241 matched events, dev
307 -> 308 of 379, every other figure unchanged; a heading that names a town or region (its
country) too: blind 204, dev 302, dropped. Year headings: no change on dev, blind or synthetic
(none of their texts has one)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TypeVar

from flows.extract.places.gazetteer import fold

# A four-digit year of the periods the corpus tells of
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Marks around a heading's words that are no part of a country's name ("Ruritania:", "1. Ruritania")
_EDGES = re.compile(r"^[\s\d.):–-]+|[\s:.–-]+$")

T = TypeVar("T")

# (start in the normalised text, the heading's text)
Heading = tuple[int, str]


def section_headings(norm) -> list[Heading]:
    """The heading paragraphs of `norm` (a NormalisedText), in text order."""
    return [(p.start, norm.text[p.start : p.end]) for p in norm.paragraphs if p.kind == "heading"]


def heading_year(text: str) -> int | None:
    """The first year a heading names."""
    year = _YEAR.search(text)
    return int(year.group(0)) if year else None


def heading_country(text: str, gazetteer) -> str | None:
    """The country a heading is, when it is only a country's name ("Ruritania", "2. Ruritania:")."""
    place = gazetteer.countries.get(fold(_EDGES.sub("", text)))
    return place.country if place else None


def readings(headings: list[Heading], read: Callable[[str], T | None]) -> list[tuple[int, T]]:
    """What `read` finds in each heading that says anything to it, by start offset: read once
    per document, not once per paragraph."""
    return [(at, value) for at, text in headings if (value := read(text)) is not None]


def value_before(found: list[tuple[int, T]], start: int) -> T | None:
    """The last of `readings`' values found before offset `start`."""
    k = bisect_left(found, start, key=lambda pair: pair[0])
    return found[k - 1][1] if k else None


def last_before(headings: list[Heading], start: int, read: Callable[[str], T | None]) -> T | None:
    """What `read` finds in the last heading before offset `start` that says anything to it."""
    return value_before(readings(headings, read), start)
