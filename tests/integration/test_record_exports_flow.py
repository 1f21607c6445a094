"""A news export saved as JSON Lines runs through the real flow: its records are read as
paragraphs, each dated by its own date, and every quote is the exact raw text it stands on."""

import json

import pytest

from tests.factories import built_release

RECORDS = [
    {
        "id": 1,
        "url": "https://example.org/1",
        "title": "Bombing in Strelsau",
        "text": "Militants of the Zenda Liberation Front detonated a car bomb in Strelsau on "
        "Monday, killing 12 people.",
        "published": "2016-03-14",
    },
    {
        "id": 2,
        "title": "Zenda raid",
        "text": "Gunmen from the Zenda Liberation Front kidnapped two aid workers in Zenda, "
        "officials said.",
        "published": "2016-04-02",
    },
]


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    text = "\n".join(json.dumps(r) for r in RECORDS) + "\n"
    return text, built_release(tmp_path_factory.mktemp("records"), {"feed.jsonl": text})


def test_each_record_gives_its_event_dated_by_its_own_date(release):
    _, con = release
    rows = con.execute(
        "SELECT e.event_type, e.date_start FROM event_mentions m JOIN events e USING (event_id)"
    ).fetchall()
    found = {(t, str(d)) for t, d in rows}
    assert ("bombing", "2016-03-14") in found  # "Monday" is the record's own day
    assert ("kidnapping", "2016-04-02") in found


def test_every_quote_is_the_exact_raw_text(release):
    text, con = release
    rows = con.execute("SELECT char_start, char_end, quote FROM event_mentions").fetchall()
    assert rows
    for start, end, quote in rows:
        assert text[start:end] == quote
