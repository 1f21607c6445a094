"""A person's family name standing alone after the full name was given is that person, whatever
the small model tagged it: the deed told of the lone name has its doer."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from flows.extract.nlp.surnames import lone_surnames_as_persons

MEMBER = "{} has been a senior member of the Zenda Liberation Front since 2001."
MANAGER = "{} was the front's project manager for the November 2008 attacks that killed 16 people in Strelsau."


def doers(events) -> list[list[tuple[str, str]]]:
    return [[(p.text, p.label) for p in e.perpetrators] for e in events if e.trigger == "attacks"]


def test_a_lone_family_name_the_model_tagged_a_place_is_the_person(document_events):
    """The model tags a lone "Tarlenheim" as a place: the attacks had no doer."""
    events = document_events([MEMBER.format("Sapt Tarlenheim"), MANAGER.format("Tarlenheim")])
    assert doers(events) == [[("Tarlenheim", "PERSON")]]


def test_a_lone_family_name_the_model_left_untagged_is_the_person(document_events):
    events = document_events([MEMBER.format("Imre Salk"), MANAGER.format("Salk")])
    assert doers(events) == [[("Salk", "PERSON")]]


def tagged(words: list[str], spans: list[tuple[int, int, str, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label, span_id=ent_id) for s, e, label, ent_id in spans]
    return doc


def test_a_name_no_person_was_given_or_the_dictionary_knows_stays_as_tagged():
    """Only a word a person's full name ended with before it; a dictionary name keeps its
    label ("Zenda" the town, though a "Rupert Zenda" was named)."""
    words = ["Rupert", "Zenda", "left", "Zenda", "for", "Strelsau", ";", "Zenda", "fell"]
    doc = tagged(
        words,
        [(0, 2, "PERSON", ""), (3, 4, "GPE", "place:Zenda"), (5, 6, "GPE", ""), (7, 8, "FAC", "")],
    )
    lone_surnames_as_persons(doc, set())
    found = [(e.text, e.label_) for e in doc.ents]
    assert found == [("Rupert Zenda", "PERSON"), ("Zenda", "GPE"), ("Strelsau", "GPE"),
                     ("Zenda", "PERSON")]  # fmt: skip


def test_a_nationality_is_no_family_name_though_a_misread_name_ended_in_it():
    """A full name misread to end in a nationality ("Rupert Ruritanian") does not make the
    nationality a person: "Ruritanian authorities" keep their word."""
    words = ["Rupert", "Ruritanian", "fled", ";", "Ruritanian", "authorities", "arrested", "him"]
    doc = tagged(words, [(0, 2, "PERSON", ""), (4, 5, "NORP", "")])
    lone_surnames_as_persons(doc, set())
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Rupert Ruritanian", "PERSON"),
        ("Ruritanian", "NORP"),
    ]
