"""The pipeline is built once per process and kept out of the cyclic collector's sight
(flows/extract/resources.py): a full collection walks what is left."""

from __future__ import annotations

import gc


def test_the_built_pipeline_and_dictionaries_are_not_walked_by_full_collections(resources):
    nlp = resources.nlp
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the model's and the dictionaries' objects
    gc.collect()  # a full collection leaves them where they are
    assert gc.get_freeze_count() > frozen * 0.99
    assert nlp("Gunmen attacked a convoy near Gao.").ents  # and the pipeline still parses
