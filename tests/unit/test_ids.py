"""IDs are derived from content: same parts, same id; different parts, different id."""

from hypothesis import given
from hypothesis import strategies as st

from flows.ids import make_id, slugify

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
