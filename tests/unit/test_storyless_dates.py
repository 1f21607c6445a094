"""A campaign (a military operation), or an organisation's or state's act told as a summary, is
not dated by the time the story had reached (dates.yaml types_not_dated_by_story), unless a
verb of its sentence's main clause tells it, the story's foreground (dates/clauses.on_main_line)."""

from __future__ import annotations

from flows.extract.dates.clauses import on_main_line


def test_an_undated_operation_is_not_dated_by_the_story_time(document_events):
    events = document_events(
        [
            "On 3 May 2015 gunmen killed five soldiers near Gao. "
            "A search operation by Malian troops is under way near the town."
        ]
    )
    killing = next(e for e in events if e.event_type in ("killing", "attack"))
    operation = next(e for e in events if e.event_type == "military_operation")
    assert killing.date is not None and str(killing.date.start) == "2015-05-03"
    assert operation.date is None and operation.narrative_date is None


def test_an_undated_alliance_is_not_dated_but_an_undated_bombing_is(document_events):
    events = document_events(
        [
            "In February 2009 the parliament elected a new president. "
            "Militants bombed the presidential palace in Mogadishu. "
            "Hizbul Islam formed an alliance with the Ras Kamboni Brigades.",
        ],
        published=None,
    )
    alliance = next(e for e in events if e.event_type == "alliance")
    bombing = next(e for e in events if e.event_type == "bombing")
    assert alliance.date is None and alliance.narrative_date is None
    assert bombing.narrative_date is not None and str(bombing.narrative_date.start) == "2009-02-01"


def test_an_operation_its_own_sentence_dates_keeps_that_date(document_events):
    events = document_events(
        ["In March 2013, French troops launched an offensive against militants near Gao."]
    )
    operation = next(e for e in events if e.event_type == "military_operation")
    when = operation.date or operation.narrative_date
    assert when is not None and str(when.start) == "2013-03-01"


def test_an_arrest_told_by_the_main_clause_s_verb_takes_the_story_time(document_events):
    events = document_events(
        [
            "In February 2009 the ZLF bombed the palace in Strelsau. "
            "The police arrested Rupert Hentzau."
        ],
        published=None,
    )
    arrest = next(e for e in events if e.event_type == "capture_arrest")
    assert arrest.date is None
    assert arrest.narrative_date is not None and str(arrest.narrative_date.start) == "2009-02-01"


def test_an_arrest_told_in_a_clause_on_another_word_or_by_a_noun_stays_undated(document_events):
    for told in (
        "Rupert Hentzau, whom the police then arrested, fled to Zenda.",
        "The arrest of Rupert Hentzau followed.",
    ):
        events = document_events(
            [f"In February 2009 the ZLF bombed the palace in Strelsau. {told}"], published=None
        )
        arrest = next(e for e in events if e.event_type == "capture_arrest")
        assert arrest.date is None and arrest.narrative_date is None, told


def test_only_a_main_clause_verb_not_in_a_perfect_is_on_the_story_s_main_line(resources):
    cases = {
        "The ZLF seized Zenda.": True,
        "The ZLF raided Strelsau and seized Zenda.": True,
        "The ZLF has seized Zenda.": False,
        "The ZLF had seized Zenda.": False,
        "The council, which then seized Zenda, met.": False,
        "The ZLF was obliged to seize Zenda.": False,
        "The seizure of Zenda followed.": False,
    }
    for text, expected in cases.items():
        doc = resources.nlp(text)
        word = "seizure" if "seizure" in text else "seize"
        start = text.index(word)
        end = text.index(" ", start)
        assert on_main_line(doc, start, end) is expected, text
