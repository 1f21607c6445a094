"""How far a set's figures can be trusted: document-level bootstrap intervals.

A split's figures rest on a few dozen documents; one event more or less moves blind's event
F1 by about 0.003 and its perpetrator accuracy by 0.004. Drawing the split's documents again
with replacement (1,000 draws from a fixed seed, so every run prints the same intervals) and
scoring each draw gives the 95% interval of each headline figure (`intervals`, in `make
eval`'s results), and, for two releases of the same documents, the interval of their
difference (`compare`): a change whose difference interval holds zero has not been shown to
help or harm.

    python -m evaluation.bootstrap SPLIT RELEASE_A RELEASE_B   (two outputs/ folders)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from evaluation.gold import GoldDocument
from evaluation.score import Release, score_events

DRAWS = 1000
SEED = 20261207
FIGURES = ("event_f1", "typed_f1", "perpetrators", "date", "country")


def document_tallies(docs: list[GoldDocument], release: Release) -> list[dict[str, int]]:
    """Per document: gold, predicted and matched events, and matched events right on type,
    perpetrators, date and country."""
    rows = []
    for doc in docs:
        tally, _ = score_events([doc], release)
        row = {"gold": tally.gold, "predicted": tally.predicted, "matched": tally.matched}
        for name in ("type", "perpetrators", "date", "country"):
            row[name] = sum(tally.attributes.get(name, []))
        rows.append(row)
    return rows


def figures(rows: list[dict[str, int]]) -> dict[str, float]:
    """The headline figures of a set of document tallies."""
    total = {k: sum(r[k] for r in rows) for k in rows[0]} if rows else {}
    both = total.get("gold", 0) + total.get("predicted", 0)
    matched = total.get("matched", 0)
    out = {
        "event_f1": 2 * matched / both if both else 0.0,
        "typed_f1": 2 * total.get("type", 0) / both if both else 0.0,
    }
    for name in ("perpetrators", "date", "country"):
        out[name] = total[name] / matched if matched else 0.0
    return out


def _draws(n: int) -> list[list[int]]:
    rng = random.Random(SEED)
    return [[rng.randrange(n) for _ in range(n)] for _ in range(DRAWS)]


def _interval(values: list[float]) -> list[float]:
    ordered = sorted(values)
    low, high = ordered[int(0.025 * len(ordered))], ordered[int(0.975 * len(ordered)) - 1]
    return [round(low, 4), round(high, 4)]


def intervals(rows: list[dict[str, int]]) -> dict[str, list[float]]:
    """95% interval of each headline figure over documents drawn with replacement."""
    if not rows:
        return {}
    drawn = [figures([rows[i] for i in draw]) for draw in _draws(len(rows))]
    return {name: _interval([d[name] for d in drawn]) for name in FIGURES}


def compare(before: list[dict[str, int]], after: list[dict[str, int]]) -> dict[str, dict]:
    """Each figure's change from `before` to `after` (tallies of the same documents, in the
    same order) and the 95% interval of the change, the same documents drawn for both."""
    if len(before) != len(after):
        raise ValueError("the two releases were scored on different documents")
    out = {}
    diffs: dict[str, list[float]] = {name: [] for name in FIGURES}
    for draw in _draws(len(before)):
        a, b = figures([before[i] for i in draw]), figures([after[i] for i in draw])
        for name in FIGURES:
            diffs[name].append(b[name] - a[name])
    whole_a, whole_b = figures(before), figures(after)
    for name in FIGURES:
        out[name] = {
            "before": round(whole_a[name], 4),
            "after": round(whole_b[name], 4),
            "change_interval": _interval(diffs[name]),
        }
    return out


def main(argv: list[str]) -> int:
    import evaluation.__main__ as ev
    from evaluation.gold import load_gold_dir
    from evaluation.score import load_release

    if len(argv) != 3 or argv[0] not in ev.SETS:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    raw_dirs, gold_dir = ev.SETS[argv[0]]
    docs = load_gold_dir(gold_dir, raw_dirs)
    before = document_tallies(docs, load_release(Path(argv[1])))
    after = document_tallies(docs, load_release(Path(argv[2])))
    for name, row in compare(before, after).items():
        low, high = row["change_interval"]
        print(
            f"{name:13} {row['before']:.4f} -> {row['after']:.4f}  change in [{low:+.4f}, {high:+.4f}]"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
