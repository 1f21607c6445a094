"""Places: gazetteer lookups (countries, curated regions, towns, provinces), demonyms, the
entity-ruler list, and the places named in a sentence."""

from __future__ import annotations

import pytest

from flows.extract.nlp.pipeline import load_model
from flows.extract.places.gazetteer import Gazetteer, Place
from flows.extract.places.named import places_in_sentence
from flows.extract.places.qualified import agree_with_qualifiers
from flows.settings import Settings


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(Settings().dictionaries_dir)


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.mark.parametrize(
    ("name", "canonical", "iso"),
    [
        ("Libya", "Libya", "LY"),
        ("Syria", "Syria", "SY"),
        ("Iran", "Iran", "IR"),
        ("Russia", "Russia", "RU"),
        ("Britain", "United Kingdom", "GB"),
        ("the United States", "United States", "US"),
        ("U.S.", "United States", "US"),
        ("Algeria's", "Algeria", "DZ"),
        ("Mali", "Mali", "ML"),
        ("Niger", "Niger", "NE"),
    ],
)
def test_countries_by_common_name(gazetteer, name, canonical, iso):
    assert gazetteer.lookup(name) == Place(canonical, iso, None, None, "country")


@pytest.mark.parametrize(
    ("name", "canonical", "iso"),
    [
        ("Kabylie", "Kabylie", "DZ"),
        ("the Sahel", "Sahel", None),
        ("Sahel", "Sahel", None),
        ("the Maghreb", "Maghreb", None),
        ("North Africa", "North Africa", None),
        ("Azawad", "Azawad", "ML"),
        ("the Arabian Peninsula", "Arabian Peninsula", None),
    ],
)
def test_curated_regions(gazetteer, name, canonical, iso):
    place = gazetteer.lookup(name)
    assert (place.name, place.country, place.geo_precision) == (canonical, iso, "region")
    assert place.latitude is not None and place.longitude is not None


@pytest.mark.parametrize(
    ("name", "canonical", "iso"),
    [
        ("Timbuktu", "Timbuktu", "ML"),
        ("Tombouctou", "Timbuktu", "ML"),
        ("Gao", "Gao", "ML"),
        ("Kidal", "Kidal", "ML"),
        ("Ménaka", "Ménaka", "ML"),
        ("Menaka", "Ménaka", "ML"),
        ("Benghazi", "Benghazi", "LY"),
        ("Derna", "Darnah", "LY"),
        ("Awbari", "Ubari", "LY"),
        ("Tamanrasset", "Tamanghasset", "DZ"),
        ("In Amenas", "In Amenas", "DZ"),
        ("In Aménas", "In Amenas", "DZ"),
        ("Aguelhoc", "Aguelhok", "ML"),
    ],
)
def test_towns_and_their_spelling_variants(gazetteer, name, canonical, iso):
    place = gazetteer.lookup(name)
    assert (place.name, place.country, place.geo_precision) == (canonical, iso, "city")
    assert place.latitude is not None


def test_ambiguous_town_goes_to_the_context_country_else_the_most_populous(gazetteer):
    assert gazetteer.lookup("Tripoli").country == "LY"
    assert gazetteer.lookup("Tripoli", ["LB"]).country == "LB"


def test_a_world_city_beats_a_village_of_its_name_in_the_context_country(gazetteer):
    # "the Berlin talks between the envoys and the rebels": not Berlin, New Hampshire
    assert gazetteer.lookup("Berlin", ["US"]).country == "DE"
    assert gazetteer.lookup("Tripoli", ["LB"]).country == "LB"  # a city of its own
    # a city of hundreds of thousands, not only of millions: not Belfast, Maine
    assert gazetteer.lookup("Belfast", ["US"]).country == "GB"


def test_a_province_of_the_text_s_country_beats_a_bigger_town_elsewhere(gazetteer):
    # "the Indonesian island of Bali": Bali province, not the town of Bali in India
    bali = gazetteer.lookup("Bali", ["ID"])
    assert (bali.country, bali.geo_precision) == ("ID", "region")


def test_facility_takes_its_towns_point(gazetteer):
    facility, town = gazetteer.lookup("Tiguentourine"), gazetteer.lookup("In Amenas")
    assert facility.name == "Tiguentourine"
    assert (facility.latitude, facility.longitude, facility.geo_precision) == (
        town.latitude,
        town.longitude,
        "city",
    )


def test_a_province_beats_a_small_town_known_by_its_name_only_as_an_alias(gazetteer):
    place = gazetteer.lookup("Sabah", ["MY", "PH"])
    assert (place.name, place.country, place.geo_precision) == ("Sabah", "MY", "region")
    assert gazetteer.lookup("Tombouctou", ["ML"]).geo_precision == "city"  # a large town stays


def test_province_beats_a_small_town_abroad(gazetteer):
    place = gazetteer.lookup("Borno")
    assert (place.country, place.geo_precision, place.latitude) == ("NG", "region", None)


def test_unknown_name(gazetteer):
    assert gazetteer.lookup("Qwxzzyville") is None
    assert gazetteer.lookup("") is None


@pytest.mark.parametrize(
    ("word", "iso"),
    [
        ("Algerian", "DZ"),
        ("Algerians", "DZ"),
        ("French", "FR"),
        ("Malian", "ML"),
        ("Nigerien", "NE"),
        ("Nigerian", "NG"),
        ("Yemeni", "YE"),
        ("Americans", "US"),
        ("U.S.", "US"),
        ("British", "GB"),
        ("Somali", "SO"),
        ("Saudi", "SA"),
        ("Norwegian", "NO"),
        ("Sahrawi", "EH"),
        ("Klingon", None),
    ],
)
def test_country_of_demonym(gazetteer, word, iso):
    assert gazetteer.country_of_demonym(word) == iso


def test_place_names_for_the_entity_ruler(gazetteer):
    names = dict(gazetteer.place_names())
    assert names["Libya"] == "GPE" and names["Mali"] == "GPE" and names["Gao"] == "GPE"
    assert names["Kabylie"] == "LOC" and names["Sahel"] == "LOC"
    assert names["In Amenas"] == "GPE" and names["Tiguentourine"] == "FAC"
    assert "Umm Qasr" in names  # plain-ASCII spelling of Umm Qaşr
    assert "U.S." not in names and "US" not in names
    assert not [n for n in names if n.lower().startswith("the ")]
    assert 1000 < len(names) < 10000


def test_place_names_hold_no_common_english_verbs_or_adjectives(gazetteer, nlp):
    """Town names the ruler would tag in ordinary prose ("Springs", "Rich", "Tank") must be
    in places.yaml's ruler_exclude; the model's WordNet index tells which words those are."""
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    common = {w for pos in ("verb", "adj", "adv") for w in index[pos]}
    towns = [n for n, label in gazetteer.place_names() if label == "GPE"]
    towns = [n for n in towns if gazetteer.lookup(n).geo_precision == "city"]
    clashes = [n for n in towns if n.lower() in common or n.lower().removesuffix("s") in common]
    # a city of a million people is meant by its name ("Shanghai"), whatever the verb
    assert [n for n in clashes if (gazetteer.town_population(n) or 0) < 1_000_000] == []


def places(nlp, gazetteer, text: str, context=()):
    doc = nlp(text)
    return [
        (doc.text[start:end], place.name, place.country, place.geo_precision)
        for place, start, end in places_in_sentence(doc[:], gazetteer, context)
    ]


def test_city_and_country(nlp, gazetteer):
    text = "Reports tied it to the raid on the French consulate in Misrata, Libya, on 4/7/13."
    assert places(nlp, gazetteer, text) == [
        ("Misrata", "Misratah", "LY", "city"),
        ("Libya", "Libya", "LY", "country"),
    ]


def test_towns_the_model_tags_as_people(nlp, gazetteer):
    text = (
        "The rebels and their Tuareg allies seized a wide area of northern Mali that held "
        "the towns of Menaka, Gao, and Kidal."
    )
    assert places(nlp, gazetteer, text) == [
        ("northern Mali", "northern Mali", "ML", "region"),
        ("Menaka", "Ménaka", "ML", "city"),
        ("Gao", "Gao", "ML", "city"),
        ("Kidal", "Kidal", "ML", "city"),
    ]


def test_curated_name_the_parser_splits(nlp, gazetteer):
    text = "A convoy near the town of Sabha, which lies east of In Amenas, was stopped."
    assert places(nlp, gazetteer, text) == [
        ("Sabha", "Sabha", "LY", "city"),
        ("In Amenas", "In Amenas", "DZ", "city"),
    ]


def test_facility_named_with_its_town(nlp, gazetteer):
    text = "The siege of the Algerian In Amenas gas facility by gunmen drew wide condemnation."
    (_, name, iso, precision), *_ = places(nlp, gazetteer, text)
    assert (name, iso, precision) == ("Tiguentourine", "DZ", "city")


def test_nationality_on_a_place_noun(nlp, gazetteer):
    text = "Gunmen raided a pumping station in the Algerian desert."
    assert places(nlp, gazetteer, text) == [("Algerian desert", "Algerian desert", "DZ", "region")]


def test_country_as_a_modifier_is_not_a_location(nlp, gazetteer):
    text = "The group said a U.S. drone strike early this week wounded its spokesman."
    assert places(nlp, gazetteer, text) == []


def test_country_named_in_the_sentence_settles_an_ambiguous_town(nlp, gazetteer):
    text = "Hezbollah fighters clashed with Sunni militants in Tripoli, Lebanon."
    assert places(nlp, gazetteer, text)[0][1:3] == ("Tripoli", "LB")


def test_document_context_settles_an_ambiguous_town(nlp, gazetteer):
    text = "Militias clashed in Tripoli."
    assert places(nlp, gazetteer, text, context=["LB"])[0][1:3] == ("Tripoli", "LB")


def test_curated_region_with_its_generic_noun(nlp, gazetteer):
    text = "Fighters hiding in the Kabylie region of Algeria got supplies."
    assert places(nlp, gazetteer, text) == [
        ("Kabylie region", "Kabylie", "DZ", "region"),
        ("Algeria", "Algeria", "DZ", "country"),
    ]


def test_entity_ruler_from_place_names_tags_mali_and_gao(gazetteer):
    nlp = load_model()
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(
        [{"label": label, "pattern": name} for name, label in gazetteer.place_names()]
    )
    doc = nlp("The towns of Gao and Kidal in northern Mali fell near In Amenas.")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels["Gao"] == labels["Kidal"] == labels["Mali"] == labels["In Amenas"] == "GPE"


def test_country_as_a_subject_is_an_actor(nlp, gazetteer):
    text = "France intervened with airstrikes in Mali."
    assert [p[0] for p in places(nlp, gazetteer, text)] == ["Mali"]


def test_the_west_is_not_a_town(nlp, gazetteer):
    assert gazetteer.lookup("the West") is None
    text = "AQAP started targeting the West with direct attacks."
    assert places(nlp, gazetteer, text) == []


def test_an_acronym_after_in_is_an_organisation(nlp, gazetteer):
    text = "Some in the GIA feared the harm its killings were doing."
    assert places(nlp, gazetteer, text) == []


def test_small_town_abroad_is_not_reached_through_an_alternate_name(gazetteer):
    floor = gazetteer.settings["gazetteer"]["alternate_name_min_population"]
    candidates = gazetteer.towns.candidates("gia")  # Chía, Spain (114 people) is one
    assert any(town.population < floor for town, _ in candidates)
    assert gazetteer.towns.best("gia") is None


@pytest.mark.parametrize(
    "text", ["A U.S. raid killed him in May 2011.", "In March 2009 it attacked a British base."]
)
def test_a_month_is_no_town_of_that_name(nlp, gazetteer, text):
    # "May" is an alternate name of Mayville (US), "March" a town in England
    assert places(nlp, gazetteer, text, ("US", "GB")) == []


@pytest.mark.parametrize(
    ("name", "iso"),
    [("Java", "ID"), ("Mindanao", "PH"), ("Lower Shabelle", "SO"), ("Galgaduud", "SO")],
)
def test_islands_and_regions_no_administrative_list_holds(gazetteer, name, iso):
    place = gazetteer.lookup(name)
    assert (place.country, place.geo_precision) == (iso, "region")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Near Tal Afar, one strike destroyed a fighting position.", "Tal Afar"),  # a PERSON
        ("Near Makhmur, one strike destroyed a fighting position.", "Makhmur"),  # no entity
    ],
)
def test_a_town_after_an_opening_preposition_read_as_part_of_its_name(nlp, gazetteer, text, town):
    # the tagger takes a capitalised "Near" opening the sentence for part of the name after it
    found = places(nlp, gazetteer, text, ("IQ",))
    assert [(surface, country) for surface, _, country, _ in found] == [(town, "IQ")]


def test_a_name_before_a_word_for_a_division_is_a_place_whatever_its_tag(nlp, gazetteer):
    # the small model tags "Lanao del Sur" an organisation; "province" says what it is
    text = "Marines launched a sweep in the uplands of Lanao del Sur province."
    assert places(nlp, gazetteer, text) == [("Lanao del Sur", "Lanao del Sur", "PH", "region")]


def test_a_county_after_a_town_is_no_second_place_abroad(nlp, gazetteer):
    # "Tyrone" alone is a town in Pennsylvania; after "Strabane," and "County" it says which
    # county Strabane is in, so it is no second place
    doc = nlp("Two rifles were found near a farm in Strabane, County Tyrone.")
    town, county = doc[8:9], doc[11:12]
    found = [
        (Place("Strabane", "GB", None, None, "city"), town),
        (Place("Tyrone", "US", None, None, "city"), county),
    ]
    kept = agree_with_qualifiers(found, gazetteer, frozenset({"county"}))
    assert [(place.name, place.country) for place, _ in kept] == [("Strabane", "GB")]


def test_a_list_of_towns_keeps_each_town(nlp, gazetteer):
    text = "Bombs exploded in Paris, Brussels and London."
    found = places(nlp, gazetteer, text)
    assert [country for _, _, country, _ in found] == ["FR", "BE", "GB"]


def test_a_town_is_looked_up_in_the_region_written_after_it(nlp, gazetteer):
    # Birmingham alone is the English city, Hyderabad the Indian one
    found = places(nlp, gazetteer, "A bomb exploded in a church in Birmingham, Alabama, in 1963.")
    assert [(name, country) for _, name, country, _ in found][0] == ("Birmingham", "US")
    found = places(nlp, gazetteer, "Protesters gathered in Hyderabad, Sindh.")
    assert [(name, country) for _, name, country, _ in found][0] == ("Hyderabad", "PK")


@pytest.mark.parametrize(
    "text",
    [
        "His car came under fire at a checkpoint near Khan al-Subul.",
        "The convoy was ambushed near Khan al Subul.",
    ],
)
def test_no_part_of_a_name_an_article_joins_is_a_town_of_its_own(nlp, gazetteer, text):
    # GeoNames knows no Khan al-Subul; its "Khan" is Haan, Germany (an alternate name)
    assert all(country != "DE" for _, _, country, _ in places(nlp, gazetteer, text))


def test_a_name_the_article_opens_is_looked_up_without_it(nlp, gazetteer):
    found = places(nlp, gazetteer, "The SDF captured the nearby city of al-Thawrah.", ["SY"])
    assert [(country, precision) for _, _, country, precision in found] == [("SY", "city")]


def test_no_part_of_a_name_an_ezafe_joins_is_a_town_of_its_own(nlp, gazetteer):
    # in a story naming the U.S. too, where "Pol" would be Paul, Idaho
    text = "Taliban fighters took over buildings in Sar-e Pol."
    found = places(nlp, gazetteer, text, ["AF", "US"])
    assert all(country == "AF" for _, _, country, _ in found)


def test_a_name_the_parser_cut_at_its_article_is_looked_up_whole(nlp, gazetteer):
    found = places(nlp, gazetteer, "Taliban fighters took over buildings in Sar-e Pol.", ["AF"])
    assert [(text, country) for text, _, country, _ in found] == [("Sar-e Pol", "AF")]


def test_a_town_abroad_named_only_by_an_alternate_keeps_the_texts_name_not_its_country(
    nlp, gazetteer
):
    # "Haran" is one of Harran's (Turkey) GeoNames alternates; in a story on Syria it is a
    # village the gazetteer does not hold
    found = places(nlp, gazetteer, "The SDF captured the villages of Wahid and Haran.", ["SY"])
    assert [(text, name, country) for text, name, country, _ in found] == [("Haran", "Haran", None)]
    # a town of the text's own country, or one named by its own name, is kept
    found = places(nlp, gazetteer, "Rebels attacked Sabratha.", ["LY"])
    assert [country for _, _, country, _ in found] == ["LY"]
    # a city of millions keeps its exonyms abroad
    found = places(nlp, gazetteer, "The plotters met in Bombay.", ["PK"])
    assert [(name, country) for _, name, country, _ in found] == [("Mumbai", "IN")]
