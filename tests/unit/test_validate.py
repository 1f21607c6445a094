"""Validation sends bad records to quarantine with the reason, and keeps the good ones."""

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.publish.validate import validate_records, validate_release
from tests import factories as f


def test_valid_release_passes_untouched():
    out = validate_release(f.release())
    assert {k: len(v) for k, v in out.items()} == {
        "documents": 1,
        "actors": 2,
        "events": 1,
        "event_mentions": 1,
        "actor_mentions": 1,
        "relations": 1,
        "quarantine": 0,
    }


def test_bad_event_goes_to_quarantine_with_its_reason():
    bad = f.event(
        "evt-fedcba9876543210",
        event_type="massacre",
        date_start=date(2008, 1, 2),
        date_end=date(2008, 1, 1),
    )
    valid, quarantined = validate_records("events", [f.event(), bad])
    assert [e["event_id"] for e in valid] == ["evt-0123456789abcdef"]
    assert len(quarantined) == 1
    reason = quarantined[0]["errors"]
    assert "event_type" in reason and "dates_consistent" in reason
    assert json.loads(quarantined[0]["record"])["event_id"] == "evt-fedcba9876543210"


def test_orphaned_links_are_quarantined():
    rel = f.release()
    rel["events"][0]["perpetrator_ids"] = ["act-nobody"]
    rel["event_mentions"].append(
        f.mention("evt-ffffffffffffffff", mention_id="men-ffffffffffffffff")
    )
    out = validate_release(rel)
    assert out["events"] == [] and out["event_mentions"] == []
    reasons = " ".join(q["errors"] for q in out["quarantine"])
    assert "act-nobody is not a published id" in reasons and "evt-ffffffffffffffff" in reasons


def test_unknown_precision_requires_empty_dates():
    ev = f.event(date_precision="unknown")
    _, bad = validate_records("events", [ev])
    assert bad and "dates_consistent" in bad[0]["errors"]


@settings(max_examples=40, deadline=None)
@given(
    killed=st.one_of(st.none(), st.integers(-5, 10**6)),
    lat=st.floats(allow_nan=False, allow_infinity=False),
    certainty=st.sampled_from(["asserted", "reported", "uncertain", "maybe"]),
)
def test_validation_never_loses_a_record(killed, lat, certainty):
    ev = f.event(killed=killed, latitude=lat, certainty=certainty)
    valid, bad = validate_records("events", [ev])
    assert len(valid) + len(bad) == 1
    expect_ok = (killed is None or killed >= 0) and -90 <= lat <= 90 and certainty != "maybe"
    assert bool(valid) == expect_ok


def test_a_mention_of_an_unpublished_actor_is_quarantined():
    release = f.release()
    release["actor_mentions"].append(
        f.actor_mention(actor_mention_id="amn-fedcba9876543210", actor_id="act-nobody")
    )
    out = validate_release(release)
    assert len(out["actor_mentions"]) == 1
    assert [q["table_name"] for q in out["quarantine"]] == ["actor_mentions"]


def test_a_range_open_at_its_end_is_valid_and_other_half_dates_are_not():
    opened = f.event(date_start=date(2016, 4, 1), date_end=None, date_precision="range")
    assert validate_records("events", [opened])[0]
    month = f.event(date_start=date(2016, 4, 1), date_end=None, date_precision="month")
    _, bad = validate_records("events", [month])
    assert bad and "dates_consistent" in bad[0]["errors"]
