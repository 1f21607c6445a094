"""A dictionary organisation's name that a linked word continues ("[ZLF] al-Alami") is another
organisation's name: the whole, with no dictionary id."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from flows.extract.nlp.longer_names import extend_dictionary_names


def parsed(words, heads, deps, ents, spaces) -> Doc:
    """A hand-parsed doc: heads as token indices, entities (start, end, label, id)."""
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label, span_id=ent_id) for s, e, label, ent_id in ents]
    return doc


def found(doc: Doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in extend_dictionary_names(doc).ents]


def test_a_linked_word_after_a_dictionary_group_makes_another_group():
    doc = parsed(
        ["Lashkar", "Zenda", "al", "-", "Alami", "claimed", "the", "bombing"],
        [4, 4, 4, 4, 5, 5, 7, 5],
        ["compound", "compound", "compound", "punct", "nsubj", "ROOT", "det", "dobj"],
        [(0, 2, "ORG", "actor:lashkar_zenda")],
        [True, True, False, False, True, True, True, False],
    )
    assert found(doc) == [("Lashkar Zenda al-Alami", "ORG", "")]


def test_a_linked_word_the_name_does_not_modify_leaves_the_dictionary_group():
    """ "the ZLF al Zenda's men attacked": two phrases side by side, not one name."""
    doc = parsed(
        ["ZLF", "al", "Zenda", "attacked"],
        [3, 2, 3, 3],
        ["nsubj", "compound", "nsubj", "ROOT"],
        [(0, 1, "ORG", "actor:zlf")],
        [True, True, True, False],
    )
    assert found(doc) == [("ZLF", "ORG", "actor:zlf")]


def test_a_lower_case_word_or_another_name_after_a_link_leaves_the_dictionary_group():
    lower = parsed(
        ["ZLF", "al", "-", "qadim", "attacked"],
        [3, 3, 3, 4, 4],
        ["compound", "compound", "punct", "nsubj", "ROOT"],
        [(0, 1, "ORG", "actor:zlf")],
        [True, False, False, True, False],
    )
    assert found(lower) == [("ZLF", "ORG", "actor:zlf")]
    named = parsed(
        ["ZLF", "al", "-", "Zenda", "attacked"],
        [3, 3, 3, 4, 4],
        ["compound", "compound", "punct", "nsubj", "ROOT"],
        [(0, 1, "ORG", "actor:zlf"), (1, 4, "GPE", "place:al-Zenda")],
        [True, False, False, True, False],
    )
    assert found(named) == [("ZLF", "ORG", "actor:zlf"), ("al-Zenda", "GPE", "place:al-Zenda")]
