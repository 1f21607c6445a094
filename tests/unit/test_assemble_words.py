"""A line with nothing to drop is assembled a word at a time (flows/normalise/chars.py): the
same clean text and the same raw offsets as the character-at-a-time assembly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flows.normalise.chars import _assemble, _assemble_words, clean_line

# words, and every kind of whitespace a raw line may hold (tabs, NBSP, thin and ideographic
# spaces, line and paragraph separators)
LINES = st.text(
    alphabet=st.sampled_from(list("ab.,1") + [" ", "\t", "\u00a0", "\u2009", "\u3000", "\u2028"]),
    max_size=40,
)


@given(LINES, st.integers(min_value=0, max_value=1000))
def test_word_assembly_gives_the_text_and_offsets_of_character_assembly(line, base):
    assert _assemble_words(line, base) == _assemble(line, base, bytearray(len(line)), {})


def test_a_line_with_markup_still_drops_it():
    assert clean_line("  **Gao** fell.[3]", 0).text == "Gao fell."
