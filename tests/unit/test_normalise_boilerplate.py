"""Normalise stage: boilerplate, front/end matter, figures, tables, notes and bibliography."""

from flows.normalise import NormalisedText, load_boilerplate_rules, normalise
from flows.normalise.rules import BoilerplateRules
from flows.settings import Settings

RULES = load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml")
BODY = "\n\n".join(f"Body sentence number {i} reports a fact." for i in range(12))


def norm(raw: str, rules: BoilerplateRules = RULES) -> NormalisedText:
    return normalise(raw, rules)


def reasons(nt: NormalisedText) -> list[str]:
    return [reason for *_, reason in nt.dropped]


def test_link_only_and_anchor_lines_are_dropped_as_navigation():
    raw = f"[Purchase this document](#)\n\nView [document details](#)\n\n{BODY}"
    nt = norm(raw)
    assert nt.text == BODY
    assert reasons(nt) == ["navigation"]


def test_photo_credit_and_bare_url_lines_are_dropped():
    nt = norm(f"{BODY}\n\nPhoto credit: NAME/AGENCY/Images\n\nwww.example.org\n\nLast fact.")
    assert nt.text == f"{BODY}\n\nLast fact."
    assert reasons(nt) == ["photo_credit", "url"]


def test_copyright_and_isbn_lines_are_dropped():
    nt = norm(f"{BODY}\n\n© Copyright 2013 Some Publisher\nISBN 978-0-8330-8209-1")
    assert nt.text == BODY
    assert reasons(nt) == ["copyright"]


def test_teasers_after_a_more_from_line_near_the_end_are_dropped():
    raw = f"{BODY}\nMore from Some Publisher\n\nAn Unrelated Story\nIts teaser sentence."
    nt = norm(raw)
    assert nt.text.endswith("reports a fact.")
    assert "Unrelated" not in nt.text
    assert reasons(nt) == ["teasers"]


def test_end_of_body_marker_early_in_the_document_is_ignored():
    raw = f"About This Report\n\n{BODY}"
    nt = norm(raw)
    assert nt.text.startswith("About This Report")


def test_about_the_authors_end_matter_is_dropped_with_everything_after_it():
    raw = f"{BODY}\n\nAbout the Authors\n\nJane Doe is a senior analyst."
    nt = norm(raw)
    assert nt.text == BODY
    assert nt.dropped[-1][2] == "end_matter"
    assert raw[nt.dropped[-1][0] : nt.dropped[-1][1]].endswith("senior analyst.")


def test_leading_run_of_short_all_caps_menu_lines_is_front_matter():
    raw = f"CHILD CARE\nENERGY AND\nENVIRONMENT\nPUBLIC SAFETY\n\n{BODY}"
    nt = norm(raw)
    assert nt.text == BODY
    assert nt.dropped == [(0, raw.index("\n\nBody"), "front_matter")]


def test_all_caps_heading_after_the_start_is_kept():
    nt = norm(f"{BODY}\n\nTHE REGIONAL ECOLOGY\n\nMore text follows here.")
    assert "THE REGIONAL ECOLOGY" in nt.text


def test_two_all_caps_lines_are_too_few_for_a_menu():
    nt = norm(f"MAIN TITLE\nSUBTITLE\n\n{BODY}")
    assert nt.text.startswith("MAIN TITLE")


def test_figure_caption_and_its_source_and_note_lines_are_dropped():
    raw = (
        "Attacks grew, and the guerilla attacks for which it had become known\n\n"
        "Figure 1. Attacks Grew After the Rename\n\n\n\n"
        'DATA SOURCE: "Insurgency," online edition, 2013.\n\n'
        "NOTE: Figures for years before 2009 are incomplete.\n\n"
        "also continued."
    )
    nt = norm(raw)
    assert nt.text == (
        "Attacks grew, and the guerilla attacks for which it had become known also continued."
    )
    assert reasons(nt) == ["caption"]


def test_source_line_outside_a_figure_block_is_kept():
    nt = norm("A first fact.\n\nSources: officials said the group had left.")
    assert "Sources: officials said" in nt.text


def test_sentence_that_mentions_a_figure_is_kept():
    assert norm("Figure 1 shows the attacks.").text == "Figure 1 shows the attacks."


def test_table_title_rows_and_notes_are_dropped():
    raw = (
        "visiting Libya for weapons purchases,\n\n"
        "Table: The Group's Arsenal\n\n"
        "Many\tSome\tReported\nAK-47 rifles\tSemtex\tSA-7 missiles\n\n"
        "NOTES: **Many:** Verified open source.\n\n"
        "with shopping trips beginning in 2011."
    )
    nt = norm(raw)
    assert nt.text == "visiting Libya for weapons purchases, with shopping trips beginning in 2011."
    assert set(reasons(nt)) == {"table", "caption"}
    assert nt.notes == {}


def test_notes_section_becomes_notes_and_leaves_the_text():
    raw = (
        f"{BODY}¹\n\nNOTES\n\n1. Smith, *A Book*, 2001.\n2. *ibid.*\n\n"
        "SELECTED BIBLIOGRAPHY\n\n- Smith, *A Book*, 2001.\n\nJones, Other, 2002."
    )
    nt = norm(raw)
    assert nt.text == BODY
    assert nt.notes == {1: "Smith, A Book, 2001.", 2: "Smith, A Book, 2001."}
    assert reasons(nt) == ["notes", "bibliography"]
    assert nt.footnote_markers == [(len(BODY), 1)]


def test_all_caps_heading_ends_the_notes_section():
    raw = f"{BODY}\n\nNOTES\n\n1. Smith, 2001.\n\nAPPENDIX\n\nAppendix text here."
    nt = norm(raw)
    assert nt.text.endswith("APPENDIX\n\nAppendix text here.")
    assert nt.notes == {1: "Smith, 2001."}


def test_sentence_is_not_joined_across_a_notes_section():
    raw = f"{BODY}\n\nAn unfinished line\n\nNOTES\n\n1. Smith.\n\nAPPENDIX\n\nnot a continuation."
    assert "An unfinished line\n\nAPPENDIX" in norm(raw).text


def test_without_rules_only_the_general_rules_apply():
    nt = norm("Read [the report](#).\n\nA fact here.\nA fact here.", BoilerplateRules())
    assert nt.text == "Read the report.\n\nA fact here."


def test_consecutive_lines_dropped_for_one_reason_form_one_span():
    raw = f"{BODY}\n\nAbout This Report\n\nA.\n\nB."
    nt = norm(raw)
    assert nt.dropped == [(raw.index("About"), len(raw), "end_matter")]


def test_sentence_starting_with_the_word_copyright_is_kept():
    nt = norm(f"{BODY}\n\nCopyright lawyers sued the group in 2013.")
    assert nt.text.endswith("Copyright lawyers sued the group in 2013.")


def test_a_saved_wiki_pages_tagline_and_skip_links_are_navigation():
    raw = (
        "Zenda raid\n\nFrom Ruripedia, the free encyclopedia\n(Redirected from Raid on Zenda)\n"
        f"Jump to navigation Jump to search\nThe ZLF raided Zenda in 1921.\n\n{BODY}"
    )
    nt = norm(raw)
    assert nt.text.startswith("Zenda raid\n\nThe ZLF raided Zenda in 1921.\n\n")
    assert reasons(nt) == ["navigation"]  # one dropped span, three lines
