"""A town's name the ruler tagged at the start of a longer proper name ("[Zenda] Osmani") is
left to the NER; a place followed by a word for a place ("Zenda City") stays a place."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from flows.extract.nlp.place_homonyms import group_names_as_groups, release_name_starts


def parsed(words, pos, heads, deps, ents) -> Doc:
    """A hand-parsed doc: heads as token indices, entities (start, end, label, id)."""
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, s, e, label=label, span_id=ent_id) for s, e, label, ent_id in ents]
    return doc


def released(doc: Doc) -> tuple[list[tuple[str, str]], list[str]]:
    doc = release_name_starts(doc)
    return [(e.text, e.ent_id_) for e in doc.ents], [t.ent_id_ for t in doc]


def test_a_town_that_begins_a_persons_name_is_left_to_the_ner():
    doc = parsed(
        ["Zenda", "Osmani", "signed", "the", "accord"],
        ["PROPN", "PROPN", "VERB", "DET", "NOUN"],
        [1, 2, 2, 4, 2],
        ["compound", "nsubj", "ROOT", "det", "dobj"],
        [(0, 1, "GPE", "place:Zenda")],
    )
    ents, ids = released(doc)
    assert ents == []
    assert ids == [""] * 5  # no place id left on the name's first word


def test_a_town_before_a_word_for_a_place_stays_a_place():
    doc = parsed(
        ["in", "Zenda", "City", "gunmen", "attacked"],
        ["ADP", "PROPN", "PROPN", "NOUN", "VERB"],
        [4, 2, 0, 4, 4],
        ["prep", "compound", "pobj", "nsubj", "ROOT"],
        [(1, 2, "GPE", "place:Zenda")],
    )
    assert released(doc)[0] == [("Zenda", "place:Zenda")]


def test_a_town_that_modifies_no_name_after_it_stays_a_place():
    """ "in Zenda Osmani said": the town ends its phrase, the man is the next one's subject."""
    doc = parsed(
        ["in", "Zenda", "Osmani", "said"],
        ["ADP", "PROPN", "PROPN", "VERB"],
        [3, 0, 3, 3],
        ["prep", "pobj", "nsubj", "ROOT"],
        [(1, 2, "GPE", "place:Zenda")],
    )
    assert released(doc)[0] == [("Zenda", "place:Zenda")]


def test_a_name_headed_by_a_groups_noun_is_a_group_whatever_the_ner_called_it():
    """The NER, given "the Zenda Front" whole once the town is released, may call it a
    facility; a front is a group. A named site keeps its kind."""
    doc = parsed(
        ["the", "Zenda", "Front", "hit", "the", "Zenda", "Hotel"],
        ["DET", "PROPN", "PROPN", "VERB", "DET", "PROPN", "PROPN"],
        [2, 2, 3, 3, 6, 6, 3],
        ["det", "compound", "nsubj", "ROOT", "det", "compound", "dobj"],
        [(0, 3, "FAC", ""), (4, 7, "FAC", "")],
    )
    labels = [(e.text, e.label_) for e in group_names_as_groups(doc).ents]
    assert labels == [("the Zenda Front", "ORG"), ("the Zenda Hotel", "FAC")]
