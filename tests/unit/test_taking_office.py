"""A leader taking office is a political event whose actor is the one who took it, put in
office as one elected is (no head acting for the state)."""


def test_taking_office_is_a_political_event_of_the_one_who_took_it(one_event):
    ev = one_event("President Arnulf Kessler took office in March 2012.")
    assert ev.event_type == "political_event"
    assert [m.text for m in ev.perpetrators] == ["Arnulf Kessler"]
    assert ev.names_to_office  # not also the act of the state he leads


def test_taking_other_things_is_no_political_event(events_in):
    found = events_in("The rebels took control of the town in March 2012.")
    assert all(e.event_type != "political_event" for e in found)
