"""A paragraph whose only places are states acting, while it names another country more, is
set in no country: its deeds take neither the acting state's country nor the lede's."""


def _killing(events):
    return next(e for e in events if e.trigger.startswith("kill"))


def test_a_state_acting_among_a_more_named_country_sets_no_country(document_events):
    events = document_events(
        [
            "Ministers met in Kenya on Monday.",
            "The Ugandan government accused the rebels of killing 12 villagers in July. "
            "Uganda's army said the bodies were found in a grave. "
            "Tanzania has proposed joint patrols with Uganda.",
        ]
    )
    place = _killing(events).place
    assert place is None or place.country is None


def test_a_state_acting_alone_still_sets_its_paragraph(document_events):
    events = document_events(
        [
            "Ministers met in Kenya on Monday.",
            "The rebels were accused of killing 12 villagers in July. "
            "Tanzania has proposed joint patrols along the border.",
        ]
    )
    assert _killing(events).place.country == "TZ"
