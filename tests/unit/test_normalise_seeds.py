"""Normalise stage on the two seed documents (the fixtures the pipeline is built from)."""

import time
from pathlib import Path

import pytest

from flows.normalise import NormalisedText, load_boilerplate_rules, normalise
from flows.settings import Settings

RULES = load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml")
ARTICLE = "000_576e9f0aacdda7ff.txt"
REPORT = "003_b0b3c6eb06696a3e.txt"


def read(name: str) -> str:
    return Path(Settings().raw_dir, name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article() -> NormalisedText:
    return normalise(read(ARTICLE), RULES)


@pytest.fixture(scope="module")
def report() -> NormalisedText:
    return normalise(read(REPORT), RULES)


# --- the news article -----------------------------------------------------------------


def test_article_first_paragraph_appears_once(article):
    assert article.text.count("Jihadi leader Mokhtar Belmokhtar’s death") == 1
    assert "duplicate" in [reason for *_, reason in article.dropped]


def test_article_title_is_a_heading_and_the_rest_is_body(article):
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[0] == "heading" and set(kinds[1:]) == {"body"}


def test_article_ends_with_its_last_paragraph_not_teasers_or_credit(article):
    assert article.text.endswith("defeat their insidious ideology,” he added.")
    for gone in ("More from", "Photo credit", "Netflix", "Macron"):
        assert gone not in article.text


# --- the RAND report ------------------------------------------------------------------


def test_report_front_matter_and_end_matter_are_removed(report):
    for gone in (
        "CHILDREN AND FAMILIES",
        "Purchase this document",
        "Limited Electronic Distribution Rights",
        "non-commercial use only",
        "About This Report",
        "About the Authors",
        "ISBN",
        "Copyright",
    ):
        assert gone not in report.text, gone
    assert report.text.startswith("North Africa's Menace")


def test_report_word_split_across_a_page_break_is_rejoined(report):
    assert "Mokhtar Belmokhtar, who pioneered" in report.text
    assert "Bel-" not in report.text
    start = report.text.index("Belmokhtar, who pioneered")
    s, e = report.raw_span(start, start + len("Belmokhtar"))
    assert read(REPORT)[s:e] == "Bel-\n\nmokhtar"


def test_report_sentences_broken_by_pull_quotes_and_figures_are_rejoined(report):
    for joined in (
        "the core Al Qaeda organization the United States has struggled with",
        "a European target. He may believe",
        "recruitment and criminal activity that have buoyed AQIM",
        "The guerilla attacks for which the GSPC had become known also continued.",
        "where Tripoli’s control was nonexistent",
    ):
        assert joined in report.text, joined


def test_report_pull_quotes_are_dropped_and_their_source_kept(report):
    assert report.text.count("AQIM is an evolving and increasingly amorphous organization") == 1
    assert "[AQIM’s]" not in report.text
    assert "their commitment to Bin Laden and Zawahiri’s global terrorist vision" in report.text
    assert report.text.count("often sow the seeds of their own demise") == 1
    assert [r for *_, r in report.dropped].count("pull_quote") == 5


def test_report_captions_tables_and_float_titles_are_removed(report):
    for gone in ("Figure 1. ", "DATA SOURCE", "SOURCES:", "Table: ", "\t", "Semtex", "TIMELINE"):
        assert gone not in report.text, gone
    assert "Figure 1 shows the location" in report.text


def test_report_notes_and_bibliography_leave_the_text_but_notes_are_kept(report):
    assert "NOTES" not in report.text and "BIBLIOGRAPHY" not in report.text
    assert "As of September 5, 2013" not in report.text
    assert report.notes[19].startswith("Rukmini Callimachi, “In Timbuktu") or report.notes[
        19
    ].startswith('Rukmini Callimachi, "In Timbuktu')
    assert sorted(report.notes) == list(range(1, 38))


def test_report_ibid_and_op_cit_notes_carry_the_cited_source(report):
    assert report.notes[23] == report.notes[22]
    assert report.notes[27] == report.notes[28] == report.notes[26]
    assert "ibid" not in " ".join(report.notes.values()).casefold()


def test_report_footnote_after_the_in_amenas_sentence_is_note_19(report):
    sentence = "(This group attacked the In Amenas gas facility in January 2013.)"
    after = report.text.index(sentence) + len(sentence)
    assert (after, 19) in report.footnote_markers


def test_report_every_marker_points_to_a_parsed_note(report):
    numbers = [n for _, n in report.footnote_markers]
    assert numbers == list(range(1, 38))


def test_report_text_has_no_markup_left(report):
    for markup in ("**", "*New York Post*", "\\$", "¹", "²", "⁹", "](#)"):
        assert markup not in report.text, markup
    assert "$65 million" in report.text and "New York Post" in report.text


def test_report_headings_are_kept_as_headings(report):
    headings = [report.text[p.start : p.end] for p in report.paragraphs if p.kind == "heading"]
    assert "AQIM'S ROOTS, CAPABILITIES, AND TARGETS" in headings
    assert "The Southern Axis" in headings


def test_report_normalises_well_under_a_second():
    raw = read(REPORT)
    started = time.perf_counter()
    normalise(raw, RULES)
    assert time.perf_counter() - started < 1.0
