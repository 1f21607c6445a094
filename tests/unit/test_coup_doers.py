"""A coup is power seized by soldiers: its doers hold the country's armed forces."""

from __future__ import annotations

from flows.extract.places.named import Place
from flows.resolve.coup_doers import with_coup_army
from flows.resolve.resolved_mention import ResolvedMention

NIAMEY = Place("Niamey", "NE", 13.5, 2.1, "city")
TYPES = {"niger": "state", "ne_armed_forces": "state_force", "new-wanke": "person"}
ARMIES = {"NE": "ne_armed_forces"}


def coup(perpetrators: list[str], place: Place | None = NIAMEY, **kw) -> ResolvedMention:
    row = dict(
        doc_id="report-a",
        event_type="coup",
        trigger="coup",
        raw_start=0,
        raw_end=4,
        quote="coup",
        citation=None,
        certainty="asserted",
        date=None,
        place=place,
        killed=None,
        injured=None,
        hostages=None,
        perpetrator_ids=perpetrators,
        target_ids=[],
    )
    return ResolvedMention(**{**row, **kw})


def _run(found: list[ResolvedMention]) -> list[str]:
    implied: list[str] = []
    with_coup_army(
        found, TYPES.get, ARMIES, lambda k: "NE" if k == "niger" else None, implied.append
    )
    return implied


def test_a_coup_led_by_an_officer_is_also_the_army_s():
    led = coup(["act-new-wanke"])
    assert _run([led]) == ["ne_armed_forces"]
    assert led.perpetrator_ids == ["act-ne_armed_forces", "act-new-wanke"]
    assert not led.inferred_doer


def test_the_state_seized_is_no_doer_of_its_coup():
    told = coup(["act-niger"], place=None)
    _run([told])
    assert told.perpetrator_ids == ["act-ne_armed_forces"]


def test_a_coup_with_no_doer_takes_its_country_s_army_as_a_guess():
    bare = coup([])
    _run([bare])
    assert (bare.perpetrator_ids, bare.inferred_doer) == (["act-ne_armed_forces"], True)


def test_a_coup_by_a_named_force_or_elsewhere_is_left_as_told():
    by_force = coup(["act-ne_armed_forces", "act-new-wanke"])
    abroad = coup([], place=Place("Zenda", "RU", 0.0, 0.0, "city"))
    assert _run([by_force, abroad]) == []
    assert by_force.perpetrator_ids == ["act-ne_armed_forces", "act-new-wanke"]
    assert abroad.perpetrator_ids == []
