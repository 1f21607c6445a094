"""A participle completing a passive verb ("was reported captured") acts on that verb's
subject: the town is what was captured, and the capture is a seizure of territory."""


def test_a_town_reported_captured_is_a_territory_seizure(one_event):
    event = one_event("Baidoa was reported captured on 9 March 2011.")
    assert (event.trigger, event.event_type) == ("captured", "territory_seizure")


def test_people_believed_kidnapped_are_a_kidnapping(one_event):
    event = one_event("Two engineers were believed seized near Gao on 3 May 2014.")
    assert (event.trigger, event.event_type) == ("seized", "kidnapping")


def test_a_participle_with_its_own_object_keeps_it(events_in):
    found = events_in("Troops were ordered to capture the town of Kudha on 3 March 2016.")
    assert all(e.event_type != "capture_arrest" for e in found)


def test_a_named_building_seized_is_a_territory_seizure(one_event):
    """A name headed by a building's noun, which the tagger may read as an organisation's,
    is a place held: "seized the Government Palace" (facility_nouns, bases excepted)."""
    event = one_event("ZLF fighters seized the Government Palace in Strelsau on 3 May 2015.")
    assert (event.trigger, event.event_type) == ("seized", "territory_seizure")
