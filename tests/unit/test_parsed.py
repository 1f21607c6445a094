"""What the rules read once per paragraph (flows/extract/parsed.py) is what spaCy gives: the
dates, places and actors found depend on every entity of every sentence."""

from __future__ import annotations

from flows.extract.nlp.pipeline import load_model
from flows.extract.parsed import doc_text, keep_text, sentence_ents

PARAGRAPHS = [
    "On 3 May 2011, U.S. forces killed Osama bin Laden in Abbottabad, Pakistan. Al-Qaeda "
    "confirmed his death days later. The group named Ayman al-Zawahiri its leader in June.",
    "Gunmen attacked a convoy. Nobody claimed it.",  # a sentence with no entity
    "AQIM, formed from the GSPC in January 2007, operates in Mali, Niger and Algeria.",
]


def test_sentence_entities_and_text_are_spacys_own():
    nlp = load_model()
    for doc in nlp.pipe(PARAGRAPHS):
        assert doc_text(doc) == doc.text
        for sent in doc.sents:
            for _ in range(2):  # the second time from what was kept
                assert sentence_ents(sent) == list(sent.ents)
    assert any(not list(s.ents) for s in nlp(PARAGRAPHS[1]).sents)


def test_a_paragraph_keeps_the_text_it_was_parsed_from_as_spacy_joins_it():
    nlp = load_model()
    texts = [*PARAGRAPHS, "Trailing spaces and a tab\t ", "Ünïcödé  —  “quotes”\n", ""]
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        assert doc_text(keep_text(doc, text)) == doc.text == text
    doc = nlp("Gao fell.")
    assert doc_text(keep_text(doc, "Not its text")) == "Gao fell."  # a wrong text is not kept
