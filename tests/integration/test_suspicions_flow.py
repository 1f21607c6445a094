"""A sentence naming only whom the deed told before is suspected of gives that deed its doer."""

import pytest

from tests.factories import built_release


@pytest.mark.parametrize(
    "suspicion",
    [
        "No group claimed responsibility; however, sources suspect the Zenda Liberation Front.",
        "Authorities suspected that the Zenda Liberation Front was involved.",
        "Police speculated that the Zenda Liberation Front may have been responsible.",
    ],
)
def test_the_suspect_named_after_a_deed_is_its_doer(tmp_path, suspicion):
    text = f"Attack in Zenda\n\nGunmen attacked a bus in Zenda on 3 May 2013. {suspicion}\n"
    db = built_release(tmp_path, {"story.txt": text})
    rows = db.sql(
        "select e.event_type, a.name from events e, unnest(e.perpetrator_ids) as p(id) "
        "join actors a on a.actor_id = p.id"
    ).fetchall()
    assert rows == [("attack", "Zenda Liberation Front")]


def test_a_suspicion_with_no_deed_told_before_is_no_event(tmp_path):
    db = built_release(
        tmp_path, {"story.txt": "Note\n\nSources suspect the Zenda Liberation Front.\n"}
    )
    assert db.sql("select count(*) from events").fetchall() == [(0,)]
