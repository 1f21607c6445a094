"""An event the text places nowhere is placed, as a guess, in the document's main country."""

from flows.extract.places.named import Place
from flows.resolve.merged_fields import merged_place
from flows.resolve.resolved_mention import ResolvedMention
from flows.resolve.state_acts import home_in_document_country


def _mention(start: int, event_type: str = "attack", country: str | None = None, home=None):
    place = Place("Town", country, None, None, "city") if country else None
    return ResolvedMention(
        "doc",
        event_type,
        "attacked",
        start,
        start + 10,
        "quote",
        None,
        "asserted",
        None,
        place,
        None,
        None,
        None,
        home_country=home,
    )


def test_an_unplaced_deed_takes_the_country_most_deeds_of_its_document_are_in():
    found = [_mention(0, country="ML"), _mention(50, country="NE"), _mention(90, country="NE")]
    unplaced = _mention(200)
    home_in_document_country([*found, unplaced])
    assert merged_place([unplaced]).country == "NE"
    assert merged_place([unplaced]).geo_precision == "country"
    assert unplaced.place is None  # a guess: no place the text names


def test_on_a_tie_the_country_named_first_wins_and_a_home_is_kept():
    found = [_mention(90, country="NE"), _mention(10, country="ML")]
    unplaced, homed = _mention(200), _mention(300, home="BF")
    home_in_document_country([*found, unplaced, homed])
    assert (unplaced.home_country, homed.home_country) == ("ML", "BF")


def test_a_state_s_act_and_a_document_with_no_place_get_no_guess():
    act = _mention(200, event_type="political_event")
    home_in_document_country([_mention(0, country="ML"), act])
    assert act.home_country is None
    lone = _mention(0)
    home_in_document_country([lone])
    assert lone.home_country is None


def test_deeds_placed_only_by_their_actors_homes_still_give_the_document_its_country():
    found = [_mention(0, home="SO"), _mention(50, home="SO"), _mention(90, home="KE")]
    unplaced = _mention(200)
    home_in_document_country([*found, unplaced])
    assert merged_place([unplaced]).country == "SO"


def test_a_town_no_gazetteer_knows_is_placed_in_the_document_s_country():
    unknown_town = _mention(200)
    unknown_town.place = Place("Kalla", None, None, None, "city")
    home_in_document_country([_mention(0, country="NG"), unknown_town])
    place = merged_place([unknown_town])
    assert (place.name, place.country, place.geo_precision) == ("Kalla", "NG", "city")


def test_a_region_spanning_countries_takes_no_guessed_country():
    region = _mention(200)
    region.place = Place("East Africa", None, None, None, "region")
    home_in_document_country([_mention(0, country="KE"), region])
    assert merged_place([region]).country is None
