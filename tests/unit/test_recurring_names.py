"""An organisation's name the document tagged before is that organisation where it recurs
untagged: the deed told of the recurrence has its doer."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from flows.extract.nlp.recurring_names import initials, recurring_organisations


def test_an_acronym_the_model_left_untagged_later_names_the_organisation(document_events):
    """The model leaves the second "CNU" untagged: the seizure was not told at all."""
    events = document_events(
        [
            "In 2015, the rival factions formed a Council of National Unity (CNU) in Strelsau.",
            "In the following weeks CNU and allied militias took control of Zenda.",
        ]
    )
    seizures = [e for e in events if e.event_type == "territory_seizure"]
    assert [[(p.text, p.label) for p in e.perpetrators][:1] for e in seizures] == [[("CNU", "ORG")]]


def parsed(words: list[str], spans: list[tuple[int, int, str]]) -> Doc:
    pos = ["CCONJ" if w == "and" else "PROPN" for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in spans]
    return doc


def test_names_of_two_words_recur_and_a_lone_title_case_word_does_not():
    """ "Alliance" tagged once may be a common noun in a heading's case; "Zenda Guard" and
    "ZG" are names."""
    first = parsed(
        ["Zenda", "Guard", "ZG", "Alliance"], [(0, 2, "ORG"), (2, 3, "ORG"), (3, 4, "ORG")]
    )
    names: set[tuple[str, ...]] = set()
    recurring_organisations(first, names)
    later = parsed(["Alliance", "Zenda", "Guard", "and", "ZG"], [])
    recurring_organisations(later, names)
    assert [(e.text, e.label_) for e in later.ents] == [("Zenda Guard", "ORG"), ("ZG", "ORG")]


def test_an_organisation_s_initials_recur_as_its_name_where_the_text_never_defines_them():
    """News copy names "Zenda Liberation Front rebels" and goes on with "the ZLF": untagged,
    the initials are that organisation again."""
    first = parsed(["Zenda", "Liberation", "Front", "rebels"], [(0, 3, "ORG")])
    names: set[tuple[str, ...]] = set()
    recurring_organisations(first, names)
    later = parsed(["ZLF", "and", "ZG", "attacked"], [])
    recurring_organisations(later, names)
    assert [(e.text, e.label_) for e in later.ents] == [("ZLF", "ORG")]


def test_initials_leave_out_small_words_and_need_two_capitalised_words():
    assert initials("New People's Army") == "NPA"
    assert initials("the Front for the Liberation of Zenda") == "FLZ"
    assert initials("Zenda") is None
    assert initials("rebels of Zenda") is None
