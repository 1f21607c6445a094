"""A strike report's doerless airstrikes are the strikes of the one force it names striking."""

from flows.resolve.document_striker import document_striker
from flows.resolve.resolved_mention import ResolvedMention

TYPES = {"us_military": "state_force", "france": "state", "islamic_state": "armed_group"}


def _strike(start: int, doers: list[str], event_type: str = "airstrike", inferred=False):
    return ResolvedMention(
        "doc", event_type, "strikes", start, start + 10, "quote", None, "asserted",
        None, None, None, None, None, perpetrator_ids=doers, inferred_doer=inferred,
    )  # fmt: skip


def test_a_doerless_airstrike_is_flown_by_the_force_that_flew_the_documents_others():
    found = [_strike(0, ["act-us_military"]), _strike(50, [])]
    document_striker(found, TYPES.get)
    assert found[1].perpetrator_ids == ["act-us_military"]
    assert found[1].inferred_doer  # a guess: no evidence for merging


def test_two_striking_states_leave_a_doerless_airstrike_doerless():
    found = [_strike(0, ["act-us_military"]), _strike(30, ["act-france"]), _strike(60, [])]
    document_striker(found, TYPES.get)
    assert found[2].perpetrator_ids == []


def test_an_armed_group_or_a_guessed_doer_strikes_for_no_other_airstrike():
    found = [
        _strike(0, ["act-islamic_state"]),
        _strike(30, ["act-france"], inferred=True),
        _strike(60, []),
        _strike(90, [], event_type="attack"),
    ]
    document_striker(found, TYPES.get)
    assert found[2].perpetrator_ids == [] and found[3].perpetrator_ids == []
