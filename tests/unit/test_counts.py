"""Casualty counts: number phrases, and which numbers of a sentence count the dead, the
injured and hostages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.extract.counts import Casualties, Count, extract_casualties, parse_quantity
from flows.extract.nlp.pipeline import load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("33", 33, "exact"),
        ("1,200", 1200, "exact"),
        ("thirty-eight", 38, "exact"),
        ("three hundred and twenty", 320, "exact"),
        ("1.5 million", 1_500_000, "exact"),
        ("more than 200", 200, "more_than"),
        ("over 40", 40, "more_than"),
        ("at least three", 3, "at_least"),
        ("as many as three hundred", 300, "up_to"),
        ("up to 50", 50, "up_to"),
        ("fewer than ten", 10, "at_most"),
        ("some 500", 500, "about"),
        ("nearly 40", 40, "about"),
        ("a dozen", 12, "about"),
        ("two dozen", 24, "about"),
        ("more than a dozen", 12, "more_than"),
        # a range is its lower bound, at_least
        ("two to four", 2, "at_least"),
        ("10-15", 10, "at_least"),
        ("between 10 and 15", 10, "at_least"),
        ("two or three", 2, "at_least"),
        # vague quantities take the conventional floors of quantities.yaml: a plural multiple
        # is at least two of it
        ("dozens", 24, "at_least"),
        ("hundreds", 200, "at_least"),
        ("several hundred", 200, "at_least"),
        ("tens of thousands", 20_000, "at_least"),
        ("several", 10, "at_least"),
        ("No one", 0, "exact"),
        # more of the same is itself exact ("injured a further 28")
        ("a further 28", 28, "exact"),
        ("another twelve", 12, "exact"),
        ("an additional 40", 40, "exact"),
    ],
)
def test_parse_quantity(text, value, qualifier):
    assert parse_quantity(text) == Count(value=value, qualifier=qualifier, text=text)


@pytest.mark.parametrize("text", ["", "the", "a", "people", "more than", "some"])
def test_words_without_a_number_are_not_a_quantity(text):
    assert parse_quantity(text) is None


@given(st.text(max_size=60))
@settings(max_examples=500, deadline=None)
def test_parse_quantity_never_raises_and_is_never_negative(text):
    count = parse_quantity(text)
    assert count is None or count.value >= 0


NUMBER_WORDS = st.sampled_from(
    [
        "more",
        "than",
        "at",
        "least",
        "as",
        "many",
        "some",
        "two",
        "to",
        "four",
        "-",
        "and",
        "hundred",
        "dozen",
        "a",
        "dozens",
        "thirty",
        "eight",
        "million",
        "between",
        "or",
    ]
)


@given(st.lists(st.one_of(NUMBER_WORDS, st.integers(0, 10**6).map(str)), max_size=6))
@settings(max_examples=500, deadline=None)
def test_number_like_phrases_never_raise(words):
    count = parse_quantity(" ".join(words))
    assert count is None or count.value >= 0


def casualties(nlp, text: str) -> dict[str, tuple[int, str] | None]:
    result: Casualties = extract_casualties(nlp(text)[:])
    return {
        kind: None if count is None else (count.value, count.qualifier)
        for kind, count in vars(result).items()
    }


def test_killed_and_injured_in_one_clause(nlp):
    text = (
        "On March 4, 2010, the group carried out twin truck bombings in Mosul, "
        "killing 27 people and wounding more than 140 (Figure 3)."
    )
    assert casualties(nlp, text) == {
        "killed": (27, "exact"),
        "injured": (140, "more_than"),
        "hostages": None,
    }


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The blast left 12 dead.", (12, "exact"), None),
        ("The blast left 12 dead and 30 wounded.", (12, "exact"), (30, "exact")),
        ("The raid caused 7 fatalities.", (7, "exact"), None),
    ],
)
def test_a_number_on_a_word_for_the_dead_or_hurt_counts_them(nlp, text, killed, injured):
    found = casualties(nlp, text)
    assert (found["killed"], found["injured"]) == (killed, injured)


def test_hostages_who_died_count_as_killed_and_as_hostages(nlp):
    text = (
        "It raided an oil depot in the Libyan desert in which 17 foreign hostages "
        "— including two Canadians — died."
    )
    assert casualties(nlp, text) == {
        "killed": (17, "exact"),
        "injured": None,
        "hostages": (17, "exact"),
    }


def test_taking_tourists_hostage(nlp):
    text = "He led a bold abduction, taking 19 foreign engineers hostage in eastern Niger."
    assert casualties(nlp, text)["hostages"] == (19, "exact")


def test_as_many_as_is_an_upper_bound(nlp):
    text = "The army said it had killed as many as two hundred rebels."
    assert casualties(nlp, text)["killed"] == (200, "up_to")


def test_captured_or_killed_counts_as_killed_about(nlp):
    text = "The Malian army also captured or killed some 400 insurgents."
    assert casualties(nlp, text) == {"killed": (400, "about"), "injured": None, "hostages": None}


@pytest.mark.parametrize(
    "text",
    [
        "Three jets dropped two to six 250-pound bombs.",
        "The closing of more than 15 consulates across the country was a warning.",
        "The Somali group has tried at least four attacks on Kenyan soil.",
        "He planned one of the boldest kidnapping episodes in the country's history.",
        "Many Europeans first heard of the group then.",
        "Over the course of about six years we spent ten times as much money on it.",
    ],
)
def test_numbers_that_do_not_count_casualties(nlp, text):
    assert casualties(nlp, text) == {"killed": None, "injured": None, "hostages": None}


def test_vague_quantity_takes_its_conventional_floor(nlp):
    assert casualties(nlp, "Dozens were killed in the attack.")["killed"] == (24, "at_least")


def test_perpetrators_are_not_counted_as_killed(nlp):
    assert casualties(nlp, "Five militants killed two policemen.")["killed"] == (2, "exact")


def test_passive_and_elided_passive(nlp):
    text = "At least 12 people were killed and 40 wounded in the blast."
    assert casualties(nlp, text) == {
        "killed": (12, "at_least"),
        "injured": (40, "exact"),
        "hostages": None,
    }


def test_coordinated_victims_are_added(nlp):
    assert casualties(nlp, "Gunmen killed five soldiers and three civilians.")["killed"] == (
        8,
        "exact",
    )


def test_predicate_dead(nlp):
    assert casualties(nlp, "The bomb left 20 people dead.")["killed"] == (20, "exact")


def test_predicate_dead_covers_every_coordinated_object(nlp):
    text = "The raids left six customs officers and three soldiers dead."
    assert casualties(nlp, text)["killed"] == (9, "exact")


def test_deaths_of(nlp):
    assert casualties(nlp, "The attack caused the deaths of 15 soldiers.")["killed"] == (
        15,
        "exact",
    )


def test_kidnapping_with_a_nationality_plural(nlp):
    text = "Militants kidnapped seven French tourists near the border."
    assert casualties(nlp, text)["hostages"] == (7, "exact")


def test_held_hostage(nlp):
    assert casualties(nlp, "Four Americans were held hostage for a week.")["hostages"] == (
        4,
        "exact",
    )


def test_no_one_killed_is_zero(nlp):
    assert casualties(nlp, "No one was killed in the attack.")["killed"] == (0, "exact")


def test_shot_dead(nlp):
    assert casualties(nlp, "The gunmen shot dead three policemen.")["killed"] == (3, "exact")


def test_count_text_is_the_number_phrase(nlp):
    result = extract_casualties(nlp("They killed as many as two hundred rebels.")[:])
    assert result.killed.text == "as many as two hundred"


def test_a_further_number_counts_its_own_kind(nlp):
    text = "The ZLF killed 8 soldiers and injured a further 28 in the Strelsau bus bombing."
    found = casualties(nlp, text)
    assert (found["killed"], found["injured"]) == ((8, "exact"), (28, "exact"))


def test_a_number_counts_for_the_verb_written_right_before_it(nlp):
    # the parser hangs "fifty-seven" on "killed"; "injured" is the verb it counts for
    sent = next(nlp("A bomb killed nine and injured fifty-seven at a church.").sents)
    casualties = extract_casualties(sent)
    assert (casualties.killed.value, casualties.injured.value) == (9, 57)
    # verbs sharing their object still count it both ways
    shared = extract_casualties(next(nlp("Gunmen kidnapped and killed three aid workers.").sents))
    assert (shared.killed.value, shared.hostages.value) == (3, 3)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "20" hangs on "killed" as its conjunct; its own participle says it counts the injured
        ("3 people were killed and over 20 injured when a bomb exploded.", 3, 20),
        ("At least two people killed and seven others injured in a suicide blast.", 2, 7),
        # an adjective before the noun says who the dead were, not what befell them
        ("Gunmen killed 20 wounded soldiers in the hospital.", 20, 20),
    ],
)
def test_a_participle_after_the_counted_phrase_says_what_befell_them(nlp, text, killed, injured):
    casualties = extract_casualties(next(nlp(text).sents))
    assert casualties.killed.value == killed
    assert (casualties.injured.value if casualties.injured else None) == injured


@pytest.mark.parametrize(
    "text",
    ["17 FEBRUARY Five people were killed after suspects opened fire.", "Up to 30 may have died."],
)
def test_a_day_beside_its_month_is_no_count(nlp, text):
    killed = extract_casualties(next(nlp(text).sents)).killed
    assert killed is not None and killed.value in (5, 30)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("10 JULY - 3 people were killed and 20 injured in a blast.", 3, 20),
        ("17 FEBRUARY - Five people were killed in a bombing.", 5, None),
        ("4 MARCH – 12 soldiers died when a mine exploded.", 12, None),
        # as the flow re-cases a shouted month, where the tagger's date runs past the dash
        ("10 July - 3 people were killed and 20 injured in a blast.", 3, 20),
        ("17 February - Five people were killed in a bombing.", 5, None),
    ],
)
def test_a_dated_list_items_count_survives_its_dash(nlp, text, killed, injured):
    """A list item's "DAY MONTH - N people": the parser hangs the count on the month, or the
    dash joins the count's words; the count is still the item's."""
    casualties = extract_casualties(next(nlp(text).sents))
    assert casualties.killed is not None and casualties.killed.value == killed
    assert casualties.killed.text.strip("-– ") == casualties.killed.text
    assert (casualties.injured.value if casualties.injured else None) == injured


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("14 people lost their lives in a suicide blast.", 14),
        ("At least nine civilians lost their lives when the bus hit a mine.", 9),
        ("The army lost 12 soldiers in an ambush.", None),
        ("The government lost 3 seats in the election.", None),
    ],
)
def test_losing_ones_life_is_dying(nlp, text, killed):
    """ "Lost their lives" counts its subject as dead; what else is lost is no casualty."""
    casualties = extract_casualties(next(nlp(text).sents))
    assert (casualties.killed.value if casualties.killed else None) == killed
