"""Duplicates, pull-quotes and rejoined paragraphs: the indexed versions behave like the
pairwise comparisons they replace (see flows/normalise/pullquotes.py).

Each property test runs the indexed function against a direct, quadratic reference written
here from the rule's definition.
"""

import doctest

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from flows.normalise import blocks as normalise_blocks
from flows.normalise import load_boilerplate_rules, normalise
from flows.normalise import pullquotes as normalise_pullquotes
from flows.normalise.blocks import PieceBuilder, join_broken_paragraphs, join_pieces
from flows.normalise.chars import Piece, clean_line, fold_key
from flows.normalise.lines import MAX_LINE_CHARS, Line, ends_sentence
from flows.normalise.pullquotes import _MIN_WORD_OVERLAP, _WORD, pull_quote_indexes
from flows.normalise.repeats import drop_duplicates
from flows.normalise.rules import Tunables
from flows.settings import Settings

RULES = load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml")
TUNABLES = Tunables()
SMALL = Tunables(pull_quote_min_chars=8, pull_quote_max_chars=60, pull_quote_fuzzy_min_chars=20)
VOCAB = ["the", "group", "attacked", "gao", "aqim", "militants", "said", "in", "[aqim's]", "x"]
SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200)


def texts(raw: str) -> list[str]:
    nt = normalise(raw, RULES)
    return [nt.text[p.start : p.end] for p in nt.paragraphs]


def reasons(raw: str) -> list[str]:
    return [reason for *_, reason in normalise(raw, RULES).dropped]


def line(text: str, start: int = 0, kind: str = "body") -> Line:
    return Line(start, start + len(text), text, clean_line(text, start), kind=kind)


# --- pull-quotes ------------------------------------------------------------------------


def reference_pull_quotes(keys: list[str], t: Tunables) -> list[int]:
    """Every candidate against every longer key still kept, as the rule is defined."""
    marked: list[int] = []
    for i, short in enumerate(keys):
        if not t.pull_quote_min_chars <= len(short) <= t.pull_quote_max_chars:
            continue
        words = set(_WORD.findall(short))
        for j, long in enumerate(keys):
            if j in marked or len(long) <= len(short):
                continue
            fuzzy = len(short) >= t.pull_quote_fuzzy_min_chars and words
            overlap = fuzzy and len(words & set(_WORD.findall(long))) >= _MIN_WORD_OVERLAP * len(
                words
            )
            score = t.pull_quote_min_score
            if short in long or (overlap and fuzz.partial_ratio(short, long) >= score):
                marked.append(i)
                break
    return marked


@SLOW
@given(st.lists(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=14), max_size=25))
def test_indexed_pull_quotes_match_every_pairwise_comparison(word_lists):
    keys = [" ".join(words) for words in word_lists]
    assert pull_quote_indexes(keys, SMALL) == reference_pull_quotes(keys, SMALL)


@SLOW
@given(st.lists(st.text(alphabet="ab ", min_size=1, max_size=30), max_size=20))
def test_indexed_pull_quotes_match_pairwise_comparison_on_odd_spacing(raw_keys):
    keys = [fold_key(k) for k in raw_keys if fold_key(k)]
    assert pull_quote_indexes(keys, SMALL) == reference_pull_quotes(keys, SMALL)


def test_pull_quote_starting_and_ending_inside_words_is_found():
    body = "The organization, an evolving and amorphous threat, spread across the Sahel."
    quote = fold_key("ganization, an evolving and amorphous threat, spread across the Sah")
    assert pull_quote_indexes([fold_key(body), quote], TUNABLES) == [1]


def test_pull_quote_of_one_or_two_long_tokens_is_found():
    url = "https://www.example.org/reports/2013/aqim-and-the-sahel-network.html"
    body = f"see {url} and {url[:30]} {url[30:]} for details"
    keys = [body, url[8:], url[10:30] + " " + url[30:55]]
    assert pull_quote_indexes(keys, TUNABLES) == [1, 2]


def test_pull_quote_made_of_common_words_only_is_found():
    common = "and the group said that the group and the group said that it would"
    body = f"{common} {common} with a new ending."
    assert pull_quote_indexes([body, common], TUNABLES) == [1]


def test_key_of_equal_length_is_no_source_for_a_pull_quote():
    a, b = "a" * 20 + " ab " + "b" * 20, "a" * 20 + " ab " + "b" * 20
    assert pull_quote_indexes([a, b], TUNABLES) == []


def test_pull_quotes_are_found_among_thousands_of_distinct_paragraphs():
    paragraphs, quotes = [], []
    for n in range(3000):
        body = (
            f"In report {n} the militants{n} attacked the base{n} near town{n}, "
            f"and officials{n} said the attack{n} was planned{n} for months."
        )
        paragraphs.append(body)
        if n % 100 == 0:
            quote = f"the militants{n} attacked the base{n} near town{n}"
            quotes.append(quote)
            paragraphs.append(quote)
    nt = normalise("\n\n".join(paragraphs), RULES)
    kept = {nt.text[p.start : p.end] for p in nt.paragraphs}
    assert not kept & set(quotes)
    assert len(kept) == 3000
    assert sum(reason == "pull_quote" for *_, reason in nt.dropped) == len(quotes)


# --- duplicates ---------------------------------------------------------------------------


def reference_duplicates(paragraphs: list[Line]) -> None:
    """Groups by key; the kept copy is the first whose nearest kept predecessor ends a sentence."""
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        if p.kind == "body":
            groups.setdefault(fold_key(p.piece.text), []).append(i)

    def interrupts(i: int) -> bool:
        if paragraphs[i].barrier:
            return False
        for previous in reversed(paragraphs[:i]):
            if previous.reason is None:
                return previous.kind == "body" and not ends_sentence(previous.piece.text)
        return False

    for members in groups.values():
        if len(members) > 1:
            keep = next((i for i in members if not interrupts(i)), members[0])
            for i in members:
                if i != keep:
                    paragraphs[i].reason = "duplicate"


@SLOW
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["It went on.", "it began in the", "Repeat me", "x."]), st.booleans()
        ),
        max_size=30,
    )
)
def test_duplicates_match_the_backward_scan_they_replace(items):
    def build() -> list[Line]:
        lines = [line(text, 20 * n) for n, (text, _) in enumerate(items)]
        for ln, (_, heading) in zip(lines, items, strict=True):
            ln.kind = "heading" if heading else "body"
        return lines

    fast, slow = build(), build()
    drop_duplicates(fast)
    reference_duplicates(slow)
    assert [p.reason for p in fast] == [p.reason for p in slow]


def test_each_of_many_repeated_paragraphs_is_kept_once():
    quote = "The group has yet to attack Europe, analysts say."
    raw = "\n\n".join(f"Paragraph {n} is new.\n\n{quote}" for n in range(2000))
    kept = texts(raw)
    assert kept.count(quote) == 1
    assert len(kept) == 2001
    assert reasons(raw).count("duplicate") == 1999


def test_duplicate_after_a_dropped_duplicate_looks_past_it_for_the_sentence_break():
    quote = "The group has yet to attack Europe, analysts say."
    other = "Another repeated paragraph here."
    # The second `other` follows the first `quote` copy, which is dropped (it interrupts).
    raw = f"It began in the\n\n{quote}\n\nnorth.\n\n{other}\n\n{quote}\n\n{other}"
    assert texts(raw) == ["It began in the north.", other, quote]


# --- rejoined paragraphs ------------------------------------------------------------------


@SLOW
@given(
    st.lists(
        st.sampled_from(["Bel-", "mokhtar¹", "pro-", "AQIM", "the", "end.²", "x—", "a", "-"]),
        min_size=1,
        max_size=12,
    )
)
def test_building_a_piece_line_by_line_equals_joining_pairwise(words):
    pieces = [clean_line(w, 10 * n) for n, w in enumerate(words) if clean_line(w, 0).text]
    if not pieces:
        return
    builder, joined = PieceBuilder(pieces[0]), pieces[0]
    for piece in pieces[1:]:
        builder.append(piece)
        joined = join_pieces(joined, piece)
    assert builder.piece() == joined


def test_hyphen_dropped_at_a_join_pulls_a_trailing_marker_back():
    first = Piece("Bel-", (0, 1, 2, 3), ((4, 7),))
    joined = join_pieces(first, Piece("mokhtar", tuple(range(5, 12))))
    assert (joined.text, joined.markers) == ("Belmokhtar", ((3, 7),))


def test_paragraph_broken_over_thousands_of_lines_is_joined_up_to_the_parse_limit():
    words = [f"word{n}" for n in range(5000)]
    nt = normalise("\n".join(words) + ".", RULES)
    paragraphs = [nt.text[p.start : p.end] for p in nt.paragraphs]
    assert " ".join(paragraphs) == " ".join(words) + "."
    assert len(paragraphs) == 5 and all(len(p) <= MAX_LINE_CHARS for p in paragraphs)
    assert nt.raw_span(0, len(nt.text)) == (0, len("\n".join(words)) + 1)


def test_long_run_of_headings_inside_a_broken_sentence_is_dropped_as_floats():
    headings = [line(f"Figure Title {n}", 100 + 20 * n, "heading") for n in range(500)]
    lines = [line("It began in the", 0), *headings, line("north of the country.", 20000)]
    blocks = join_broken_paragraphs(lines)
    assert [b.builder.piece().text for b in blocks] == ["It began in the north of the country."]
    assert {h.reason for h in headings} == {"float_heading"}


def test_headings_before_a_barrier_are_not_floats():
    after = line("north of the country.", 20000)
    after.barrier = True
    lines = [line("It began in the", 0), line("Figure Title", 100, "heading"), after]
    blocks = join_broken_paragraphs(lines)
    assert len(blocks) == 3 and lines[1].reason is None


@pytest.mark.parametrize("module", [normalise_blocks, normalise_pullquotes])
def test_docstring_examples_hold(module):
    result = doctest.testmod(module)
    assert result.attempted and not result.failed
