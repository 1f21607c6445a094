"""The faster rule components (flows/extract/nlp/faster.py) give every token what the model's own
give it: the rules downstream read lemmas, parts of speech and morphology, so a difference
would change what is extracted."""

from __future__ import annotations

import pytest

from flows.extract.nlp.faster import RememberingAttributeRuler, speed_up
from flows.extract.nlp.pipeline import load_model

TEXTS = [
    # base forms and inflections, names, numbers, a clock time
    "Gunmen attacked a convoy near Gao on Friday, killing 12 soldiers and wounding others.",
    "Al-Shabaab fighters were killed in air strikes; the group's leaders denied it at 8.30 p.m.",
    # the model's patterns of several tokens ("gonna", "ain't", "let's", "y'all", "there's")
    "Y'all gonna see it. Let's go, c'mon! I ain't done. There's a man who's gotta leave.",
    # patterns that read the dependency: "it" as subject and object, "but" as adverb, "do"
    "It hit them, but they hit it back. I saw you and you saw me. Did they? They did.",
    # first words of those patterns with no pattern after them
    "Let them go; they got there and y said there were calls. Gon is a town.",
    # whitespace tokens, upper case, repeats of words already decided
    "THE ATTACK  was   claimed.\n\nThe attack was claimed. The attacks were claimed.",
]


def annotations(doc) -> list[tuple]:
    return [(t.text, t.lemma_, t.pos_, t.tag_, t.dep_, str(t.morph)) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    fast = load_model()
    speed_up(fast)
    return load_model(), fast


def test_the_faster_pipeline_annotates_every_token_as_the_model_does(pipelines):
    bare, fast = pipelines
    assert isinstance(fast.get_pipe("attribute_ruler"), RememberingAttributeRuler)
    for _ in range(2):  # the second time from what was remembered
        for text, expected in zip(TEXTS, bare.pipe(TEXTS), strict=True):
            assert annotations(fast(text)) == annotations(expected)


def test_remembered_lemmas_follow_the_part_of_speech(pipelines):
    _, fast = pipelines
    doc = fast("They attack. The attack failed. They were attacking.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("attack")] == ["attack"] * 3
    assert [t.pos_ for t in doc if t.lower_.startswith("attack")] == ["VERB", "NOUN", "VERB"]


def test_paragraphs_where_no_pattern_of_several_tokens_can_start_are_told_apart(pipelines):
    _, fast = pipelines
    ruler = fast.get_pipe("attribute_ruler")
    assert ruler._may_match_longer(fast("Let's go.")) and ruler._may_match_longer(
        fast("They were gonna leave.")
    )
    assert ruler._may_match_longer(fast("There were clashes near Gao."))  # expletive "there"
    assert not ruler._may_match_longer(fast("Gunmen attacked a convoy near Gao on Friday."))
