"""Doers a document names once: the one force flying its airstrikes, the one armed group
doing its other deeds, for the deeds it then tells without a doer."""

from flows.resolve.document_doers import document_attacker, document_lister, document_striker
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


GROUPS = {"zlf": "armed_group", "rnf": "armed_group", "ruritania": "state"}


def test_a_doerless_bombing_is_the_deed_of_the_one_group_the_documents_deeds_name():
    found = [
        _strike(0, ["act-zlf"], event_type="attack"),
        _strike(40, ["act-ruritania"], event_type="capture_arrest"),
        _strike(80, [], event_type="bombing"),
        _strike(120, [], event_type="political_event"),
    ]
    document_attacker(found, GROUPS.get)
    assert found[2].perpetrator_ids == ["act-zlf"] and found[2].inferred_doer
    assert found[3].perpetrator_ids == []  # no deed of a group's


def test_two_groups_or_only_guessed_doers_leave_a_doerless_deed_doerless():
    two = [
        _strike(0, ["act-zlf"], event_type="attack"),
        _strike(40, ["act-rnf"], event_type="kidnapping"),
        _strike(80, [], event_type="killing"),
    ]
    document_attacker(two, GROUPS.get)
    assert two[2].perpetrator_ids == []
    guessed = [_strike(0, ["act-zlf"], "attack", inferred=True), _strike(40, [], "attack")]
    document_attacker(guessed, GROUPS.get)
    assert guessed[1].perpetrator_ids == []


def test_an_unnamed_sole_doer_is_the_group_the_document_keeps_naming():
    """ "Gunmen attacked ... militants killed ..." in a story that keeps naming the ZLF: the
    unnamed men are the ZLF's, where they are told and where no doer is told."""
    kinds = {**GROUPS, "gen-uaf": "armed_group"}
    found = [_strike(0, ["act-gen-uaf"], event_type="attack"), _strike(60, [], "killing")]
    document_attacker(found, kinds.get, ["zlf", "rnf", "zlf", "gen-uaf", "ruritania"])
    assert found[0].perpetrator_ids == ["act-zlf"] and not found[0].inferred_doer
    assert found[1].perpetrator_ids == ["act-zlf"] and found[1].inferred_doer
    tie = [_strike(0, ["act-gen-uaf"], event_type="attack"), _strike(60, [], "killing")]
    document_attacker(tie, kinds.get, ["zlf", "rnf", "zlf", "rnf"])
    assert tie[0].perpetrator_ids == ["act-gen-uaf"]  # no one group the text is about
    assert tie[1].perpetrator_ids == ["act-gen-uaf"]


def test_a_doerless_deed_told_on_from_one_of_its_kind_in_its_paragraph_is_that_ones_doers():
    kinds = {**GROUPS, "ruritania_army": "state_force"}
    found = [
        _strike(0, ["act-zlf"], event_type="attack"),
        _strike(40, ["act-ruritania_army"], event_type="territory_seizure"),
        _strike(80, [], event_type="territory_seizure"),
        _strike(120, [], event_type="territory_seizure"),
        _strike(160, [], event_type="attack"),
    ]
    for m, para in zip(found, [0, 1, 1, 2, 1], strict=True):
        m.paragraph = para
    document_attacker(found, kinds.get)
    assert found[2].perpetrator_ids == ["act-ruritania_army"] and found[2].inferred_doer
    assert found[3].perpetrator_ids == ["act-zlf"]  # another paragraph
    assert found[4].perpetrator_ids == ["act-zlf"]  # another kind of deed


LISTERS = {"zendan_treasury": "organization", "ruritania": "state", "zlf": "armed_group"}
LISTING = frozenset({"designated", "sanctions"})


def _act(
    start: int, trigger: str, doers: list[str], place_state=False, event_type="political_event"
):
    return ResolvedMention(
        "doc", event_type, trigger, start, start + 10, "quote", None, "asserted",
        None, None, None, None, None, perpetrator_ids=doers, place_state_doer=place_state,
    )  # fmt: skip


def test_a_listing_told_with_no_one_named_is_the_documents_one_listers():
    """ "The Zendan Treasury designated four men ... The ZLF was designated in 2008": the
    Treasury's, not Ruritania's, where the ZLF is (the place's state read as the doer)."""
    found = [
        _act(0, "designated", ["act-zendan_treasury"]),
        _act(40, "designated", ["act-ruritania"], place_state=True),
        _act(80, "imposed sanctions", []),
        _act(120, "elected", []),
    ]
    document_lister(found, LISTERS.get, LISTING)
    assert found[1].perpetrator_ids == ["act-zendan_treasury"] and found[1].inferred_doer
    assert found[2].perpetrator_ids == ["act-zendan_treasury"]
    assert found[3].perpetrator_ids == []  # no listing act


def test_two_listers_or_a_named_state_leave_a_listing_as_told():
    two = [
        _act(0, "designated", ["act-zendan_treasury"]),
        _act(40, "designated", ["act-ruritania"]),
        _act(80, "designated", []),
    ]
    document_lister(two, LISTERS.get, LISTING)
    assert two[2].perpetrator_ids == []
    named = [
        _act(0, "designated", ["act-zendan_treasury"]),
        _act(40, "sanctions", ["act-ruritania"]),
    ]
    document_lister(named, LISTERS.get, LISTING)
    assert named[1].perpetrator_ids == ["act-ruritania"]
