"""A pronoun holding a tie only a group can hold ("It is affiliated with al-Qaeda") stands for
the organisation named last before it, even one the text alone names and coreference does not
know to be armed."""

from __future__ import annotations

from datetime import date

from flows.extract.document import DocumentExtraction, extract_document
from flows.extract.segment import Segment
from flows.publish.relation_records import nearest_group
from flows.resolve.actor_records import load_coref_cues
from flows.resolve.resolver import ActorResolver

from .conftest import DICTIONARIES

COMMITTEE = [
    "The Wadi Nour Committee claimed the raid on Monday.",
    "It is affiliated with al-Qaeda in the Islamic Maghreb.",
]


def _document(resources, paragraphs: list[str]) -> tuple[ActorResolver, DocumentExtraction]:
    """The document's extraction, with a resolver started on it and its names observed."""
    segments, text = [], ""
    for i, para in enumerate(paragraphs):
        segments.append(Segment(i, len(text), resources.nlp(para)))
        text += para + "\n\n"
    extraction = extract_document("doc", date(2016, 6, 15), segments, resources)
    resolver = ActorResolver(resources.actors, resources.gazetteer, load_coref_cues(DICTIONARIES))
    resolver.start_document("doc", text, extraction.entities)
    for entity in extraction.entities:
        resolver.observe(entity, "doc")
    return resolver, extraction


def _pronoun_affiliation(extraction: DocumentExtraction):
    return next(
        r
        for r in extraction.relations
        if r.relation_type == "affiliate_of" and r.subject.label == "PRON"
    )


def test_coreference_reads_the_pronoun_as_the_unknown_organisation_subject_before(resources):
    # the committee was the subject of the sentence before: "It" continues it, though its
    # name holds no armed-group word (coreference.Coreference.antecedent)
    resolver, extraction = _document(resources, COMMITTEE)
    tie = _pronoun_affiliation(extraction)
    key = resolver.resolve(tie.subject, "doc", extraction.entities, 1)
    assert key is not None and "wadi_nour" in key


def test_it_holding_an_affiliation_is_the_organisation_named_before(resources):
    resolver, extraction = _document(resources, COMMITTEE)
    holder = nearest_group(resolver, _pronoun_affiliation(extraction), extraction, None)
    assert holder is not None and "wadi_nour" in holder


def test_with_no_organisation_named_before_the_pronoun_holds_nothing(resources):
    resolver, extraction = _document(resources, COMMITTEE[1:])
    assert nearest_group(resolver, _pronoun_affiliation(extraction), extraction, None) is None
