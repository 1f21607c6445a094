"""Property tests: the offset map and paragraph invariants hold for any input."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.normalise import NormalisedText, load_boilerplate_rules, normalise
from flows.normalise.lines import MAX_LINE_CHARS
from flows.settings import Settings

RULES = load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml")
SEED_NAMES = ("000_576e9f0aacdda7ff.txt", "003_b0b3c6eb06696a3e.txt")
SEEDS = [Path(Settings().raw_dir, name).read_text(encoding="utf-8") for name in SEED_NAMES]
SEED_LINES = sorted({line for seed in SEEDS for line in seed.split("\n")})
FRAGMENTS = [
    "NOTES", "SELECTED BIBLIOGRAPHY", "1. Smith, 2001.", "2. *ibid.*", "More from Some Paper",
    "About This Report", "Figure 1. A Map", "SOURCE: x.", "a\tb\tc", "- item", "**bold**",
    "*it*", "\\$5", "¹²", "Bel-", "mokhtar.", "the United", "States has.", "[x](#)",
    "THE HEADING", "A sentence that ends.", "“Quoted,” he said.", "Tripoli’s", "   ", "\t",
    "\r", "\u00a0", "\u2028", "—", "-", "’", "[AQIM’s]", "42", "© 2013", "www.x.org",
]  # fmt: skip
SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_invariants(raw: str, nt: NormalisedText) -> None:
    """What every consumer of NormalisedText relies on."""
    text, offsets = nt.text, nt.raw_offsets
    assert len(offsets) == len(text)
    assert all(a < b for a, b in zip(offsets, offsets[1:], strict=False)), "not increasing"
    assert all(0 <= o < len(raw) for o in offsets)
    for i, (char, offset) in enumerate(zip(text, offsets, strict=True)):
        # Only separators and joining/collapsed spaces may differ from the raw character.
        assert char == raw[offset] or char in " \n", (i, char, raw[offset])
    pieces = [text[p.start : p.end] for p in nt.paragraphs]
    assert all(piece and "\n" not in piece and piece == piece.strip() for piece in pieces)
    assert all(p.kind in ("body", "heading") for p in nt.paragraphs)
    ends = [0] + [p.end for p in nt.paragraphs]
    gaps = [text[a : p.start] for a, p in zip(ends, nt.paragraphs, strict=False)]
    assert gaps[:1] in ([], [""]) and all(g in ("\n", "\n\n") for g in gaps[1:])
    assert not nt.paragraphs or nt.paragraphs[-1].end == len(text)
    assert all(0 <= at <= len(text) and n >= 0 for at, n in nt.footnote_markers)
    assert all(0 <= s < e <= len(raw) and reason for s, e, reason in nt.dropped)
    assert [s for s, *_ in nt.dropped] == sorted(s for s, *_ in nt.dropped)


@SLOW
@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_invariants_hold_for_arbitrary_text(raw):
    assert_invariants(raw, normalise(raw, RULES))


@SLOW
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=30), st.data())
def test_invariants_hold_for_markup_heavy_text(parts, data):
    joiners = st.sampled_from(["", " ", "\n", "\n\n", "\n \n"])
    raw = "".join(part + data.draw(joiners) for part in parts)
    assert_invariants(raw, normalise(raw, RULES))


@SLOW
@given(st.integers(0, 1), st.integers(0, 90_000), st.integers(0, 90_000))
def test_invariants_hold_for_any_slice_of_a_seed(which, start, length):
    raw = SEEDS[which][start : start + length]
    assert_invariants(raw, normalise(raw, RULES))


@SLOW
@given(st.lists(st.sampled_from(SEED_LINES), max_size=60), st.sampled_from(["\n", "\n\n"]))
def test_invariants_hold_for_reshuffled_seed_lines(lines, joiner):
    raw = joiner.join(lines)
    assert_invariants(raw, normalise(raw, RULES))


def test_invariants_hold_on_the_whole_seeds():
    for raw in SEEDS:
        assert_invariants(raw, normalise(raw, RULES))


@SLOW
@given(
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), min_size=1, max_size=8), st.data()
)
def test_invariants_hold_for_lines_too_long_to_parse_whole(parts, data):
    # a line over MAX_LINE_CHARS, cut at sentence ends, spaces, or inside a run without any
    unit = "".join(parts) + data.draw(st.sampled_from(["", " ", ". ", "x" * 400]))
    raw = unit * (MAX_LINE_CHARS // max(len(unit), 1) + 2)
    nt = normalise(raw, RULES)
    assert_invariants(raw, nt)
    assert all(p.end - p.start <= MAX_LINE_CHARS for p in nt.paragraphs)
