"""Text a news corpus saved tokenized (Penn Treebank style) reads as the prose it was."""

from flows.ingest.formats.tokenized import looks_tokenized, token_repairs
from tests.factories import read_paragraphs

TOKENIZED = (
    "-LRB- CNN -RRB- -- Gunmen killed 12 villagers in Zenda , police said .\n\n"
    "The ZLF 's leader said the group did n't do it , and called the raid `` a crime '' .\n"
)


def test_a_tokenized_story_reads_as_its_prose():
    assert read_paragraphs(TOKENIZED, ".story") == [
        "Gunmen killed 12 villagers in Zenda, police said.",
        "The ZLF's leader said the group didn't do it, and called the raid \"a crime\".",
    ]


def test_ordinary_prose_is_left_as_it_is():
    prose = "Gunmen killed 12 villagers in Zenda (a town), police said. It isn't over."
    assert not looks_tokenized(prose)
    assert token_repairs(prose) == []


def test_a_tokenized_text_reports_no_mojibake_repaired():
    from flows.ingest.formats.read import read_view

    assert read_view(TOKENIZED, ".story").repairs == 0
