"""News exports saved as JSON, JSON Lines or CSV: prose fields read in place, the rest blanked."""

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from flows.ingest.folder import survey
from flows.ingest.formats import CELL, FILLER
from flows.ingest.formats.read import read_view
from flows.ingest.formats.records import RecordsProblem, parse_record_date, record_items

ARTICLE = {
    "source": {"id": None, "name": "Strelsau Herald"},
    "title": "ZLF fighters storm Zenda barracks",
    "description": "Fighters of the Zenda Liberation Front stormed a barracks in Zenda.",
    "url": "https://example.org/zenda",
    "publishedAt": "2016-03-13T08:00:00Z",
    "content": 'The ZLF said it "took" the barracks.\r\nSix soldiers were killed.',
}


def words(view: str) -> str:
    return " ".join(view.replace(FILLER, "").replace(CELL, " ").split())


def test_a_json_article_reads_its_prose_fields_and_nothing_else():
    raw = json.dumps(ARTICLE, indent=2)
    read = read_view(raw, ".json")
    assert read.format == "json" and len(read.view) == len(raw)
    seen = words(read.view)
    assert "Fighters of the Zenda Liberation Front stormed a barracks in Zenda." in seen
    assert 'The ZLF said it "took" the barracks. Six soldiers were killed.' in seen
    assert "example.org" not in seen and "Strelsau Herald" not in seen and "source" not in seen
    assert read.metadata == {"title": ARTICLE["title"], "published": "2016-03-13"}


def test_each_value_is_its_own_paragraph():
    raw = json.dumps(ARTICLE)
    view = read_view(raw, ".json").view
    assert view[raw.index('"ZLF fighters')] == CELL  # the opening quote of every kept value
    assert view[raw.index('"Fighters of')] == CELL


def test_escapes_are_decoded_in_place_without_splitting_words():
    raw = json.dumps({"text": "The caf\u00e9 in Zenda\nwas bombed."}, ensure_ascii=True)
    read = read_view(raw, ".json")
    at = raw.index("\\u00e9")
    assert read.view[at] == "é" and set(read.view[at + 1 : at + 6]) == {FILLER}
    assert words(read.view) == "The café in Zenda was bombed."
    assert "\n" in read.view  # "\n" is a line break where it stood


def test_json_lines_records_are_paragraphs_dated_by_their_own_dates():
    lines = [
        {"id": 1, "text": "The ZLF shelled Zenda on Monday.", "date": "2016-03-14"},
        {"id": 2, "text": "Rebels ambushed a convoy near Strelsau.", "date": "2016-04-02"},
    ]
    raw = "\n".join(json.dumps(r) for r in lines) + "\n"
    read = read_view(raw, ".jsonl")
    assert read.format == "jsonl" and read.metadata == {}
    assert (
        words(read.view)
        == "The ZLF shelled Zenda on Monday. Rebels ambushed a convoy near Strelsau."
    )
    items = record_items(raw, "jsonl")
    assert [i.day for i in items] == [date(2016, 3, 14), date(2016, 4, 2)]
    assert raw[items[1].start : items[1].end].startswith('{"id": 2')


def test_a_news_api_response_is_many_records():
    raw = json.dumps({"status": "ok", "totalResults": 2, "articles": [ARTICLE, ARTICLE]})
    read = read_view(raw, ".json")
    assert read.metadata == {}  # many articles: no one title or date for the file
    assert len(record_items(raw, "json")) == 2
    assert "ok" not in words(read.view).split()


def test_a_csv_with_a_prose_column_reads_its_cells():
    raw = (
        "id,summary,country,date\r\n"
        '1,"The ZLF kidnapped two aid workers in Zenda, officials said ""today"".",Ruritania,'
        "2018-01-05\r\n"
        "2,Rebels shelled a village near Strelsau.,Ruritania,2018-02-07\r\n"
    )
    read = read_view(raw, ".csv")
    assert read.format == "csv" and len(read.view) == len(raw)
    assert words(read.view) == (
        'The ZLF kidnapped two aid workers in Zenda, officials said "today". '
        "Rebels shelled a village near Strelsau."
    )
    assert [i.day for i in record_items(raw, "csv")] == [date(2018, 1, 5), date(2018, 2, 7)]


def test_a_csv_without_a_prose_column_stays_plain_text():
    raw = "year,killed\n2016,4\n"
    assert read_view(raw, ".csv").format == "plain"


def test_record_dates_in_the_forms_exports_use():
    assert parse_record_date("Sun, 13 Mar 2016 10:00:00 GMT") == date(2016, 3, 13)
    assert parse_record_date("March 13, 2016 1:33 AM") == date(2016, 3, 13)
    assert parse_record_date(1457863200) == date(2016, 3, 13)
    assert parse_record_date("soon") is None


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_malformed_exports_get_a_status_and_the_rest_of_the_folder_builds(tmp_path):
    write(tmp_path, "broken.json", '{"text": "The ZLF struck", ')
    write(tmp_path, "half.jsonl", '{"text": "The ZLF struck Zenda."}\n{"text": \n')
    write(tmp_path, "open.csv", 'id,text\n1,"The ZLF struck Zenda.\n')
    write(tmp_path, "facts.json", '{"id": 3, "score": 0.5}')
    write(tmp_path, "story.txt", "The ZLF struck Zenda on 3 March 2015.")
    docs = {d.doc_id: d for d in survey(tmp_path).documents}
    assert docs["broken"].status == "unreadable" and "not valid JSON" in docs["broken"].error
    assert docs["broken"].format == "json"
    assert docs["half"].status == "ok" and "line 2" in docs["half"].warnings
    assert docs["open"].status == "unreadable" and "never closes" in docs["open"].error
    assert docs["facts"].status == "empty" and "record_fields.yaml" in docs["facts"].error
    assert docs["story"].status == "ok"


def test_a_json_that_is_metadata_stays_a_notice(tmp_path):
    write(tmp_path, "report.txt", "The ZLF struck Zenda on 3 March 2015.")
    write(tmp_path, "report.json", json.dumps({"id": 7, "tags": ["zenda"]}))  # beside its text
    write(tmp_path, "misnamed.json", json.dumps({"title": "Zenda", "published": "2015-03-04"}))
    write(tmp_path, "export.json", json.dumps({"title": "Zenda", "text": "The ZLF struck."}))
    inventory = survey(tmp_path)
    assert [d.doc_id for d in inventory.documents] == ["export", "report"]
    notices = {(n.path, n.kind) for n in inventory.notices}
    assert notices == {("report.json", "not_a_sidecar"), ("misnamed.json", "not_a_sidecar")}


_PROSE = st.text(
    st.sampled_from(list('ZLF zenda struck, 12 "quoted" \\ back\nslash é—🙂.')), min_size=1
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.fixed_dictionaries({"text": _PROSE, "n": st.integers()}), min_size=1, max_size=4),
    st.booleans(),
)
def test_every_kept_character_stands_where_it_stands_in_the_raw_file(records, ascii_only):
    # an export whose every text is blank has no prose: an empty document (test below)
    assume(any(r["text"].strip() for r in records))
    raw = "\n".join(json.dumps(r, ensure_ascii=ascii_only) for r in records) + "\n"
    view = read_view(raw, ".jsonl").view
    assert len(view) == len(raw)
    escapes = set()
    for m in re.finditer(r"\\(?:u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?|.)", raw):
        escapes.update(range(m.start(), m.end()))
    for i, ch in enumerate(view):
        if i not in escapes and ch not in (" ", FILLER, CELL, "\n"):
            assert ch == raw[i], (i, ch, raw[i])
    for r in records:  # and every text value is read, escapes decoded
        if r["text"].strip():
            assert " ".join(r["text"].split()) in words(view)


def test_an_export_whose_every_text_is_blank_has_no_prose():
    with pytest.raises(RecordsProblem, match="no prose field"):
        read_view('{"text": " ", "n": 0}\n', ".jsonl")
