"""Phoenix non-state armed groups merged into the reviewed dictionary, which always wins."""

from flows.actor_dictionary import ActorDictionary, DictionaryActor
from flows.petrarch.actors import display_name, merge_petrarch_groups, merge_petrarch_states
from flows.petrarch.dictionary import DatedCode, PetrarchActor

WORDS = ["front", "army", "forces", "organization", "brigades", "group"]


def phoenix(name, *synonyms, country="CO", kind="nonstate_military"):
    return PetrarchActor(name, synonyms, (DatedCode("COLREB"),), country, kind, 1)


def reviewed(key, name, *aliases):
    actor = DictionaryActor(key, name, "armed_group", "SO", None, aliases, (), (), (), ())
    return ActorDictionary("1", {key: actor}, {})


def test_a_group_the_dictionary_lacks_is_added_with_its_acronym():
    merged = merge_petrarch_groups(
        reviewed("al_shabaab", "al-Shabaab"),
        [phoenix("REVOLUTIONARY ARMED FORCES OF COLOMBIA", "FARC", "FARC-EP")],
        WORDS,
    )
    farc = merged.actors["pet_revolutionary_armed_forces_of_colombia"]
    assert farc.name == "Revolutionary Armed Forces of Colombia"
    assert "FARC" in farc.aliases and farc.country == "CO" and farc.actor_type == "armed_group"
    assert merged.lookup("FARC") == ("pet_revolutionary_armed_forces_of_colombia",)


def test_the_reviewed_entry_wins_and_places_and_bare_words_are_no_names():
    merged = merge_petrarch_groups(
        reviewed("al_shabaab", "al-Shabaab", "Harakat al-Shabaab"),
        [
            phoenix("AL-SHABAAB", "YOUTH MOVEMENT", country="SO"),
            phoenix("ORGANIZATION"),
            phoenix("BOLIVIA ARMY", "BOLIVIA"),
            phoenix("DAGESTANI JAMAAT GROUP", "PARADISE"),
            phoenix("JOHN SMITH"),  # a person: Phoenix lists leaders too
        ],
        WORDS,
        places=frozenset({"bolivia"}),
    )
    added = {k: a for k, a in merged.actors.items() if k.startswith("pet_")}
    assert set(added) == {"pet_bolivia_army", "pet_dagestani_jamaat_group"}
    assert added["pet_bolivia_army"].aliases == ()
    assert added["pet_dagestani_jamaat_group"].aliases == ()


def test_display_names_read_as_written():
    assert display_name("UNITED SELF-DEFENSE FORCES OF COLOMBIA") == (
        "United Self-Defense Forces of Colombia"
    )
    assert display_name("KURDISTAN WORKERS PARTY PKK") == "Kurdistan Workers Party PKK"


def test_a_country_the_dictionary_has_no_state_for_is_added_as_a_state():
    nigeria = DictionaryActor("nigeria", "Nigeria", "state", "NG", None, (), (), (), (), ())
    dictionary = ActorDictionary("1", {"nigeria": nigeria}, {})
    countries = [
        PetrarchActor("COLOMBIA", ("BOGOTA", "COLOMBIAN"), (DatedCode("COL"),), "CO", "state", 1),
        PetrarchActor("NIGERIA", (), (DatedCode("NGA"),), "NG", "state", 2),
        PetrarchActor("ALVARO URIBE", (), (DatedCode("COLGOV"),), "CO", "state", 3),
    ]
    merged = merge_petrarch_states(dictionary, countries)
    added = {k: a for k, a in merged.actors.items() if k != "nigeria"}
    assert list(added) == ["pet_colombia"]
    colombia = added["pet_colombia"]
    assert (colombia.name, colombia.actor_type, colombia.country) == ("Colombia", "state", "CO")
    assert colombia.aliases == ()  # "Bogota" is a place, not a name of the state
