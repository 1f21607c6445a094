"""Endnote parsing and "ibid." / "op. cit." resolution."""

from flows.normalise.notes import collect_notes, parse_note_line, resolve_back_references


def test_note_line_splits_into_number_and_citation():
    assert parse_note_line("12. Geoff Porter, Title, 2011.") == (12, "Geoff Porter, Title, 2011.")


def test_note_line_accepts_parenthesis_after_number():
    assert parse_note_line("3) Smith, Book, 2001.") == (3, "Smith, Book, 2001.")


def test_line_without_leading_number_is_not_a_note():
    assert parse_note_line("Washington Post, October 5, 2006.") is None


def test_wrapped_line_starting_with_a_year_continues_the_note():
    notes = collect_notes(["5. Lacher, Crime, 2012.", "2013. As of May 13, 2013.", "6. Ibid."])
    assert notes[5] == "Lacher, Crime, 2012. 2013. As of May 13, 2013."
    assert set(notes) == {5, 6}


def test_unnumbered_line_continues_the_previous_note():
    notes = collect_notes(["1. Smith, A Long Title", "Continued, 2001.", "2. Jones, B, 2002."])
    assert notes == {1: "Smith, A Long Title Continued, 2001.", 2: "Jones, B, 2002."}


def test_text_before_the_first_note_is_ignored():
    assert collect_notes(["stray text", "1. Smith, 2001."]) == {1: "Smith, 2001."}


def test_ibid_resolves_to_the_previous_citation():
    notes = collect_notes(["22. Abu al-Ma'ali, Allies, 2012.", "23. ibid."])
    assert notes[23] == "Abu al-Ma'ali, Allies, 2012."


def test_chained_ibid_and_op_cit_resolve_to_the_original_citation():
    notes = resolve_back_references({26: "Godfrey, Militancy.", 27: "Ibid.", 28: "op cit."})
    assert notes[27] == notes[28] == "Godfrey, Militancy."


def test_ibid_keeps_its_page_reference():
    notes = resolve_back_references({1: "Smith, Book, 2001.", 2: "Ibid., p. 14."})
    assert notes[2] == "Smith, Book, 2001, p. 14."


def test_op_cit_with_author_resolves_to_that_authors_latest_note():
    notes = resolve_back_references(
        {1: "Whitlock, Partner, 2006.", 2: "Bergen, Fear, 2013.", 3: "Whitlock, op. cit."}
    )
    assert notes[3] == "Whitlock, Partner, 2006."


def test_op_cit_with_unknown_author_falls_back_to_previous_note():
    notes = resolve_back_references({1: "Smith, A.", 2: "Jones, B.", 3: "Brown, op. cit."})
    assert notes[3] == "Jones, B."


def test_ibid_as_first_note_is_left_as_written():
    assert resolve_back_references({1: "Ibid."}) == {1: "Ibid."}


def test_citation_merely_mentioning_ibid_is_not_resolved():
    notes = resolve_back_references({1: "Smith, A.", 2: "See the discussion of ibid. usage."})
    assert notes[2] == "See the discussion of ibid. usage."


def test_citation_wrapped_over_many_lines_keeps_every_line_in_order():
    lines = ["1. Smith, A Long Title"] + [f"part {n}," for n in range(3000)] + ["2. Ibid."]
    notes = collect_notes(lines)
    assert notes[1] == " ".join(["Smith, A Long Title"] + [f"part {n}," for n in range(3000)])
    assert notes[2] == notes[1]


def test_repeated_op_cit_finds_a_later_note_by_the_same_author():
    notes = resolve_back_references(
        {
            1: "Smith, First Book.",
            2: "Smith, op. cit., p. 2",
            3: "Jones, Other.",
            4: "SMITH, Second Book.",
            5: "Smith, op. cit., p. 9",
            6: "Nobody, op. cit.",
        }
    )
    assert notes[2] == "Smith, First Book, p. 2"
    assert notes[5] == "SMITH, Second Book, p. 9"
    assert notes[6] == "SMITH, Second Book, p. 9"
