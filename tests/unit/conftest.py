"""Shared fixtures for the extraction and resolution rules: the real dictionaries and pipeline.

`resources` builds the spaCy pipeline with the dictionary rulers once per session (~10 s; it is
cached per dictionary content). The helpers parse a short hand-written text and run the
extractors on it exactly as flows/extract/document.py does, with one paragraph and a fixed
publication date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from flows.extract.dates.intervals import DateValue
from flows.extract.document import (
    EntityMention,
    RelationMention,
    extract_document,
    extract_relations,
)
from flows.extract.event_mention import EventMention
from flows.extract.event_scope import latest_year
from flows.extract.events import SentenceContext, sentence_events
from flows.extract.resources import Resources, load_resources
from flows.extract.roles.mentions import Mention
from flows.extract.segment import Segment
from flows.ingest.formats.read import read_view
from flows.ingest.source import SourceDocument
from flows.per_document import boilerplate_rules, extract
from flows.settings import Settings

DICTIONARIES = Path(__file__).resolve().parents[2] / "dictionaries"
PUBLISHED = date(2016, 6, 15)


@pytest.fixture(scope="session")
def resources() -> Resources:
    return load_resources(DICTIONARIES)


@pytest.fixture(scope="session")
def events_in(resources: Resources) -> Callable[..., list[EventMention]]:
    """events_in(text) → the event mentions sentence_events finds in each sentence of `text`."""

    def run(
        text: str, published: date | None = PUBLISHED, countries: tuple[str, ...] = ()
    ) -> list[EventMention]:
        doc = resources.nlp(text)
        found = []
        for sent in doc.sents:
            ctx = SentenceContext(published, latest_year(doc, sent.start_char), countries)
            found += sentence_events(sent, 0, "doc", ctx, resources.lexicon, resources.gazetteer)
        return found

    return run


@pytest.fixture(scope="session")
def one_event(events_in) -> Callable[..., EventMention]:
    """one_event(text) → the single event mention of `text` (fails if there are 0 or several)."""

    def run(text: str, **kw) -> EventMention:
        found = events_in(text, **kw)
        assert len(found) == 1, [(e.event_type, e.trigger) for e in found]
        return found[0]

    return run


@pytest.fixture(scope="session")
def relations_in(resources: Resources) -> Callable[..., list[RelationMention]]:
    """relations_in(text) → relations as extract_relations states them (find_relations, then
    certainty and date), for each sentence of `text`."""

    def run(text: str, published: date | None = PUBLISHED) -> list[RelationMention]:
        doc = resources.nlp(text)
        seg = Segment(0, 0, doc)
        found = []
        for sent in doc.sents:
            ctx = SentenceContext(published, latest_year(doc, sent.start_char), ())
            found += extract_relations(seg, sent, ctx, "doc", resources)
        return found

    return run


@pytest.fixture(scope="session")
def named_entities(resources: Resources) -> Callable[[list[str]], tuple[str, list[EntityMention]]]:
    """named_entities(paragraphs) → (document text, its named actor candidates), as the
    pipeline hands them to the resolver: one Segment per paragraph, offsets into the text."""

    def run(paragraphs: list[str]) -> tuple[str, list[EntityMention]]:
        segments, text = [], ""
        for i, para in enumerate(paragraphs):
            segments.append(Segment(i, len(text), resources.nlp(para)))
            text += para + "\n\n"
        return text, extract_document("doc", PUBLISHED, segments, resources).entities

    return run


def interval(value: DateValue | None) -> tuple[date | None, date | None, str] | None:
    """A read date as (start, end, precision), None for no date."""
    return None if value is None else (value.start, value.end, value.precision)


def last_mention(text: str, surface: str, label: str = "NOUN") -> Mention:
    """A role mention of `surface` (its last occurrence), as the extractors would make it."""
    start = text.rindex(surface)
    return Mention(surface, start, start + len(surface), label, "")


@pytest.fixture
def document(resolver, named_entities):
    """document(paragraphs) → (text, named entities), the test module's `resolver` started on
    the document and its names observed, as flows/cross_document.py does."""

    def start(paragraphs: list[str]):
        text, entities = named_entities(paragraphs)
        resolver.start_document("doc", text, entities)
        for entity in entities:
            resolver.observe(entity, "doc")
        return text, entities

    return start


@pytest.fixture(scope="session")
def document_events(resources: Resources) -> Callable[..., list[EventMention]]:
    """document_events(paragraphs, title=None, published=PUBLISHED) → the event mentions
    extract_document finds in a document of these paragraphs (and headline), parsed as the
    pipeline parses them; published=None for a text with no publication date."""

    def run(
        paragraphs: list[str], title: str | None = None, published: date | None = PUBLISHED
    ) -> list[EventMention]:
        segments, text = [], ""
        if title:
            segments.append(Segment(-1, 0, resources.nlp(title), "title"))
            text = title + "\n\n"
        for i, para in enumerate(paragraphs):
            segments.append(Segment(i, len(text), resources.nlp(para)))
            text += para + "\n\n"
        return extract_document("doc", published, segments, resources).events

    return run


@pytest.fixture(scope="session")
def source_events(resources: Resources) -> Callable[..., list[EventMention]]:
    """source_events(text, published, precision, suffix=".txt") → the event mentions the
    per-document stage finds in a whole source file: its format read (a Markdown digest's
    items, a plain story), its publication date known to `precision`."""

    def run(text: str, published: date, precision: str, suffix: str = ".txt") -> list:
        view = read_view(text, suffix)
        doc = SourceDocument(
            "story",
            "story" + suffix,
            "0" * 64,
            text,
            "ok",
            published=published,
            published_precision=precision,
            format=view.format,
            view=view.view,
        )
        rules = boilerplate_rules(Settings().dictionaries_dir)
        return extract(doc, resources, rules)[1].events

    return run
