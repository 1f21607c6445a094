"""A state's act told with no one named is the state's, where the country is known; a coup is
its army's."""

from flows.extract.places.named import Place
from flows.resolve.state_acts import acting_state_place, officers_army, unsaid_state, vouched_place

BALI = Place("Bali", "ID", -8.4, 115.2, "region")
ISLAMABAD = Place("Islamabad", "PK", 33.7, 73.0, "city")
STATES = {"ID": "indonesia", "PK": "pakistan"}
ARMIES = {"PK": "pk_armed_forces"}


def _home(states: list[str]) -> str | None:
    """The one country of these states, as the resolver's home_country gives it."""
    return "PK" if states == ["pakistan"] else None


def test_a_conviction_with_no_one_named_is_the_state_s_where_it_happened():
    assert unsaid_state("political_event", BALI, STATES, ARMIES) == ["indonesia"]


def test_a_coup_with_no_one_named_is_the_army_s_of_its_country():
    assert unsaid_state("coup", ISLAMABAD, STATES, ARMIES) == ["pk_armed_forces"]
    assert unsaid_state("coup", BALI, STATES, ARMIES) == []  # no army known: no guess


def test_the_state_where_an_agreement_was_signed_is_no_party_to_it():
    # "a peace agreement was signed in Strelsau": a venue, not the state's act
    assert unsaid_state("political_event", BALI, STATES, ARMIES, venue=True) == []


def test_the_venue_words_are_the_dictionary_s():
    from pathlib import Path

    from flows.resolve.actor_records import load_coref_cues

    cues = load_coref_cues(Path(__file__).resolve().parents[2] / "dictionaries")
    assert {"agreement", "signed", "talks"} <= cues.venue_acts
    assert "convicted" not in cues.venue_acts


def test_no_state_is_guessed_without_a_country_or_for_other_deeds():
    assert unsaid_state("political_event", None, STATES, ARMIES) == []
    unknown = Place("", "XX", None, None, "country")
    assert unsaid_state("political_event", unknown, STATES, ARMIES) == []
    assert unsaid_state("capture_arrest", BALI, STATES, ARMIES) == []
    assert unsaid_state("attack", BALI, STATES, ARMIES) == []


def test_a_state_s_act_placed_nowhere_is_where_the_acting_state_is():
    guessed = Place("", "LY", None, None, "country")  # the paragraph's country
    assert acting_state_place("political_event", guessed, "GB").country == "GB"
    assert acting_state_place("political_event", None, "GB").country == "GB"
    assert acting_state_place("political_event", BALI, "GB") == BALI  # a place named stays
    assert acting_state_place("attack", guessed, "GB") == guessed
    assert acting_state_place("political_event", guessed, None) == guessed


def test_an_act_of_international_bodies_only_takes_no_guessed_country():
    guessed = Place("", "SO", None, None, "country")  # the paragraph's country
    assert acting_state_place("political_event", guessed, None, international=True) is None
    assert acting_state_place("political_event", BALI, None, international=True) == BALI
    assert acting_state_place("political_event", guessed, "GB", international=True).country == (
        "GB"
    )


def test_a_coup_led_by_named_officers_is_also_their_army_s():
    officer = [("new-x", "person")]
    assert officers_army("coup", ISLAMABAD, officer, ARMIES, _home) == [
        "new-x",
        "pk_armed_forces",
    ]
    with_force = [*officer, ("pk_armed_forces", "state_force")]
    assert officers_army("coup", ISLAMABAD, with_force, ARMIES, _home) == [
        "new-x",
        "pk_armed_forces",
    ]
    assert officers_army("coup", BALI, officer, ARMIES, _home) == ["new-x"]  # no army known
    assert officers_army("political_event", ISLAMABAD, officer, ARMIES, _home) == ["new-x"]
    assert officers_army("coup", ISLAMABAD, [], ARMIES, _home) == []  # unsaid_state's case
    junta = [("new-military_council", "organization")]
    assert officers_army("coup", ISLAMABAD, junta, ARMIES, _home) == [
        "new-military_council",
        "pk_armed_forces",
    ]


def test_the_state_seized_in_a_coup_is_no_doer_of_it_its_army_is():
    state = [("pakistan", "state")]
    assert officers_army("coup", None, state, ARMIES, _home) == ["pk_armed_forces"]
    led = [("pakistan", "state"), ("new-x", "person")]
    assert officers_army("coup", ISLAMABAD, led, ARMIES, _home) == ["new-x", "pk_armed_forces"]


def _political(start: int, place: Place | None):
    from flows.resolve.resolved_mention import ResolvedMention

    return ResolvedMention(
        "doc", "political_event", "elected", start, start + 10, "quote", None, "asserted",
        None, place, None, None, None,
    )  # fmt: skip


def test_a_political_act_no_state_did_is_not_published_in_the_most_named_country():
    sure = Place("", "SO", None, None, "country")
    guessed = Place("", "SO", None, None, "country", outvoted=True)  # most named of several
    unsure = [_political(0, guessed)]
    assert vouched_place(unsure, guessed) is None
    # a state's act, or a place the text names, or a mention the guess is not all of, stays
    assert vouched_place([_political(0, sure)], sure) == sure
    assert vouched_place(unsure, BALI) == BALI
    both = [*unsure, _political(50, sure)]
    assert vouched_place(both, guessed) == guessed


def test_only_a_political_act_s_guessed_country_can_be_outvoted():
    from types import SimpleNamespace

    from flows.extract.places.events import outvoted_place

    guessed = Place("", "SO", None, None, "country")
    act = SimpleNamespace(event_type="political_event", place=guessed)
    assert outvoted_place(act, paragraph_outvotes=True).outvoted
    # the paragraph names that one country
    assert not outvoted_place(act, paragraph_outvotes=False).outvoted
    assert not outvoted_place(
        SimpleNamespace(event_type="political_event", place=BALI), True
    ).outvoted
    assert not outvoted_place(SimpleNamespace(event_type="attack", place=guessed), True).outvoted
    assert outvoted_place(SimpleNamespace(event_type="attack", place=None), True) is None
