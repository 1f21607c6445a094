"""A force's movement is the moving force's deed: whoever withdraws, is deployed or is sent."""

from __future__ import annotations


def names(mentions) -> list[str]:
    return [m.text for m in mentions]


def test_the_force_a_withdrawal_is_of_made_it(one_event):
    event = one_event("The withdrawal of U.S. forces from Somalia followed in March 1994.")
    assert event.event_type == "military_operation"
    assert names(event.perpetrators) == ["U.S. forces"]


def test_a_withdrawal_of_something_else_names_no_doer(one_event):
    event = one_event("The withdrawal of support from Somalia followed in March 1994.")
    assert event.perpetrators == []


def test_troops_deployed_without_an_agent_are_the_deployment_s_doers(one_event):
    event = one_event("In 2011, 4,000 Kenyan troops were deployed to Somalia.")
    assert names(event.perpetrators) == ["Kenyan troops"]
    assert event.targets == []


def test_troops_who_were_deployed_are_the_deployment_s_doers(events_in):
    found = events_in(
        "Rwandan troops, who have been deployed in Cabo Delgado since July 2021, rest."
    )
    deployed = [e for e in found if e.trigger == "deployed"]
    assert [names(e.perpetrators) for e in deployed] == [["Rwandan troops"]]


def test_the_agent_of_a_passive_deployment_stays_its_doer(one_event):
    event = one_event("In 2011, troops were deployed to Somalia by Kenya.")
    assert names(event.perpetrators) == ["Kenya"]
