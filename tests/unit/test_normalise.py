"""Normalise stage: paragraphs, repeats, page breaks, footnote markers and markdown.

Boilerplate/figure/section rules are in test_normalise_boilerplate.py, the property tests
in test_normalise_properties.py and the tests on the seed documents in
test_normalise_seeds.py.
"""

import doctest

import pytest

from flows.normalise import NormalisedText, load_boilerplate_rules, normalise, notes
from flows.normalise import chars as normalise_chars
from flows.normalise import lines as normalise_lines
from flows.settings import Settings

RULES = load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml")


def norm(raw: str) -> NormalisedText:
    return normalise(raw, RULES)


def texts(nt: NormalisedText) -> list[str]:
    return [nt.text[p.start : p.end] for p in nt.paragraphs]


# --- paragraphs and the offset map -------------------------------------------------------


def test_empty_and_blank_input_give_an_empty_result():
    for raw in ("", "  \n\n\t \n"):
        nt = norm(raw)
        assert (nt.text, list(nt.raw_offsets), nt.paragraphs, nt.notes) == ("", [], [], {})


def test_each_non_empty_line_is_one_paragraph():
    assert texts(norm("First one.\nSecond one.\n\n\nThird one.")) == [
        "First one.",
        "Second one.",
        "Third one.",
    ]


def test_paragraphs_from_blank_line_layout_are_joined_by_a_blank_line():
    assert norm("First one.\n\nSecond one.").text == "First one.\n\nSecond one."


def test_paragraphs_on_adjacent_lines_are_joined_by_one_newline_to_keep_offsets_strict():
    nt = norm("First one.\nSecond one.")
    assert nt.text == "First one.\nSecond one."
    assert list(nt.raw_offsets) == list(range(len(nt.text)))


def test_raw_span_maps_a_text_span_back_to_the_raw_text():
    raw = "  Intro **bold** text.\n\nThe group attacked Gao.¹ Then it left."
    nt = norm(raw)
    start = nt.text.index("attacked Gao.")
    s, e = nt.raw_span(start, start + len("attacked Gao."))
    assert raw[s:e] == "attacked Gao."
    s, e = nt.raw_span(0, len("Intro bold"))
    assert raw[s:e] == "Intro **bold"


def test_raw_span_rejects_an_empty_span():
    with pytest.raises(ValueError, match="empty or outside"):
        norm("Some text.").raw_span(3, 3)


# --- duplicates and pull-quotes -----------------------------------------------------------


def test_paragraph_repeated_with_a_curly_apostrophe_is_kept_once():
    raw = (
        "Title Line\nThe leader's death, if confirmed, matters.\n"
        "The leader’s  death, if CONFIRMED, matters."
    )
    nt = norm(raw)
    assert texts(nt) == ["Title Line", "The leader's death, if confirmed, matters."]
    assert [reason for *_, reason in nt.dropped] == ["duplicate"]


def test_the_duplicate_that_interrupts_a_sentence_is_the_one_dropped():
    quote = "The group has yet to attack Europe, analysts say."
    raw = f"It began in the\n\n{quote}\n\nnorth of the country.\n\n{quote}"
    assert texts(norm(raw)) == ["It began in the north of the country.", quote]


def test_pull_quote_repeating_part_of_a_longer_paragraph_is_dropped():
    body = "AQIM has grown. AQIM is an evolving and amorphous organization, a regional threat."
    raw = f"{body}\n\nAQIM is an evolving and amorphous organization, a regional threat.\n\nNext."
    nt = norm(raw)
    assert texts(nt) == [body, "Next."]
    assert [reason for *_, reason in nt.dropped] == ["pull_quote"]


def test_pull_quote_printed_before_its_source_paragraph_is_dropped():
    quote = "Armed movements often outlast the patience of their own hosts."
    body = f"History is clear. {quote} They overreach."
    assert texts(norm(f"{quote}\n\n{body}")) == [body]


def test_pull_quote_with_a_bracketed_editorial_insertion_is_dropped():
    body = (
        "In brief, the evidence so far and the pressures they face suggest that their "
        "loyalty to the wider jihadist cause may be mostly for show."
    )
    quote = (
        "The evidence so far and the pressures they face suggest that [the group’s] "
        "loyalty to the wider jihadist cause may be mostly for show."
    )
    assert texts(norm(f"{quote}\n\n{body}")) == [body]


def test_short_paragraph_with_different_facts_is_not_taken_for_a_pull_quote():
    short = "AQIM attacked a convoy near Gao in March 2012, killing 11."
    body = f"Earlier, AQIM attacked a convoy near Gao in March 2013, killing 12. {'More. ' * 5}"
    assert short in texts(norm(f"{short}\n\n{body}"))


# --- page breaks --------------------------------------------------------------------------


def test_paragraph_broken_by_a_page_break_is_joined_with_one_space():
    nt = norm("the core organization the United\n\nStates has struggled with.")
    assert texts(nt) == ["the core organization the United States has struggled with."]


def test_word_hyphenated_across_a_page_break_is_joined_without_the_hyphen():
    raw = "the activities of Mokhtar Bel-\n\nmokhtar, who pioneered it."
    nt = norm(raw)
    assert nt.text == "the activities of Mokhtar Belmokhtar, who pioneered it."
    start = nt.text.index("Belmokhtar")
    s, e = nt.raw_span(start, start + len("Belmokhtar"))
    assert raw[s:e] == "Bel-\n\nmokhtar"
    assert "-" not in [raw[o] for o in nt.raw_offsets]


def test_word_hyphenated_across_a_single_line_break_is_joined_too():
    assert norm("favourable conditions for crimi-\nnal activity.").text == (
        "favourable conditions for criminal activity."
    )


def test_hyphen_before_a_capitalised_continuation_is_kept():
    assert norm("a population not yet broadly pro-\n\nAQIM in outlook.").text == (
        "a population not yet broadly pro-AQIM in outlook."
    )


def test_paragraph_ending_with_terminal_punctuation_is_not_joined():
    for ending in (".", "?", "!", ":", "”", '"', ")"):
        assert len(norm(f"It ended here{ending}\n\nthen more text.").paragraphs) == 2


def test_possessive_at_a_page_break_does_not_end_the_sentence():
    assert norm("where Tripoli’s\n\ncontrol was weak.").text == "where Tripoli’s control was weak."


def test_sentence_is_rejoined_across_a_dropped_pull_quote():
    quote = "Raids abroad would do little to win the war at home."
    body = f"He doubted it. {quote} That was his view."
    raw = f"discouraged others.¹² He\n\n{quote}\n\nmay believe it.\n\n{body}"
    assert texts(norm(raw))[0] == "discouraged others. He may believe it."


def test_heading_interrupting_a_sentence_is_dropped_as_a_float():
    raw = "Intro.\n\nin northeastern Libya, where Tripoli’s\n\nA TIMELINE OF EVENTS\n\ncontrol."
    nt = norm(raw)
    assert texts(nt)[-1] == "in northeastern Libya, where Tripoli’s control."
    assert "float_heading" in [reason for *_, reason in nt.dropped]


def test_heading_between_finished_paragraphs_is_kept_as_heading():
    nt = norm("One sentence.\n\nThe Southern Axis\n\nAnother sentence.")
    assert [p.kind for p in nt.paragraphs] == ["body", "heading", "body"]


def test_list_items_without_full_stops_are_not_joined():
    assert texts(norm("- first item\n- second item\n- third item")) == [
        "first item",
        "second item",
        "third item",
    ]


# --- headings -----------------------------------------------------------------------------


def test_title_case_and_all_caps_lines_are_headings_and_fragments_are_body():
    raw = "Will the U.S. Go After the Network?\n\nTHE ECOLOGY\n\nIt is a fact.\n\nAl Shaba'ab was"
    nt = norm(raw)
    assert [p.kind for p in nt.paragraphs] == ["heading", "heading", "body", "body"]


def test_a_sentence_case_headline_between_paragraphs_is_a_heading_the_next_does_not_continue():
    raw = (
        "The ZLF held Zenda for a week.\n\n"
        "Zenda rebels free two aid workers\n\n"
        "The ZLF declared a ceasefire in Strelsau in May."
    )
    assert [(p.kind, t) for p, t in zip(norm(raw).paragraphs, texts(norm(raw)), strict=True)] == [
        ("body", "The ZLF held Zenda for a week."),
        ("heading", "Zenda rebels free two aid workers"),
        ("body", "The ZLF declared a ceasefire in Strelsau in May."),
    ]
    # a paragraph broken across lines is still rejoined: not alone, or after no finished one
    assert texts(norm("The ZLF attacked the post in\n\nZenda in May.")) == [
        "The ZLF attacked the post in Zenda in May."
    ]
    assert texts(norm("The ZLF held the town of Zenda and\nits port\n\nStrelsau fell later.")) == [
        "The ZLF held the town of Zenda and its port Strelsau fell later."
    ]


# --- footnote markers and markdown --------------------------------------------------------


def test_superscript_marker_is_removed_and_recorded_after_its_sentence():
    nt = norm("The group attacked the facility in January 2013.)¹⁹ It fled.")
    assert nt.text == "The group attacked the facility in January 2013.) It fled."
    assert nt.footnote_markers == [(nt.text.index(" It fled"), 19)]


def test_marker_positions_follow_joins_and_separators():
    nt = norm("Intro text.²\n\nIt fled across the\n\nborder.³ Later.")
    assert nt.footnote_markers == [(11, 2), (nt.text.index(" Later"), 3)]


def test_markdown_emphasis_bullets_and_escapes_are_removed_from_text_only():
    raw = "- **Key:** the *shura* paid \\$65 million."
    nt = norm(raw)
    assert nt.text == "Key: the shura paid $65 million."
    assert all(raw[o] == c for o, c in zip(nt.raw_offsets, nt.text, strict=True))


def test_markdown_link_keeps_its_text_and_editorial_brackets_stay():
    nt = norm("See [the report](http://x.org/r) on [AQIM’s] aims, 2 * 3 times.")
    assert nt.text == "See the report on [AQIM’s] aims, 2 * 3 times."


# --- documentation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "module", [normalise_chars, normalise_lines, notes], ids=lambda m: m.__name__
)
def test_docstring_examples_hold(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_bracketed_wiki_and_markdown_markers_are_removed_and_recorded():
    raw = "A drone killed its leader.[100] U.S. officials[^7] hailed it.[citation needed] See [12](x)."
    nt = norm(raw)
    assert nt.text == "A drone killed its leader. U.S. officials hailed it. See 12."
    assert nt.footnote_markers == [
        (nt.text.index(" U.S."), 100),
        (nt.text.index(" hailed"), 7),
    ]
    assert all(raw[o] == c for o, c in zip(nt.raw_offsets, nt.text, strict=True))
