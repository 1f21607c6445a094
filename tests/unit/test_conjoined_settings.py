"""A prepositional phrase the parser hangs on the last of two conjoined verbs sharing one
subject sets both deeds: "gunmen killed three and wounded five in an ambush" is one ambush,
done by the gunmen, whose toll the killing gives."""


def _told(found):
    return [
        (
            e.event_type,
            [p.text for p in e.perpetrators],
            getattr(e.casualties.killed, "value", None),
        )
        for e in found
    ]


def test_the_setting_of_a_conjoined_toll_verb_absorbs_the_killing_and_takes_its_doer(events_in):
    found = events_in("Gunmen killed three soldiers and wounded five in an ambush near Zenda.")
    assert _told(found) == [("attack", ["Gunmen"], 3)]


def test_a_deed_named_after_its_town_takes_the_conjoined_clause_doer(events_in):
    found = events_in(
        "On 20 August the ZLF killed 8 soldiers and injured a further 28 in the Hofbau bus bombing."
    )
    assert _told(found) == [("bombing", ["the ZLF"], 8)]


def test_the_object_of_a_conjoined_verb_does_not_lend_it_the_shared_subject(events_in):
    """The gunship the insurgents shot down did the bombing, not the insurgents."""
    found = events_in(
        "Rebels destroyed two tanks and shot down a Ruritanian gunship, which bombed rebel "
        "positions near Zenda."
    )
    assert "Rebels" not in [
        p.text for e in found if e.event_type == "bombing" for p in e.perpetrators
    ]


def test_a_deed_named_by_a_word_before_it_keeps_it_when_the_clause_names_no_doer(events_in):
    found = events_in("A Ruritanian airstrike in Zenda had killed over 50 fighters.")
    assert [p.text for e in found for p in e.perpetrators] == ["Ruritanian"]
