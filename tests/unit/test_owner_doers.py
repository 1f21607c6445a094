"""A doer named by its owner's possessive ("its fighters") is that owner, for coreference to
resolve; a claim's doer ("said its fighters had attacked") stays as the text gives it."""

import pytest


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Its fighters killed 20 fishermen near Baga on 5 January 2015.", "Its"),
        ("Their fighters killed 20 fishermen near Baga on 5 January 2015.", "Their"),
        (
            "The group's fighters seized the port town of Marsa Tilat in August 2020.",
            "The group",
        ),
    ],
)
def test_a_possessed_doer_stands_for_its_owner(one_event, text, doer):
    assert [p.text for p in one_event(text).perpetrators] == [doer]


def test_a_named_modifier_still_names_the_doer(one_event):
    event = one_event("Their AMISOM allies launched an offensive near Mogadishu in January 2012.")
    assert [p.text for p in event.perpetrators] == ["AMISOM"]


def test_a_claimed_deed_keeps_the_doer_the_claim_gives(events_in):
    found = events_in(
        "The group said its fighters had attacked a convoy near Baga on 6 January 2015."
    )
    assert [p.text for e in found for p in e.perpetrators] == ["its fighters"]
