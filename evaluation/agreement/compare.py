"""Inter-annotator agreement: the gold (annotator A) against an independent second annotation (B).

`python -m evaluation.agreement.compare [dev|blind|blind2 ...] [--details]`

A = evaluation/gold/<split>/<doc_id>.yaml, B = evaluation/agreement/second/<split>/<doc_id>.yaml;
documents annotated twice are compared. Events are matched one-to-one by evidence: any of an
event's spans (`quote` and `also`) overlapping any of the other's, preferring the same type, then
the larger overlap (as evaluation/score.py's match_events). Doubtful events count neither way, as
in the scorer: a pair in which either side is doubtful, and an unmatched doubtful event, leave
both counts. Event F1 takes A as the reference. Attributes are compared on matched pairs of
non-doubtful events. `--details` lists the individual disagreements, for dev only: the held-out
splits' are never printed (evaluation/corpus/README.md).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.gold import GoldDocument, GoldEvent, load_gold
from evaluation.score import folded, span_overlap

ROOT = Path(__file__).resolve().parent.parent.parent
SPLITS = ("dev", "blind", "blind2")
READABLE = {"dev"}  # splits whose individual disagreements may be printed
ATTRIBUTES = ("type", "perpetrators", "date", "country", "certainty", "killed")
PERP_KINDS = ("both empty", "same set", "one empty", "partial overlap", "disjoint")
DATE_KINDS = ("same", "precision only", "partial overlap", "disjoint", "one undated")


def match(
    a_events: list[GoldEvent], b_events: list[GoldEvent]
) -> list[tuple[GoldEvent, GoldEvent]]:
    """One-to-one pairs whose spans overlap: same type first, then the larger overlap."""
    candidates = []
    for i, a in enumerate(a_events):
        for j, b in enumerate(b_events):
            overlap = span_overlap(a.spans, b.spans)
            if overlap > 0:
                candidates.append((a.event_type != b.event_type, -overlap, i, j))
    pairs, used_a, used_b = [], set(), set()
    for *_, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            pairs.append((a_events[i], b_events[j]))
            used_a.add(i)
            used_b.add(j)
    return pairs


def same_actor(key_a: str, key_b: str, forms_a: dict, forms_b: dict) -> bool:
    """Two keys denote one actor: equal, both generic, or sharing a surface form."""
    if key_a == key_b or (key_a.startswith("generic:") and key_b.startswith("generic:")):
        return True
    names_a = {folded(f) for f in forms_a.get(key_a, ())}
    names_b = {folded(f) for f in forms_b.get(key_b, ())}
    return bool(names_a & names_b)


def perpetrator_kind(a: set[str], b: set[str], forms_a: dict, forms_b: dict) -> str:
    """One of PERP_KINDS: both empty / same set / one empty / partial overlap / disjoint."""
    if not a and not b:
        return "both empty"
    if not a or not b:
        return "one empty"
    a_found = [any(same_actor(x, y, forms_a, forms_b) for y in b) for x in a]
    b_found = [any(same_actor(x, y, forms_a, forms_b) for x in a) for y in b]
    if all(a_found) and all(b_found):
        return "same set"
    return "partial overlap" if any(a_found) else "disjoint"


def _interval(e: GoldEvent) -> tuple[str, str] | None:
    if e.date_start is None and e.date_end is None:
        return None
    return (e.date_start or "0000-00-00", e.date_end or "9999-99-99")


def date_kind(a: GoldEvent, b: GoldEvent) -> str:
    """One of DATE_KINDS. 'precision only': one interval inside the other (2016-10-09 vs
    October 2016); an open end counts as unbounded."""
    if (a.date_start, a.date_end) == (b.date_start, b.date_end):
        return "same"
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return "one undated"
    if ia[1] < ib[0] or ib[1] < ia[0]:
        return "disjoint"
    inside = (ia[0] <= ib[0] and ib[1] <= ia[1]) or (ib[0] <= ia[0] and ia[1] <= ib[1])
    return "precision only" if inside else "partial overlap"


def checks(a: GoldEvent, b: GoldEvent, doc_a: GoldDocument, doc_b: GoldDocument) -> dict:
    """Which attributes of a matched pair agree, plus the perpetrator and date kinds."""
    perp = perpetrator_kind(a.perpetrators, b.perpetrators, doc_a.actors, doc_b.actors)
    dates = date_kind(a, b)
    return {
        "type": a.event_type == b.event_type,
        "perpetrators": perp in ("both empty", "same set"),
        "date": dates == "same",
        "country": a.country == b.country,
        "certainty": a.certainty == b.certainty,
        "killed": a.counts.get("killed") == b.counts.get("killed"),
        "perp_kind": perp,
        "date_kind": dates,
    }


@dataclass
class Tally:
    docs: int = 0
    a: int = 0
    b: int = 0
    matched: int = 0
    doubtful_pairs: int = 0  # matched pairs left out because either side is doubtful
    doubtful_one_side: int = 0  # ... of which only one side says doubtful
    agree: Counter = field(default_factory=Counter)
    perp_kinds: Counter = field(default_factory=Counter)
    date_kinds: Counter = field(default_factory=Counter)
    type_pairs: Counter = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)

    def f1(self) -> tuple[float, float, float]:
        p = self.matched / self.b if self.b else 0.0
        r = self.matched / self.a if self.a else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def compare_docs(doc_a: GoldDocument, doc_b: GoldDocument, tally: Tally) -> None:
    pairs = match(doc_a.events, doc_b.events)
    excluded_a = {a.id for a, b in pairs if a.doubtful or b.doubtful}
    excluded_b = {b.id for a, b in pairs if a.doubtful or b.doubtful}
    tally.docs += 1
    tally.doubtful_pairs += len(excluded_a)
    tally.doubtful_one_side += sum(a.doubtful != b.doubtful for a, b in pairs)
    tally.a += sum(not e.doubtful and e.id not in excluded_a for e in doc_a.events)
    tally.b += sum(not e.doubtful and e.id not in excluded_b for e in doc_b.events)
    hit_a, hit_b = {a.id for a, _ in pairs}, {b.id for _, b in pairs}
    for a, b in pairs:
        if a.doubtful or b.doubtful:
            continue
        tally.matched += 1
        c = checks(a, b, doc_a, doc_b)
        for name in ATTRIBUTES:
            tally.agree[name] += c[name]
        tally.perp_kinds[c["perp_kind"]] += 1
        tally.date_kinds[c["date_kind"]] += 1
        if not c["type"]:
            tally.type_pairs[(a.event_type, b.event_type)] += 1
        wrong = [n for n in ATTRIBUTES if not c[n]]
        if wrong:
            tally.details.append(
                f"{doc_a.doc_id} A:{a.id}/B:{b.id} " + "; ".join(_show(n, a, b) for n in wrong)
            )
    tally.details += [
        f"{doc_a.doc_id} only in A: {e.id} {e.event_type}"
        for e in doc_a.events
        if not e.doubtful and e.id not in hit_a
    ]
    tally.details += [
        f"{doc_b.doc_id} only in B: {e.id} {e.event_type}"
        for e in doc_b.events
        if not e.doubtful and e.id not in hit_b
    ]


def _show(name: str, a: GoldEvent, b: GoldEvent) -> str:
    values = {
        "type": lambda e: e.event_type,
        "perpetrators": lambda e: sorted(e.perpetrators),
        "date": lambda e: f"{e.date_start}..{e.date_end}",
        "country": lambda e: e.country,
        "certainty": lambda e: e.certainty,
        "killed": lambda e: e.counts.get("killed"),
    }[name]
    return f"{name} {values(a)} vs {values(b)}"


def compare_split(split: str, root: Path = ROOT) -> Tally:
    corpus = root / "evaluation" / "corpus" / split
    tally = Tally()
    for path_b in sorted((root / "evaluation" / "agreement" / "second" / split).glob("*.yaml")):
        path_a = root / "evaluation" / "gold" / split / path_b.name
        if path_a.exists():
            compare_docs(load_gold(path_a, [corpus]), load_gold(path_b, [corpus]), tally)
    return tally


def table(results: dict[str, Tally]) -> str:
    splits = list(results)
    rows = [("documents", [str(t.docs) for t in results.values()])]
    rows += [
        ("events in A (gold)", [str(t.a) for t in results.values()]),
        ("events in B (second)", [str(t.b) for t in results.values()]),
        ("matched", [str(t.matched) for t in results.values()]),
        ("event P / R / F1 (A as ref.)", [_prf(t) for t in results.values()]),
        ("pairs left out (doubtful)", [str(t.doubtful_pairs) for t in results.values()]),
        ("  doubtful on one side only", [str(t.doubtful_one_side) for t in results.values()]),
    ]
    for name in ATTRIBUTES:
        rows.append(
            (f"{name} agreement", [_rate(t.agree[name], t.matched) for t in results.values()])
        )
    for kind in DATE_KINDS:
        rows.append((f"  date: {kind}", [str(t.date_kinds[kind]) for t in results.values()]))
    for kind in PERP_KINDS:
        rows.append(
            (f"  perpetrators: {kind}", [str(t.perp_kinds[kind]) for t in results.values()])
        )
    width = max(len(r[0]) for r in rows)
    lines = [f"| {'':{width}} | " + " | ".join(f"{s:>22}" for s in splits) + " |"]
    lines.append(f"|{'-' * (width + 2)}|" + "|".join("-" * 24 for _ in splits) + "|")
    lines += [f"| {n:{width}} | " + " | ".join(f"{v:>22}" for v in vals) + " |" for n, vals in rows]
    return "\n".join(lines)


def _prf(t: Tally) -> str:
    return " / ".join(f"{x:.3f}" for x in t.f1())


def _rate(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "-"


def main(argv: list[str]) -> int:
    details = "--details" in argv
    splits = [a for a in argv if a in SPLITS] or list(SPLITS)
    results = {s: compare_split(s) for s in splits}
    print(table(results))
    for split, t in results.items():
        if details and split in READABLE:
            print(f"\n{split}: type confusions (A -> B): {dict(t.type_pairs)}")
            print(f"{split}: disagreements")
            print("\n".join(f"  {d}" for d in t.details))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
