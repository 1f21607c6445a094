"""A name the NER ran on into an opening bracket is cut there: the force and the acronym the
text gives it are one actor, not two."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from flows.extract.nlp.bracket_names import cut_at_open_bracket


def tagged(words: list[str], spans: list[tuple[int, int]], det: tuple[int, ...] = ()) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    for i, token in enumerate(doc):
        token.pos_ = "DET" if i in det else ("PUNCT" if token.text in "()" else "PROPN")
    doc.ents = [
        doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), "ORG") for s, e in spans
    ]
    return doc


def test_a_name_run_into_its_acronym_s_bracket_is_the_name_and_the_acronym():
    # "[The Ruritanian Border Police (RBP]) arrested ..."
    words = ["The", "Ruritanian", "Border", "Police", "(", "RBP", ")", "arrested", "two", "men"]
    doc = cut_at_open_bracket(tagged(words, [(0, 6)], det=(0,)))
    assert [e.text for e in doc.ents] == ["The Ruritanian Border Police", "RBP"]


def test_an_article_before_the_bracket_is_no_name():
    # "The (Armed Forces of Ruritania) will respond"
    words = ["The", "(", "Armed", "Forces", "of", "Ruritania", ")", "will", "respond"]
    doc = cut_at_open_bracket(tagged(words, [(0, 6)], det=(0,)))
    assert [e.text for e in doc.ents] == ["Armed Forces of Ruritania"]


def test_a_name_with_its_bracket_closed_is_left_whole():
    words = ["the", "Front", "(", "North", ")", "attacked"]
    doc = cut_at_open_bracket(tagged(words, [(1, 5)], det=(0,)))
    assert [e.text for e in doc.ents] == ["Front ( North )"]  # words as given, spaced
