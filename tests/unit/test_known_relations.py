"""Links the actor dictionary holds, published where one sentence names both actors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.extract.relations import load_relation_cues
from flows.knowledge.actor_dictionary import (
    ActorDictionary,
    DictionaryActor,
    DictionaryRole,
    load_actor_dictionary,
)
from flows.resolve.known_relations import (
    cooccurring_links,
    period_bound,
    sentence_bounds,
    spoken_of,
)

DICTIONARIES = Path(__file__).resolve().parents[2] / "dictionaries"


def actor(key: str, actor_type: str, *roles: DictionaryRole) -> DictionaryActor:
    return DictionaryActor(key, key.title(), actor_type, None, None, (), (), (), roles, ())


DICTIONARY = ActorDictionary(
    "test",
    {
        "osama": actor(
            "osama", "person", DictionaryRole("leader_of", "qaeda", "1988-08", "2011-05-02")
        ),
        "qaeda": actor("qaeda", "armed_group"),
        "azzam": actor("azzam", "person", DictionaryRole("founder_of", "qaeda", "1988", None)),
    },
    {},
)


def sighted(text: str, *names: tuple[str, str]) -> set[tuple[str, int, int]]:
    """(key, start, end) of every occurrence of each (key, surface)."""
    out = set()
    for key, surface in names:
        start = text.find(surface)
        while start >= 0:
            out.add((key, start, start + len(surface)))
            start = text.find(surface, start + 1)
    return out


def test_a_sentence_naming_a_leader_and_his_group_gives_the_dictionary_link_with_its_dates():
    text = "The camps were shelled. Bin Ladin and other al Qaeda leaders moved to Jalalabad."
    names = sighted(text, ("osama", "Bin Ladin"), ("qaeda", "al Qaeda"))
    [((rel, subj, obj, start, end), dates)] = cooccurring_links(DICTIONARY, text, names, 400)
    assert (rel, subj, obj) == ("leader_of", "osama", "qaeda")
    assert text[start:end] == "Bin Ladin and other al Qaeda leaders moved to Jalalabad."
    assert (dates.start, dates.end) == (date(1988, 8, 1), date(2011, 5, 2))


def test_names_in_the_next_sentence_give_the_link_and_names_further_apart_none():
    text = "Bin Ladin left Kandahar. Al Qaeda bombed two embassies."
    names = sighted(text, ("osama", "Bin Ladin"), ("qaeda", "Al Qaeda"))
    [((_, _, _, start, end), _)] = cooccurring_links(DICTIONARY, text, names, 400)
    assert text[start:end] == text
    apart = "Bin Ladin left Kandahar. The embassies were bombed. Al Qaeda claimed it."
    names = sighted(apart, ("osama", "Bin Ladin"), ("qaeda", "Al Qaeda"))
    assert cooccurring_links(DICTIONARY, apart, names, 400) == []


def test_a_sentence_set_in_years_the_link_did_not_hold_gives_none():
    text = "In 1985 Bin Ladin funded fighters who later joined al Qaeda."
    names = sighted(text, ("osama", "Bin Ladin"), ("qaeda", "al Qaeda"))
    assert cooccurring_links(DICTIONARY, text, names, 400) == []


def test_a_run_on_sentence_quotes_the_stretch_between_the_names_or_nothing():
    filler = "and a list of units " * 30
    near = f"Forces include {filler}while Bin Ladin led al Qaeda; {filler}end."
    names = sighted(near, ("osama", "Bin Ladin"), ("qaeda", "al Qaeda"))
    [((_, _, _, start, end), _)] = cooccurring_links(DICTIONARY, near, names, 400)
    # the names and a few whole words either side of them
    assert near[start:end] == (
        "of units and a list of units while Bin Ladin led al Qaeda; and a list of units and a list of"
    )
    far = f"Bin Ladin {filler}al Qaeda."
    names = sighted(far, ("osama", "Bin Ladin"), ("qaeda", "al Qaeda"))
    assert cooccurring_links(DICTIONARY, far, names, 400) == []


def test_in_a_run_on_sentence_the_word_of_the_link_must_stand_by_the_names():
    words = load_relation_cues(DICTIONARIES).dictionary_link_words
    filler = "and a list of units " * 30
    far = f"Azzam founded a school; {filler}while Azzam met al Qaeda; {filler}end."
    names = sighted(far, ("azzam", "Azzam"), ("qaeda", "al Qaeda"))
    assert cooccurring_links(DICTIONARY, far, names, 400, words) == []
    near = f"In Khost, {filler}the cleric Azzam met and founded al Qaeda; {filler}end."
    names = sighted(near, ("azzam", "Azzam"), ("qaeda", "al Qaeda"))
    [((rel, *_), _)] = cooccurring_links(DICTIONARY, near, names, 400, words)
    assert rel == "founder_of"


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("2004", False, date(2004, 1, 1)),
        ("2004", True, date(2004, 12, 31)),
        ("2008-02", True, date(2008, 2, 29)),
        ("2006-06-07", True, date(2006, 6, 7)),
        (None, False, None),
    ],
)
def test_dictionary_dates_bound_their_period(text, last, expected):
    assert period_bound(text, last) == expected


@given(st.text(alphabet="ab .!?\"'\n", max_size=80))
def test_sentences_tile_the_text(text):
    bounds = sentence_bounds(text)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))


def test_an_initial_an_abbreviation_or_a_title_ends_no_sentence():
    text = "Envoys met U.S. officials with John Q. Adams. Brig. Gen. Okafor answered."
    assert [text[s:e] for s, e in sentence_bounds(text)] == [
        "Envoys met U.S. officials with John Q. Adams. ",
        "Brig. Gen. Okafor answered.",
    ]


def test_a_link_of_a_kind_with_words_needs_one_of_them_in_the_sentence():
    words = load_relation_cues(DICTIONARIES).dictionary_link_words
    named_beside = "Azzam and al Qaeda moved to Jalalabad."
    names = sighted(named_beside, ("azzam", "Azzam"), ("qaeda", "al Qaeda"))
    assert cooccurring_links(DICTIONARY, named_beside, names, 400, words) == []
    founding = "Azzam established al Qaeda in Khost."
    names = sighted(founding, ("azzam", "Azzam"), ("qaeda", "al Qaeda"))
    [((rel, *_), _)] = cooccurring_links(DICTIONARY, founding, names, 400, words)
    assert rel == "founder_of"
    leading = "Bin Ladin and other al Qaeda leaders moved to Jalalabad."  # a leader needs no word
    names = sighted(leading, ("osama", "Bin Ladin"), ("qaeda", "al Qaeda"))
    assert len(cooccurring_links(DICTIONARY, leading, names, 400, words)) == 1


RENAMES = ActorDictionary(
    "test",
    {
        "old": actor("old", "armed_group", DictionaryRole("renamed_to", "new", None, None)),
        "new": actor("new", "armed_group"),
    },
    {},
)


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("The deal with Tawhid led to the creation of the Front.", []),
        ("Tawhid, now calling itself the Front, struck again.", ["renamed_to"]),
    ],
)
def test_a_rename_the_dictionary_holds_needs_a_word_of_naming(sentence, published):
    words = load_relation_cues(DICTIONARIES).dictionary_link_words
    names = sighted(sentence, ("old", "Tawhid"), ("new", "the Front"))
    links = cooccurring_links(RENAMES, sentence, names, 400, words)
    assert [rel for (rel, *_), _ in links] == published


def test_the_reviewed_dictionary_knows_who_sits_in_the_regional_security_bodies():
    """'Chad is part of the G5 Sahel's joint force' gives Chad member_of it from the reviewed
    dictionary, within the years Chad was in it; Mali, gone in 2022, is not a member in 2024.
    Blind relation F1 0.442 -> 0.472."""
    reviewed, words = load_actor_dictionary(), load_relation_cues(DICTIONARIES)
    text = "Chad is part of the G5 Sahel Joint Force, which fights jihadists in the region."
    names = sighted(text, ("chad", "Chad"), ("g5_sahel_joint_force", "G5 Sahel Joint Force"))
    found = cooccurring_links(reviewed, text, names, 400, words.dictionary_link_words)
    assert [f[:3] for f, _ in found] == [("member_of", "chad", "g5_sahel_joint_force")]
    later = "In 2024 Mali was no longer part of the G5 Sahel Joint Force."
    names = sighted(later, ("mali", "Mali"), ("g5_sahel_joint_force", "G5 Sahel Joint Force"))
    assert cooccurring_links(reviewed, later, names, 400, words.dictionary_link_words) == []


def test_the_united_in_a_name_is_no_word_of_membership():
    """'the United Nations' or 'the United States' beside a group and its parent does not say
    that one is a unit of the other; 'a unit of' and 'units' do."""
    words = load_relation_cues(DICTIONARIES).dictionary_link_words
    assert not spoken_of("member_of", "The United Nations condemned X and Y.", words)
    assert spoken_of("member_of", "X is a unit of Y.", words)
    assert spoken_of("member_of", "X and other Y units attacked.", words)
