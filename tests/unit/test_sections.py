"""Section headings: a timeline's year headings kept as headings (no page numbers), the year
of the bare dates told under them, and a report's country headings placing its deeds."""

from pathlib import Path

from flows.extract.sections import (
    heading_country,
    heading_year,
    last_before,
    section_headings,
)
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
    headings = section_headings(norm)
    assert [heading_year(text) for _, text in headings] == [1995, 2001]
    june = norm.text.index("In June")
    march = norm.text.index("In March")
    assert last_before(headings, june, heading_year) == 1995
    assert last_before(headings, march, heading_year) == 2001
    assert last_before(headings, 0, heading_year) is None
    assert heading_year("Background") is None


def test_a_heading_that_is_a_countrys_name_is_that_country(resources):
    gazetteer = resources.gazetteer
    assert heading_country("Nigeria", gazetteer) == "NG"
    assert heading_country("2. Mali:", gazetteer) == "ML"
    assert heading_country("Background", gazetteer) is None
    assert heading_country("Nigeria and Niger", gazetteer) is None  # not one country
    headings = [(0, "Nigeria"), (40, "Background"), (80, "Niger")]
    reader = lambda text: heading_country(text, gazetteer)  # noqa: E731
    assert last_before(headings, 60, reader) == "NG"  # a heading naming none changes nothing
    assert last_before(headings, 90, reader) == "NE"


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


def test_a_deed_placed_nowhere_is_in_the_country_its_section_heading_names(source_events):
    text = (
        "# Terrorism in the region, 2014\n\n"
        "## Nigeria\n\n"
        "In June, gunmen killed 12 villagers in the northeast of the country.\n\n"
        "## Niger\n\n"
        "In July, gunmen killed five soldiers near the border.\n"
    )
    events = source_events(text, None, "unknown", suffix=".md")
    countries = [e.place.country for e in events if e.place is not None]
    assert countries == ["NG", "NE"]
