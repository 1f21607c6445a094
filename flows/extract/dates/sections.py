"""The year a section heading names ("1995", "2006–2007", "Offensive of 2009"), for the bare
dates of the paragraphs under it: a timeline or a history told by year sections says the year
once, in the heading, and then "In June ...". Headings are not parsed (flows/extract/segment.py),
so their years are read here from the clean text."""

from __future__ import annotations

import re

# A four-digit year of the periods the corpus tells of
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

# (start in the normalised text, year)
SectionYear = tuple[int, int]


def section_years(norm) -> list[SectionYear]:
    """The first year each heading paragraph of `norm` (a NormalisedText) names, in text order."""
    found = []
    for p in norm.paragraphs:
        if p.kind != "heading":
            continue
        year = _YEAR.search(norm.text[p.start : p.end])
        if year:
            found.append((p.start, int(year.group(0))))
    return found


def year_of_section(sections: list[SectionYear], start: int) -> int | None:
    """The year of the last heading before offset `start`, None when no heading before it
    names one."""
    before = [year for at, year in sections if at < start]
    return before[-1] if before else None
