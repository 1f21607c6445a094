"""Streaming segments: a long document parsed a batch at a time gives the same extraction."""

from flows.extract.document import extract_document
from flows.normalise import load_boilerplate_rules, normalise
from flows.segment import iter_segments, segment
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
