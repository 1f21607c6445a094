"""Who made a political act: a head of state and the state they lead, a state's body named as the
state's, the sentence's only state when the parse reaches no one."""

from flows.resolve.resolved_mention import ResolvedMention
from flows.resolve.state_heads import led_states, sole_leaders, with_led_states, with_sole_leaders

TYPES = {"philippines": "state", "rodrigo_duterte": "person", "abu_sayyaf": "armed_group"}
LEADS = [
    {
        "relation_type": "leader_of",
        "subject_id": "act-rodrigo_duterte",
        "object_id": "act-philippines",
    },
    {"relation_type": "leader_of", "subject_id": "act-x", "object_id": "act-abu_sayyaf"},
]


def _act(perps: list[str], event_type="political_event", names_to_office=False):
    return ResolvedMention(
        "doc", event_type, "declared", 0, 10, "quote", None, "asserted", None, None, None,
        None, None, perps, names_to_office=names_to_office,
    )  # fmt: skip


def test_only_a_state_s_leaders_count():
    assert led_states(LEADS, TYPES.get) == {"act-rodrigo_duterte": "act-philippines"}


def test_a_president_s_declaration_is_also_the_state_s():
    declared = _act(["act-rodrigo_duterte"])  # "Duterte declared martial law"
    with_led_states([declared], LEADS, TYPES.get)
    assert declared.perpetrator_ids == ["act-philippines", "act-rodrigo_duterte"]


def test_an_election_or_another_deed_keeps_its_doers():
    elected = _act(["act-rodrigo_duterte"], names_to_office=True)  # "X was elected President"
    raid = _act(["act-rodrigo_duterte"], event_type="military_operation")
    with_led_states([elected, raid], LEADS, TYPES.get)
    assert elected.perpetrator_ids == ["act-rodrigo_duterte"]
    assert raid.perpetrator_ids == ["act-rodrigo_duterte"]


def test_a_state_s_political_act_is_also_its_one_head_s():
    suspended = _act(["act-philippines"])  # "the government suspended the peace talks"
    raid = _act(["act-philippines"], event_type="military_operation")
    with_sole_leaders([suspended, raid], LEADS, TYPES.get)
    assert suspended.perpetrator_ids == ["act-philippines", "act-rodrigo_duterte"]
    assert raid.perpetrator_ids == ["act-philippines"]


def test_a_state_the_document_gives_two_heads_gets_neither():
    TYPES2 = {**TYPES, "ferdinand_marcos": "person"}
    two = LEADS + [
        {
            "relation_type": "leader_of",
            "subject_id": "act-ferdinand_marcos",
            "object_id": "act-philippines",
        }
    ]
    assert sole_leaders(two, TYPES2.get) == {}
    suspended = _act(["act-philippines"])
    with_sole_leaders([suspended], two, TYPES2.get)
    assert suspended.perpetrator_ids == ["act-philippines"]


def test_a_political_act_with_a_person_already_named_keeps_its_doers():
    TYPES2 = {**TYPES, "amina_warsame": "person"}
    signed = _act(["act-amina_warsame", "act-philippines"])  # the envoy signed for the state
    with_sole_leaders([signed], LEADS, TYPES2.get)
    assert signed.perpetrator_ids == ["act-amina_warsame", "act-philippines"]


def test_the_trigger_says_whether_it_puts_someone_in_office(one_event):
    assert one_event(
        "On 3 March 2014, parliament elected Amina Warsame as the new President of Kenya."
    ).names_to_office
    assert not one_event(
        "On 4 June 2015 the president declared martial law in Kano."
    ).names_to_office


def test_a_state_s_body_the_dictionary_does_not_know_acts_for_the_state(one_event):
    event = one_event(
        "Kenya's Counter-Terrorism Review Board declared the Lamu Front a terrorist group on 3 "
        "March 2014."
    )
    assert [m.text for m in event.perpetrators] == ["Kenya"]
    banned = one_event("In 2011, the UK Department of Security banned the LIFG.")
    assert [m.text for m in banned.perpetrators] == ["UK"]


def test_a_political_act_no_one_is_parsed_for_is_the_sentence_s_only_state_s(one_event):
    event = one_event("A ceasefire backed by Ethiopia was signed in 2015.")
    assert [m.text for m in event.perpetrators] == ["Ethiopia"]
    assert event.inferred_doer  # a guess: no evidence that two mentions are one event
