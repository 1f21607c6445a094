"""Bootstrap intervals: reproducible, around the figure, and a change's interval holds zero
only when the change is not shown."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.bootstrap import compare, figures, intervals


def doc(gold: int, predicted: int, matched: int, right: int) -> dict[str, int]:
    return {
        "gold": gold,
        "predicted": predicted,
        "matched": matched,
        "type": right,
        "perpetrators": right,
        "date": right,
        "country": right,
    }


SPLIT = [doc(10, 8, 7, 5), doc(4, 5, 3, 3), doc(12, 9, 8, 4), doc(6, 6, 5, 5), doc(3, 2, 2, 1)]


def test_figures_are_the_split_s_totals():
    got = figures(SPLIT)
    assert round(got["event_f1"], 4) == round(2 * 25 / (35 + 30), 4)
    assert round(got["perpetrators"], 4) == round(18 / 25, 4)


def test_intervals_are_the_same_on_every_run_and_hold_the_figure():
    first, again = intervals(SPLIT), intervals(SPLIT)
    assert first == again
    whole = figures(SPLIT)
    for name, (low, high) in first.items():
        assert low <= round(whole[name], 4) <= high


def test_a_change_in_every_document_is_shown_and_none_is_not():
    better = [doc(d["gold"], d["predicted"], d["matched"] + 1, d["type"] + 1) for d in SPLIT]
    shown = compare(SPLIT, better)["event_f1"]["change_interval"]
    assert shown[0] > 0
    same = compare(SPLIT, SPLIT)["event_f1"]["change_interval"]
    assert same == [0.0, 0.0]


def test_one_document_s_change_among_many_is_not_shown():
    many = SPLIT * 8
    one = [*many[:-1], doc(3, 2, 1, 1)]
    low, high = compare(many, one)["event_f1"]["change_interval"]
    assert low <= 0 <= high


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 20), st.integers(0, 20), st.integers(0, 20)),
        min_size=1,
        max_size=12,
    )
)
def test_every_interval_lies_within_what_a_figure_can_be(rows):
    split = []
    for gold, predicted, right in rows:
        matched = min(gold, predicted)
        split.append(doc(gold, predicted, matched, min(right, matched)))
    for low, high in intervals(split).values():
        assert 0.0 <= low <= high <= 1.0
