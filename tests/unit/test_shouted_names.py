"""Names written in capitals are parsed as names: title case for the parser, same offsets."""

from hypothesis import given
from hypothesis import strategies as st

from flows.extract.segment import segment
from flows.extract.shouted_names import acronyms, recased
from flows.normalise import load_boilerplate_rules, normalise
from flows.settings import Settings

LEAD = (
    "The NORTHERN LIBERATION FRONT (NLF), also known as the NLF, is an armed group. "
    "The NLF attacked a police post in Gao in May 2015."
)


def test_a_run_of_capitals_is_title_cased_and_acronyms_keep_theirs():
    keep = acronyms(LEAD)
    assert "NLF" in keep
    assert recased(LEAD, keep).startswith("The Northern Liberation Front (NLF), also known")
    assert recased("the REAL NLF", keep) == "the Real NLF"


def test_joining_words_roman_numerals_and_short_runs():
    assert recased("the ISLAMIC STATE OF SAHEL") == "the Islamic State of Sahel"
    assert recased("UNOSOM II began") == "Unosom II began"
    assert recased("NLF TV said") == "NLF TV said"  # no word of four letters: acronyms
    assert recased("A lone CAPITAL word") == "A lone CAPITAL word"


@given(st.text(alphabet="ABCDEFGHIJ OF-'\nabc().", max_size=80))
def test_recasing_keeps_the_length_and_changes_only_case(text):
    out = recased(text, acronyms(text))
    assert len(out) == len(text) and out.lower() == text.lower()


def test_the_parser_tags_a_name_written_in_capitals(resources):
    norm = normalise(LEAD, load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml"))
    (seg,) = segment(norm, resources.nlp)
    names = [e.text for e in seg.doc.ents if e.label_ == "ORG"]
    assert "Northern Liberation Front" in " ".join(names)
    start = LEAD.index("NORTHERN")
    assert seg.doc.char_span(start, start + len("NORTHERN")) is not None  # offsets unchanged


def test_a_month_in_capitals_beside_a_day_or_year_is_recased_for_the_tagger():
    assert recased("20 JANUARY - An IED exploded") == "20 January - An IED exploded"
    assert recased("KABUL, MARCH 3 (Reuters)") == "KABUL, March 3 (Reuters)"
    assert recased("the MAY group said") == "the MAY group said"
