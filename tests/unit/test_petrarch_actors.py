"""Phoenix non-state armed groups merged into the reviewed dictionary, which always wins."""

from flows.knowledge.actor_dictionary import ActorDictionary, DictionaryActor
from flows.knowledge.petrarch.actors import (
    display_name,
    merge_petrarch_groups,
    merge_petrarch_states,
)
from flows.knowledge.petrarch.dictionary import DatedCode, PetrarchActor

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


def test_joint_names_transliterations_and_articles_are_cased_as_written():
    """PETRARCH's joint entries, a transliteration's inner links and the Arabic article inside
    a name: 'A/B' both capitalised, 'Lashkar-e-', 'Abu al-'; an opening article stays."""
    assert display_name("ZENDA DEFENCE ASSOCIATION/ZENDA FREEDOM FIGHTERS") == (
        "Zenda Defence Association/Zenda Freedom Fighters"
    )
    assert display_name("LASHKAR-E-ZENDA") == "Lashkar-e-Zenda"
    assert display_name("HIZB-UL-ZENDA") == "Hizb-ul-Zenda"
    assert display_name("ABU AL-ZENDA") == "Abu al-Zenda"
    assert display_name("AL-ZENDA BRIGADES") == "Al-Zenda Brigades"
    assert display_name("ABU 'AZIZ") == "Abu 'Aziz"


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


def test_a_name_two_groups_share_is_an_alias_the_context_must_settle():
    merged = merge_petrarch_groups(
        reviewed("al_shabaab", "al-Shabaab"),
        [
            phoenix("NATIONAL LIBERATION ARMY (BOLIVIA)", "ELN-B", country="BO"),
            phoenix("NATIONAL LIBERATION ARMY (COLOMBIA)", country="CO"),
        ],
        WORDS,
        places=frozenset({"bolivia", "colombia"}),
    )
    colombian = merged.actors["pet_national_liberation_army_co"]
    assert (colombian.name, colombian.country) == ("National Liberation Army", "CO")
    assert set(merged.lookup("National Liberation Army")) == {
        "pet_national_liberation_army_co",
        "pet_eln_b",
    }
    assert merged.lookup("ELN-B") == ("pet_eln_b",)
    # a shared name is no name for a ruler, which cannot weigh the context
    assert "National Liberation Army" not in {form for form, _ in merged.surface_forms()}


def test_a_shared_name_whose_other_holder_was_left_out_names_no_one():
    merged = merge_petrarch_groups(
        reviewed("eln", "Ejercito de Liberacion Nacional", "ELN"),
        [
            phoenix("NATIONAL LIBERATION ARMY (COLOMBIA)", "ELN", country="CO"),
            phoenix("NATIONAL LIBERATION ARMY (BOLIVIA)", country="BO"),
        ],
        WORDS,
        places=frozenset({"bolivia", "colombia"}),
    )
    assert merged.lookup("National Liberation Army") == ()
    assert not [k for k in merged.actors if k.startswith("pet_")]


def test_a_country_file_s_rebels_are_armed_groups_by_their_own_name_only():
    """Phoenix.Countries lists a country's rebels among its state actors ([RURREB]); with an
    organisation word they are armed groups of that country, their commanders (the entry's
    synonyms) left out; the state's own officials and anything the armed actors' file already
    names are not added."""
    rebels = PetrarchActor(
        "FREE RURITANIAN ARMY", ("RUDOLF RASSENDYLL",), (DatedCode("RURREB"),), "RU", "state", 1
    )
    official = PetrarchActor("ZENDA FRONT", (), (DatedCode("RURGOV"),), "RU", "state", 2)
    twice = PetrarchActor("RED HAND FRONT", (), (DatedCode("RURREB"),), "RU", "state", 3)
    merged = merge_petrarch_groups(
        reviewed("al_shabaab", "al-Shabaab"),
        [rebels, official, twice, phoenix("RED HAND FRONT", country="RU")],
        WORDS,
        rebel_sectors=frozenset({"REB"}),
    )
    added = {k: a for k, a in merged.actors.items() if k.startswith("pet_")}
    assert set(added) == {"pet_free_ruritanian_army", "pet_red_hand_front"}
    army = added["pet_free_ruritanian_army"]
    assert (army.actor_type, army.country, army.aliases) == ("armed_group", "RU", ())
    assert merged.lookup("Rudolf Rassendyll") == ()


def test_a_name_coded_only_as_rebels_is_a_group_matched_as_written():
    """Phoenix's armed actors' file codes groups whose names hold no organisation word ("SHINING
    PATH" [PERREB]) as a country's rebels, and the people it lists by a militant group's code;
    such a group is added, but its ordinary words must match in their written case. Names
    holding a number are dates in running text, a kunya a person."""
    merged = merge_petrarch_groups(
        reviewed("al_shabaab", "al-Shabaab"),
        [
            phoenix("GREEN LANTERN (GL)", country="RU"),
            PetrarchActor(
                "RUPERT HENTZAU", (), (DatedCode("IMGMUSALQ"),), None, "nonstate_military", 2
            ),
            phoenix("MAY 15", country="RU"),
            phoenix("ABU ZENDA", country="RU"),
            phoenix("STRELSAU FRONT", country="RU"),
        ],
        WORDS,
        rebel_sectors=frozenset({"REB"}),
    )
    added = {k: a for k, a in merged.actors.items() if k.startswith("pet_")}
    assert set(added) == {"pet_green_lantern", "pet_strelsau_front"}
    assert added["pet_green_lantern"].exact_case
    assert added["pet_green_lantern"].aliases == ()  # "GL": two letters are a word's
    assert not added["pet_strelsau_front"].exact_case
