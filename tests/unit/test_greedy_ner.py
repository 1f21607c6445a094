"""The NER decoded in numpy (flows/extract/nlp/greedy_ner.py) finds exactly the entities spaCy's
own decoder finds: the names, places and dates every rule downstream reads."""

from __future__ import annotations

import pytest
from spacy.pipeline import EntityRecognizer

from flows.extract.nlp.faster import speed_up
from flows.extract.nlp.greedy_ner import GreedyNER
from flows.extract.nlp.pipeline import load_model

PARAGRAPHS = [
    # dictionary names preset by the ruler, model-only names, dates, counts
    "Al-Shabaab fighters attacked an African Union base in El Adde on 15 January 2016, "
    "killing more than 100 Kenyan soldiers, according to Abdulaziz Abu Musab.",
    # an entity at a sentence boundary; a name the case check leaves to the model ("us")
    "Boko Haram struck Baga. Nigeria said the army had retaken it. They told us nothing.",
    "AQIM and the Movement for Unity and Jihad in West Africa took Gao in April 2012.",
    # whitespace tokens, upper case, a one-word paragraph, numbers and money
    "THE  ISLAMIC STATE   claimed it.\n\nGunmen stole $2 million from 3 banks in Kabul.",
    "Mogadishu",
    "",
    "On Tuesday morning, 40% of the 1,200 residents of Maiduguri fled towards Cameroon, "
    "the United Nations refugee agency UNHCR said, and the Red Cross counted 12 dead.",
]


def entities(doc) -> list[tuple]:
    return [(e.start, e.end, e.label_, e.ent_id_, e.kb_id_) for e in doc.ents] + [
        [t.ent_iob_ for t in doc]
    ]


def both_decoders(nlp, texts, batch_size):
    """Each text parsed up to the NER, then given entities by each decoder."""
    greedy = nlp.get_pipe("ner")
    with nlp.select_pipes(disable=["ner", "org_of_repair"]):
        parsed = list(nlp.pipe(texts))
    ours, theirs = [d.copy() for d in parsed], [d.copy() for d in parsed]
    list(greedy.pipe(ours, batch_size=batch_size))
    list(greedy.ner.pipe(theirs, batch_size=batch_size))
    return ours, theirs


def test_the_pipeline_decodes_its_ner_in_numpy(resources):
    greedy = resources.nlp.get_pipe("ner")
    assert isinstance(greedy, GreedyNER) and isinstance(greedy.ner, EntityRecognizer)


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_the_entities_are_spacys_own(resources, batch_size):
    ours, theirs = both_decoders(resources.nlp, PARAGRAPHS, batch_size)
    assert sum(len(d.ents) for d in theirs) > 20  # the texts exercise the decoder
    for mine, expected in zip(ours, theirs, strict=True):
        assert entities(mine) == entities(expected)


def test_a_dictionary_name_stays_whole_with_its_id(resources):
    doc = resources.nlp("Fighters of Al-Shabaab attacked the base.")
    names = [(e.text, e.label_) for e in doc.ents if e.ent_id_]
    assert ("Al-Shabaab", "ORG") in names


def test_a_preset_label_the_model_lacks_goes_to_spacys_decoder():
    nlp = load_model()
    speed_up(nlp)
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("They fired an AK-47 at the convoy near Gao.")
    at = doc.text.index("AK-47")
    doc.set_ents([doc.char_span(at, at + 5, label="WEAPON")], default="unmodified")
    nlp.get_pipe("ner")(doc)
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["AK-47"] == "WEAPON" and labels.get("Gao") in ("GPE", "LOC", "PERSON", "ORG")
