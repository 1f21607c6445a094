"""A state's act told with no one named is the state's, where the country is known."""

from flows.assemble import unsaid_state
from flows.extract.places import Place

BALI = Place("Bali", "ID", -8.4, 115.2, "region")
STATES = {"ID": "indonesia"}


def test_a_conviction_with_no_one_named_is_the_state_s_where_it_happened():
    assert unsaid_state("political_event", BALI, STATES) == ["indonesia"]


def test_no_state_is_guessed_without_a_country_or_for_other_deeds():
    assert unsaid_state("political_event", None, STATES) == []
    assert unsaid_state("political_event", Place("", "XX", None, None, "country"), STATES) == []
    assert unsaid_state("capture_arrest", BALI, STATES) == []
    assert unsaid_state("attack", BALI, STATES) == []
