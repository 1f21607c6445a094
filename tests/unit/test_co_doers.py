"""Who acted with the doer is a doer too: the gold guidelines list every party of a joint deed,
helpers included."""


def _doers(event) -> list[str]:
    return [m.text for m in event.perpetrators]


def test_forces_fighting_alongside_another_both_seized_the_town(one_event):
    event = one_event(
        "In May 2013, Somali forces fighting alongside AMISOM seized Marka from al-Shabaab."
    )
    assert _doers(event) == ["Somali forces", "AMISOM"]


def test_a_backer_named_beside_the_doer_is_a_doer(one_event):
    event = one_event("In 2006 the militia, backed by Ethiopian troops, seized the town of Baidoa.")
    assert "Ethiopian troops" in _doers(event)


def test_with_the_help_of_troops_names_the_troops_force(one_event):
    event = one_event(
        "With the help of a few hundred African Union troops, the government launched a "
        "counteroffensive in April 2011."
    )
    assert "African Union" in _doers(event)


def test_a_helper_alone_is_no_doer(one_event):
    event = one_event("In March 2012 Baidoa was seized with the help of AMISOM.")
    assert "AMISOM" not in _doers(event)
