"""A leadership change's perpetrators are the new leader and the body whose office it is
(codebook), wherever the sentence names them."""

import pytest


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        (  # the one named to the office, and "its" (coreference resolves it)
            "In May 2009 the Islamic State of Iraq named Abu Harith al-Masri as its new emir.",
            ["Islamic State of Iraq", "Abu Harith al-Masri", "its"],
        ),
        (  # the body whose leader someone became
            "In 2010 Abu Bakr al-Baghdadi became the leader of the Islamic State of Iraq.",
            ["Abu Bakr al-Baghdadi", "Islamic State of Iraq"],
        ),
        (  # an office of the army: the army (the national force of the story)
            "Ahmed Hassan Dirir became Somali chief of army on 4 March 2010.",
            ["Ahmed Hassan Dirir", "army"],
        ),
    ],
)
def test_the_new_leader_and_the_office_s_body_are_doers(one_event, text, doers):
    event = one_event(text)
    assert event.event_type == "leadership_change"
    assert [m.text for m in event.perpetrators] == doers
