"""A dictionary organisation's name inside a longer proper noun ("Jund [ZLF]", "[ZLF] al-Zenda")
is another organisation's name: the whole, with no dictionary id. Not a nationality, a title,
or a headline's capitalised word."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from flows.extract.nlp.longer_names import extend_dictionary_names

TITLES = frozenset({"commander", "leader"})


def parsed(words, heads, deps, pos, ents, spaces=None) -> Doc:
    """A hand-parsed doc: heads as token indices, entities (start, end, label, id)."""
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label, span_id=ent_id) for s, e, label, ent_id in ents]
    return doc


def found(doc: Doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in extend_dictionary_names(doc, TITLES).ents]


def test_a_proper_noun_joined_before_a_dictionary_group_makes_another_group():
    doc = parsed(
        ["Then", "Kataib", "Zendists", "fired", "rockets", "at", "a", "base"],
        [3, 2, 3, 3, 3, 3, 7, 5],
        ["advmod", "compound", "nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
        ["ADV", "PROPN", "PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
        [(2, 3, "ORG", "actor:zendists")],
    )
    assert found(doc) == [("Kataib Zendists", "ORG", "")]


def test_a_sentence_s_capitalised_first_word_leaves_the_dictionary_group():
    doc = parsed(
        ["Suspected", "al", "-", "Zenda", "gunmen", "raided", "a", "post"],
        [4, 3, 3, 4, 5, 5, 7, 5],
        ["compound", "compound", "punct", "compound", "nsubj", "ROOT", "det", "dobj"],
        ["PROPN", "PROPN", "PUNCT", "PROPN", "NOUN", "VERB", "DET", "NOUN"],
        [(1, 4, "ORG", "actor:al_zenda")],
        spaces=[True, False, False, True, True, True, True, False],
    )
    assert found(doc) == [("al-Zenda", "ORG", "actor:al_zenda")]


def test_a_linked_word_after_a_dictionary_group_makes_another_group():
    doc = parsed(
        ["Lashkar", "Zenda", "al", "-", "Alami", "claimed", "the", "bombing"],
        [4, 4, 4, 4, 5, 5, 7, 5],
        ["compound", "compound", "compound", "punct", "nsubj", "ROOT", "det", "dobj"],
        ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN"],
        [(0, 2, "ORG", "actor:lashkar_zenda")],
        spaces=[True, True, False, False, True, True, True, False],
    )
    assert found(doc) == [("Lashkar Zenda al-Alami", "ORG", "")]


def test_a_proper_noun_before_a_group_opening_with_a_link_makes_another_group():
    doc = parsed(
        ["Later", "Jund", "al", "-", "Zenda", "killed", "two"],
        [5, 5, 4, 4, 5, 5, 5],
        ["advmod", "npadvmod", "compound", "punct", "nsubj", "ROOT", "dobj"],
        ["ADV", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "NUM"],
        [(2, 5, "ORG", "actor:al_zenda")],
        spaces=[True, True, False, False, True, True, False],
    )
    assert found(doc) == [("Jund al-Zenda", "ORG", "")]


def test_a_nationality_a_title_or_a_tagged_word_leaves_the_dictionary_group():
    nationality = parsed(
        ["Nigerian", "Zendists", "attacked", "a", "town"],
        [1, 2, 2, 4, 2],
        ["compound", "nsubj", "ROOT", "det", "dobj"],
        ["PROPN", "PROPN", "VERB", "DET", "NOUN"],
        [(1, 2, "ORG", "actor:zendists")],
    )
    assert found(nationality) == [("Zendists", "ORG", "actor:zendists")]
    title = parsed(
        ["Commander", "Zendists", "attacked", "a", "town"],
        [1, 2, 2, 4, 2],
        ["compound", "nsubj", "ROOT", "det", "dobj"],
        ["PROPN", "PROPN", "VERB", "DET", "NOUN"],
        [(1, 2, "ORG", "actor:zendists")],
    )
    assert found(title) == [("Zendists", "ORG", "actor:zendists")]
    place = parsed(
        ["Strelsau", "Zendists", "attacked", "a", "town"],
        [1, 2, 2, 4, 2],
        ["compound", "nsubj", "ROOT", "det", "dobj"],
        ["PROPN", "PROPN", "VERB", "DET", "NOUN"],
        [(0, 1, "GPE", "place:Strelsau"), (1, 2, "ORG", "actor:zendists")],
    )
    assert found(place)[1] == ("Zendists", "ORG", "actor:zendists")


def test_a_headline_s_capitalised_words_leave_the_dictionary_group():
    doc = parsed(
        ["Raiding", "Zendists", "Kill", "Ten"],
        [1, 2, 2, 2],
        ["compound", "nsubj", "ROOT", "dobj"],
        ["PROPN", "PROPN", "VERB", "NUM"],
        [(1, 2, "ORG", "actor:zendists")],
    )
    assert found(doc) == [("Zendists", "ORG", "actor:zendists")]
