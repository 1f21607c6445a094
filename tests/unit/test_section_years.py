"""A timeline's year headings: kept as headings (no page numbers), and the year of the bare
dates told under them."""

from pathlib import Path

from flows.extract.dates.sections import section_years, year_of_section
from flows.normalise import load_boilerplate_rules, normalise
from flows.settings import Settings

RULES = load_boilerplate_rules(Path(Settings().dictionaries_dir) / "boilerplate.yaml")

TIMELINE = (
    "The Zenda Liberation Front was formed in 1988.\n\n"
    "1995\n\n"
    "In June, the front attacked a police station in Strelsau.\n\n"
    "12\n\n"
    "2001–2002\n\n"
    "In March, the army took Zenda."
)


def test_a_lone_year_line_is_a_heading_and_a_lone_small_number_a_page_number():
    norm = normalise(TIMELINE, RULES)
    kinds = {norm.text[p.start : p.end]: p.kind for p in norm.paragraphs}
    assert kinds["1995"] == "heading" and kinds["2001–2002"] == "heading"
    assert "12" not in kinds  # a page number of a PDF's text: dropped
    assert "In June, the front attacked a police station in Strelsau." in kinds


def test_the_year_of_a_section_is_its_headings_first_year():
    norm = normalise(TIMELINE, RULES)
    sections = section_years(norm)
    assert [year for _, year in sections] == [1995, 2001]
    june = norm.text.index("In June")
    march = norm.text.index("In March")
    assert year_of_section(sections, june) == 1995
    assert year_of_section(sections, march) == 2001
    assert year_of_section(sections, 0) is None


def test_a_bare_month_under_a_year_heading_is_in_that_year(source_events):
    text = (
        "# The Zenda insurgency\n\n"
        "The Zenda Liberation Front, a rebel group in Strelsau, was formed in 1988.\n\n"
        "## 1995\n\n"
        "In June, the Zenda Liberation Front bombed a bus in Strelsau, killing 20 people.\n"
    )
    events = source_events(text, None, "unknown", suffix=".md")
    bombing = next(e for e in events if e.event_type == "bombing")
    told = bombing.date or bombing.narrative_date
    assert (told.start.year, told.start.month) == (1995, 6)
