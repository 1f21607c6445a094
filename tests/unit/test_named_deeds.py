"""A deed noun named after its site ("the Hofbau bus bombing") takes its doers from the clause it
is the setting of, not from the unknown name in front of it."""


def _doers(found, event_type):
    return [[p.text for p in e.perpetrators] for e in found if e.event_type == event_type]


def test_the_clause_a_named_deed_is_set_in_names_its_doer(events_in):
    found = events_in(
        "On 20 August the ZLF killed 8 soldiers and injured a further 28 in the Hofbau bus bombing."
    )
    assert _doers(found, "bombing") == [["the ZLF"]]


def test_a_doer_the_dictionary_knows_keeps_the_deed_named_after_it(events_in):
    found = events_in("Gunmen killed two policemen in the al-Shabaab bombing in Strelsau.")
    assert _doers(found, "bombing") == [["al-Shabaab"]]


def test_a_site_a_deed_is_named_after_does_not_do_its_killing(events_in):
    found = events_in("The Zenda Bank bombing in Strelsau on Tuesday killed 12 people.")
    assert _doers(found, "bombing") == [[]]


def test_a_deed_with_a_doer_of_its_own_keeps_it_when_it_kills(events_in):
    found = events_in("The ZLF bombing in Strelsau on Tuesday killed 12 people.")
    assert _doers(found, "bombing") == [["ZLF"]]
