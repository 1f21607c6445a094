"""IDs are derived from content: same parts, same id; different parts, different id."""

import re

from hypothesis import given
from hypothesis import strategies as st

from flows.ids import make_id, name_slug, slugify

parts = st.lists(st.one_of(st.text(max_size=20), st.integers(), st.none()), max_size=5)


@given(parts)
def test_make_id_is_deterministic_and_well_formed(values):
    a, b = make_id("evt", *values), make_id("evt", *values)
    assert a == b and a.startswith("evt-") and len(a) == 20


@given(st.text(max_size=20), st.text(min_size=1, max_size=20))
def test_make_id_keeps_parts_apart(x, y):
    # ("ab", "c") and ("abc", "") are different records and must get different ids
    assert make_id("r", x, y) != make_id("r", x + y, "")


@given(st.text())
def test_slugify_is_ascii_and_idempotent(text):
    slug = slugify(text)
    assert slug == slugify(slug) and slug.isascii() and " " not in slug


@given(st.text(max_size=30), st.text(max_size=30))
def test_discovered_names_never_share_a_slug_unless_they_spell_the_same(a, b):
    sa, sb = name_slug(a), name_slug(b)
    if sa is not None and sa == sb:
        # the same name, or Latin spellings that fold together ("Al-Qaeda", "al qaeda")
        assert a == b or (slugify(a) == slugify(b) and slugify(a))
    for slug in (sa, sb):
        assert slug is None or re.fullmatch(r"[a-z0-9_]+", slug) and slug.strip("_")


def test_names_in_any_script_get_a_well_formed_slug_and_symbols_none():
    assert name_slug("🇸🇴🇰🇪") is None and name_slug("---") is None
    assert name_slug("حركة الشباب") != name_slug("حركة الشبا")
    assert name_slug("Boko Haram") == "boko_haram"


def test_no_two_distinct_mentions_share_an_id_in_a_large_generated_corpus():
    """Every (doc, offsets, type, trigger) distinct → ids distinct; a million would do the same."""
    seen = {}
    for doc in range(40):
        for start in range(0, 5000, 7):
            for etype in ("attack", "bombing"):
                key = (f"doc{doc}", start, start + 40, etype, "attacked", start + 3, start + 11)
                seen[make_id("men", *key)] = key
    assert len(seen) == 40 * 715 * 2
