"""Did it happen, and how surely? Negated, hypothetical, habitual and generic triggers give no
event; hedged ones are uncertain, attributed ones reported, plain statements asserted.

Each rule is checked against a control: the same report stated plainly is an event, so a test
fails if the trigger, rather than the rule, stopped being found.
"""

from __future__ import annotations

import pytest

from flows.extract.certainty import Factuality, assess


@pytest.fixture(scope="module")
def verdict(resources):
    """verdict(text, word) → the certainty verdict on the trigger `word` in `text`."""

    def run(text: str, word: str) -> Factuality:
        doc = resources.nlp(text)
        token = next(t for t in doc if word in (t.lower_, t.lemma_.lower()))
        return assess(token, token.sent, resources.lexicon)

    return run


@pytest.mark.parametrize(
    ("plain", "negated"),
    [
        (
            "Boko Haram attacked the village of Dikwa on 3 May 2015.",
            "Boko Haram did not attack the village of Dikwa on 3 May 2015.",
        ),
        (
            "Al-Shabaab attacked the port of Kismayo on 2 May 2016.",
            "Al-Shabaab has yet to attack the port of Kismayo.",
        ),
        (
            "Al-Shabaab attacked the town of Garowe on 9 April 2016.",
            "Al-Shabaab never attacked the town of Garowe.",
        ),
    ],
)
def test_a_negated_verb_reports_no_event(events_in, verdict, plain, negated):
    assert [e.event_type for e in events_in(plain)] == ["attack"]
    assert verdict(negated, "attack").reason == "negated"
    assert events_in(negated) == []


def test_not_claiming_any_attacks_denies_them_but_not_claiming_the_attack_does_not(events_in):
    assert events_in("Ansar Dine did not claim any attacks in Gao in the last month.") == []
    assert [
        e.trigger for e in events_in("Ansar Dine did not claim the attack in Gao on Monday.")
    ] == ["attack"]


def test_an_alliance_two_groups_lack_is_no_alliance(events_in):
    formed = "In 2015 Ansar Dine and the MNLA formed an alliance in Kidal."
    assert [e.event_type for e in events_in(formed)] == ["alliance"]
    assert events_in("Ansar Dine lacks an alliance with the MNLA.") == []
    assert events_in("Ansar Dine and the MNLA cooperate, but they lack a formal alliance.") == []


def test_threatened_or_planned_attacks_are_no_events(verdict):
    text = "Its spokesman appeared in a recording posted this week threatening attacks on Spain."
    assert verdict(text, "attacks").certainty is None
    assert (
        verdict("Police said planned attacks on churches in Kano were foiled.", "attacks").certainty
        is None
    )


def test_no_such_attacks_is_a_denial_not_an_event(events_in, verdict):
    assert [e.trigger for e in events_in("There were attacks in Chad in May 2015.")] == ["attacks"]
    denial = "There were no such attacks in Chad in May 2015."
    assert verdict(denial, "attacks").reason == "negated"
    assert events_in(denial) == []


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab could attack Mogadishu airport on 5 May 2016.",
        "Al-Shabaab may attack Mogadishu airport on 5 May 2016.",
        "Officials warned that Boko Haram would attack Maiduguri on 5 May 2016.",
        "Securing the border would require an offensive against Boko Haram in Borno.",
        "Al-Shabaab plans to attack the Kenyan town of Lamu on 5 May 2016.",
        "Boko Haram threatened to kidnap foreign engineers in Kano.",
    ],
)
def test_a_modal_or_a_plan_makes_the_event_hypothetical(events_in, verdict, text):
    trigger = next(w for w in ("attack", "offensive", "kidnap") if w in text.split())
    assert verdict(text, trigger).reason.startswith("hypothetical")
    assert events_in(text) == []


def test_the_same_attack_stated_as_fact_is_an_event(events_in):
    found = events_in("Al-Shabaab attacked Mogadishu airport on 5 May 2016.")
    assert [(e.event_type, e.certainty) for e in found] == [("attack", "asserted")]


def test_an_infinitive_of_purpose_is_no_event(events_in, verdict):
    text = "Fighters massed near Dikwa to attack the barracks on 4 June 2014."
    assert verdict(text, "attack").reason.startswith("infinitive")
    assert events_in(text) == []


def test_an_attempted_bombing_is_still_an_event(one_event):
    event = one_event("On 12 June 2014, two militants tried to bomb a market in Maiduguri.")
    assert (event.event_type, event.certainty) == ("bombing", "asserted")
    assert event.place is not None and event.place.name == "Maiduguri"


def test_a_deed_someone_was_forced_or_prompted_to_do_happened(events_in):
    found = events_in(
        "By January 2009, Al-Shabaab had forced the Ethiopian troops to retreat. "
        "In 1991 the crisis prompted clan militias to overthrow President Barre."
    )
    assert [(e.trigger, e.event_type, e.certainty) for e in found] == [
        ("retreat", "military_operation", "asserted"),
        ("overthrow", "coup", "asserted"),
    ]


def test_wanting_to_bomb_is_not_trying_to(events_in):
    assert events_in("On 12 June 2014, two militants wanted to bomb a market in Maiduguri.") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Al-Shabaab regularly mounts attacks on African Union bases in Somalia.", "attacks"),
        ("Boko Haram often kidnaps schoolgirls in Borno.", "kidnaps"),
        ("The group attacks army posts in Borno State.", "attacks"),
        ("Militants kidnap foreigners for ransom in the Sulu archipelago.", "kidnap"),
    ],
)
def test_a_habit_is_not_an_event(events_in, verdict, text, word):
    assert verdict(text, word).reason == "generic or habitual"
    assert events_in(text) == []


@pytest.mark.parametrize(
    ("text", "word", "killed"),
    [
        (
            "Insurgents ambush a road survey crew in Yobe State, killing at least 23 people.",
            "ambush",
            23,
        ),
        ("A suicide bomber kills four people at a bus park in Biu, Borno State.", "kills", 4),
        ("A jet mistakenly bombs a displaced persons camp in Gubio, Borno State.", "bombs", None),
    ],
)
def test_a_headline_in_the_present_tells_one_deed(events_in, verdict, text, word, killed):
    # news digests and headlines tell a past deed in the present
    assert verdict(text, word).certainty == "asserted"
    (event,) = events_in(text)
    assert (event.casualties.killed and event.casualties.killed.value) == killed


def test_one_attack_mounted_on_a_day_is_an_event(one_event):
    event = one_event("Al-Shabaab mounted an attack on an African Union base on 4 July 2015.")
    assert (event.event_type, event.certainty) == ("attack", "asserted")


def test_a_plural_attack_noun_without_date_or_count_is_generic(events_in):
    assert events_in("Boko Haram carried out attacks against churches in Borno.") == []
    dated = events_in("Boko Haram carried out attacks against churches in Borno in June 2014.")
    assert [(e.trigger, e.date.text) for e in dated] == [("attacks", "June 2014")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen reportedly killed four soldiers near Kidal on 9 March 2015.",
        "If confirmed, the raid on Sirte on 2 February 2016 killed twelve soldiers.",
        "Al-Shabaab fighters may have kidnapped two aid workers in Mandera on 5 May 2015.",
        "Boko Haram is believed to have abducted 20 girls in Damasak on 24 November 2014.",
    ],
)
def test_a_hedged_event_is_uncertain(events_in, text):
    found = events_in(text)
    assert found, "the hedged event is still an event"
    assert {e.certainty for e in found} == {"uncertain"}


@pytest.mark.parametrize(
    "text",
    [
        "According to officials, Boko Haram killed 30 villagers in Baga on 7 January 2015.",
        "Nigerian officials said Boko Haram abducted 20 women in Borno on 3 April 2015.",
        "The reported killing of a police chief in Kano on 1 March 2015 angered residents.",
        "Al-Shabaab claimed the bombing of a hotel in Mogadishu on 25 June 2016.",
    ],
)
def test_an_attributed_event_is_reported(events_in, text):
    found = events_in(text)
    assert found, "the attributed event is still an event"
    assert {e.certainty for e in found} == {"reported"}


def test_a_plain_statement_is_asserted(one_event):
    event = one_event("Boko Haram killed a village chief in Baga on 7 January 2015.")
    assert (event.event_type, event.certainty) == ("killing", "asserted")


def test_a_verbal_attack_by_propaganda_is_not_violence(resources):
    doc = resources.nlp("An Al-Shabaab video attacked the Somali government on 3 May 2016.")
    trigger = next(t for t in doc if t.lower_ == "attacked")
    verdict = assess(trigger, next(doc.sents), resources.lexicon)
    assert verdict.certainty is None and "verbal" in verdict.reason


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Until his death in a firefight near Gao on 9 June 2010, the commander was"
            " seen as the group's ablest leader.",
            "firefight",
        ),
        ("After the raid on Kidal on 3 March 2015, officials would not comment.", "raid"),
    ],
)
def test_a_deed_that_dates_the_clause_is_taken_as_known(events_in, verdict, text, word):
    assert verdict(text, word).certainty == "asserted"
    assert [e.trigger for e in events_in(text)] == [word]


def test_a_plan_in_the_clause_a_deed_dates_is_still_no_event(events_in):
    assert events_in("After the election, the group planned to attack Kidal in May 2015.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The group resumed operations in 2011.",
        "The group expanded its operations to Chad in 2014.",
    ],
)
def test_a_groups_operations_without_kind_or_number_are_its_activity(events_in, text):
    assert events_in(text) == []


def test_military_operations_are_a_deed(events_in):
    found = events_in("The army launched military operations against the group in Borno in 2011.")
    assert [(e.event_type, e.trigger) for e in found] == [("military_operation", "operations")]


def test_a_states_forces_operations_are_one_campaign_though_plural_and_undated(events_in):
    for text, trigger in (
        ("The Kenyan army launched offensives against al-Shabaab camps.", "offensives"),
        ("Kenyan troops carried out military operations against al-Shabaab.", "operations"),
    ):
        found = events_in(text)
        assert [(e.event_type, e.trigger) for e in found] == [("military_operation", trigger)]


def test_an_armed_groups_plural_offensives_stay_generic(events_in):
    assert events_in("Al-Shabaab launched offensives against Kenyan army camps.") == []
