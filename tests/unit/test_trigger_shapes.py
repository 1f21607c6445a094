"""A participle completing a passive verb ("was reported captured") acts on that verb's
subject: the town is what was captured, and the capture is a seizure of territory. A trigger
noun a number names ("Resolution 794") heads its phrase though spaCy makes it a modifier."""

from flows.extract.triggers import find_triggers


def test_a_town_reported_captured_is_a_territory_seizure(one_event):
    event = one_event("Kismayo was also reported captured on 1 June 2012.")
    assert (event.trigger, event.event_type) == ("captured", "territory_seizure")


def test_people_believed_kidnapped_are_a_kidnapping(one_event):
    event = one_event("Two engineers were believed seized near Gao on 3 May 2014.")
    assert (event.trigger, event.event_type) == ("seized", "kidnapping")


def test_a_participle_with_its_own_object_keeps_it(events_in):
    found = events_in("Troops were ordered to capture the town of Kudha on 3 March 2016.")
    assert all(e.event_type != "capture_arrest" for e in found)


def test_a_trigger_noun_a_number_names_is_the_head_not_a_modifier(resources):
    # spaCy heads "Resolution 794" on the number; the resolution is still what was passed
    doc = resources.nlp("Security Council Resolution 794 was passed on 3 December 1992.")
    found = [m for s in doc.sents for m in find_triggers(s, resources.lexicon)]
    assert [(m.text, m.event_type) for m in found] == [("Resolution", "political_event")]
