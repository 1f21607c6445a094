"""A name the dictionary ruler cut in two ("the Renewed" + the dictionary's "ZLF") is one
name: the deed is the Renewed ZLF's, not the dictionary's ZLF."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from flows.extract.nlp.adjacent_names import join_cut_names, join_linked_names, join_name_particles


def tagged(words: list[str], spans: list[tuple[int, int, str, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label, span_id=ent_id) for s, e, label, ent_id in spans]
    return doc


def test_words_the_ner_tagged_before_a_dictionary_group_are_one_new_name():
    words = ["when", "the", "Renewed", "ZLF", "shelled", "a", "ferry"]
    doc = join_cut_names(tagged(words, [(1, 3, "ORG", ""), (3, 4, "ORG", "actor:zlf")]))
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("the Renewed ZLF", "ORG", "")]


def test_given_names_before_a_dictionary_family_name_are_a_relative_of_their_own():
    """ "Tarek Din Osmani" is not the dictionary's Osmani but another of the family: one
    unknown person, not the known one."""
    words = ["Tarek", "Din", "Osmani", "signed", "a", "pact"]
    doc = join_cut_names(tagged(words, [(0, 2, "PERSON", ""), (2, 3, "PERSON", "actor:osmani")]))
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("Tarek Din Osmani", "PERSON", "")]


def test_a_town_right_after_a_persons_names_ends_the_name():
    """ "Hassan Nur Ali Zenda": the ruler's town is the man's last name, no place."""
    words = ["Hassan", "Ali", "Zenda", "was", "executed", "in", "Zenda"]
    spans = [(0, 2, "PERSON", ""), (2, 3, "GPE", "place:Zenda"), (6, 7, "GPE", "place:Zenda")]
    doc = join_cut_names(tagged(words, spans))
    found = [(e.text, e.label_, e.ent_id_) for e in doc.ents]
    assert found == [("Hassan Ali Zenda", "PERSON", ""), ("Zenda", "GPE", "place:Zenda")]


def test_names_apart_or_of_other_kinds_stay_apart():
    words = ["Ruritanian", "ZLF", "and", "the", "Front", ",", "ZPA"]
    spans = [(0, 1, "NORP", ""), (1, 2, "ORG", "actor:zlf"), (3, 5, "ORG", ""),
             (6, 7, "ORG", "actor:zpa")]  # fmt: skip
    doc = join_cut_names(tagged(words, spans))
    assert [e.text for e in doc.ents] == ["Ruritanian", "ZLF", "the Front", "ZPA"]


def test_a_town_after_a_name_particle_is_a_person():
    """ "Abu Zenda" is a man's name (a kunya), not the town of Zenda."""
    words = ["Abu", "Zenda", "and", "his", "men", "left", "Zenda"]
    spans = [(1, 2, "GPE", "place:Zenda"), (6, 7, "GPE", "place:Zenda")]
    doc = join_name_particles(tagged(words, spans))
    found = [(e.text, e.label_, e.ent_id_) for e in doc.ents]
    assert found == [("Abu Zenda", "PERSON", ""), ("Zenda", "GPE", "place:Zenda")]


def test_a_name_the_tagger_ended_at_a_linking_word_runs_on_past_it():
    """ "[Hofbau] wal-Zenda", "Strel na [hZenda]": the link and the word beyond are the name's."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Hofbau", "wal", "-", "Zenda", "attacked"],
        spaces=[True, False, False, True, False],
    )
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    assert [e.text for e in join_linked_names(doc).ents] == ["Hofbau wal-Zenda"]
    left = join_linked_names(tagged(["Strel", "na", "hZenda", "claimed"], [(2, 3, "ORG", "")]))
    assert [e.text for e in left.ents] == ["Strel na hZenda"]


def test_a_dictionary_name_or_a_lower_case_word_after_a_link_is_left_as_it_is():
    known = tagged(["ZLF", "al", "-", "Zenda", "said"], [(0, 1, "ORG", "actor:zlf")])
    assert [e.text for e in join_linked_names(known).ents] == ["ZLF"]
    plain = tagged(["Strelsau", "de", "facto", "rule"], [(0, 1, "ORG", "")])
    assert [e.text for e in join_linked_names(plain).ents] == ["Strelsau"]
