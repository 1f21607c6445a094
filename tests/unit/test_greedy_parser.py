"""The parser decoded in numpy (flows/extract/nlp/greedy_parser.py) builds exactly the trees
spaCy's own decoder builds: every head, label and sentence that the rules downstream read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.pipeline import DependencyParser

from flows.extract.nlp import greedy_parser
from flows.extract.nlp.greedy_parser import GreedyParser

ROOT = Path(__file__).resolve().parents[2]
SEEDS, DEV_TEXTS = ROOT / "raw", ROOT / "tests" / "fixtures" / "dev_texts"

HAND_WRITTEN = [
    # a long sentence with relative clauses, coordination and a fronted date
    "On 15 January 2016, Al-Shabaab fighters, who had gathered overnight in El Adde, "
    "attacked an African Union base and killed more than 100 Kenyan soldiers, according "
    "to a spokesman who asked not to be named.",
    # several short sentences; a question; a quotation
    "Boko Haram struck Baga. Nigeria said the army had retaken it. Who fired first? "
    '"We will return," the commander said.',
    # whitespace tokens, upper case, a one-word paragraph, numbers and money
    "THE  ISLAMIC STATE   claimed it.\n\nGunmen stole $2 million from 3 banks in Kabul.",
    "Mogadishu",
    "",
    # passive voice, a hedge and a list without a verb
    "The convoy was reportedly ambushed near Gao; three trucks, two jeeps and a fuel tanker.",
]


def paragraphs() -> list[str]:
    """Varied texts: the hand-written paragraphs, those of the seeds and the development
    texts, and each of their sentences alone."""
    texts = list(HAND_WRITTEN)
    for path in sorted(SEEDS.glob("*.txt")) + sorted(DEV_TEXTS.glob("*.txt")):
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts + [s for t in texts for s in re.split(r"(?<=[.!?]) ", t) if s != t]


def tree(doc) -> list[tuple]:
    return [
        (t.head.i, t.dep_, t.is_sent_start, t.left_edge.i, t.right_edge.i, t.n_lefts, t.n_rights)
        for t in doc
    ]


def both_decoders(nlp, texts, batch_size):
    """Each text tagged, then parsed by each decoder; how many batches numpy decoded."""
    greedy = nlp.get_pipe("parser")
    with nlp.select_pipes(enable=["tok2vec", "tagger"]):
        tagged = list(nlp.pipe(texts))
    ours, theirs = [d.copy() for d in tagged], [d.copy() for d in tagged]
    decoded = []
    real_decode = greedy._decode

    def counting(docs):
        decoded.append(sum(map(len, docs)))
        return real_decode(docs)

    greedy._decode = counting
    try:
        list(greedy.pipe(ours, batch_size=batch_size))
    finally:
        del greedy._decode
    list(greedy.parser.pipe(theirs, batch_size=batch_size))
    return ours, theirs, decoded


def test_the_pipeline_decodes_its_parser_in_numpy(resources):
    greedy = resources.nlp.get_pipe("parser")
    assert isinstance(greedy, GreedyParser) and isinstance(greedy.parser, DependencyParser)


@pytest.mark.parametrize("batch_size", [40, 100, 128])
def test_the_trees_are_spacys_own(resources, batch_size):
    texts = paragraphs()
    ours, theirs, decoded = both_decoders(resources.nlp, texts, batch_size)
    assert len(decoded) >= len(texts) // batch_size >= 2  # numpy decoded every full batch
    labels = {t.dep_ for d in theirs for t in d}
    assert {"nsubj", "dobj", "relcl", "conj", "ROOT", "punct"} <= labels
    assert sum(len(list(d.sents)) for d in theirs) > len(texts)  # several sentences a paragraph
    for mine, expected in zip(ours, theirs, strict=True):
        assert tree(mine) == tree(expected)


def test_a_small_batch_goes_to_spacys_decoder(resources, monkeypatch):
    monkeypatch.setattr(greedy_parser, "NUMPY_FROM_DOCS", 64)
    ours, theirs, decoded = both_decoders(resources.nlp, HAND_WRITTEN, batch_size=32)
    assert decoded == []
    assert [tree(d) for d in ours] == [tree(d) for d in theirs]


def test_a_doc_parsed_already_is_left_to_spacy(resources, monkeypatch):
    monkeypatch.setattr(greedy_parser, "NUMPY_FROM_DOCS", 1)
    greedy = resources.nlp.get_pipe("parser")
    parsed = resources.nlp("Gunmen attacked the base.")
    assert not greedy._decodable([parsed])
    fresh = resources.nlp.make_doc("Gunmen attacked the base.")
    assert greedy._decodable([fresh])
