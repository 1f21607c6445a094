"""Streaming segments: a long document parsed a batch at a time gives the same extraction,
and documents parsed together the same as each alone."""

from pathlib import Path

from flows.extract.document import extract_document
from flows.extract.nlp.greedy_parser import NUMPY_FROM_DOCS
from flows.extract.segment import iter_segments, segment, segment_together
from flows.normalise import load_boilerplate_rules, normalise
from flows.settings import Settings

TEXT = """Attack on base

Gunmen attacked an army base near Mandera in Kenya on 5 May 2015, killing 12 soldiers.

Al-Shabaab claimed the raid the next day.

On 6 June 2015 troops recaptured the town of Baidoa in Somalia.
"""


def test_streamed_segments_extract_what_the_parsed_list_does(resources):
    norm = normalise(TEXT, load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml"))
    listed = extract_document("d", None, segment(norm, resources.nlp), resources)
    streamed = extract_document(
        "d", None, lambda: iter_segments(norm, resources.nlp, batch_size=1), resources
    )
    assert listed.events and listed.events == streamed.events
    assert listed.relations == streamed.relations
    assert listed.entities == streamed.entities


def test_documents_parsed_together_extract_what_each_alone_does(resources):
    """Paragraphs of several documents parsed in one stream (segment_together) get the
    parses, and so the records, that each document parsed alone gets."""
    rules = load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml")
    texts = [TEXT] + [
        p.read_text(encoding="utf-8")
        for p in sorted((Path(__file__).parents[1] / "fixtures" / "dev_texts").glob("*.txt"))
    ]
    norms = [normalise(text, rules) for text in texts]
    together = segment_together(norms, resources.nlp)
    assert sum(len(segments) for segments in together) >= NUMPY_FROM_DOCS  # numpy decodes
    for norm, segments in zip(norms, together, strict=True):
        alone = segment(norm, resources.nlp)
        assert [(s.index, s.start, s.kind) for s in segments] == [
            (s.index, s.start, s.kind) for s in alone
        ]
        assert [s.doc.to_json() for s in segments] == [s.doc.to_json() for s in alone]
        assert extract_document("d", None, segments, resources) == extract_document(
            "d", None, alone, resources
        )
