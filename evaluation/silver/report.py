"""The silver table, the rows each check got wrong, and why named groups were missed."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml

FAILURE_CLASSES = Path(__file__).resolve().parent / "failure_classes.yaml"
CHECKS = ("date_ok", "country_ok", "perp_ok", "killed_ok")


def share(records: list[dict], key: str) -> str:
    """'right/all (fraction)' over `records`; a check with no value counts as not right."""
    right = sum(bool(r.get(key)) for r in records)
    return f"{right}/{len(records)} ({right / len(records) if records else 0:.2f})"


def table(records: list[dict]) -> str:
    """The figures: found over all rows, each check over the rows whose event was found."""
    found = [r for r in records if r["found"]]
    with_nkill = [r for r in found if r["killed_ok"] is not None]
    named = [r for r in found if not r["gold_generic"]]
    unnamed = [r for r in found if r["gold_generic"]]
    n = len(records)
    return "\n".join(
        [
            f"rows {n}  violent event found {len(found)}/{n} ({len(found) / n if n else 0:.2f})",
            f"  date {share(found, 'date_ok')}  country {share(found, 'country_ok')}  "
            f"perp {share(found, 'perp_ok')}  perp any-event {share(found, 'perp_any')}",
            f"  killed {share(with_nkill, 'killed_ok')}",
            f"  perp on named-group rows {share(named, 'perp_ok')}  "
            f"on Unknown rows {share(unnamed, 'perp_ok')}",
        ]
    )


def wrong_rows(records: list[dict]) -> str:
    """For each check, the rows it got wrong with what the release said; then the rows whose
    document has no violent event."""
    lines = []
    found = [r for r in records if r["found"]]
    for check in CHECKS:
        lines.append(f"\n=== wrong {check}")
        for r in (r for r in found if r[check] is False):
            lines.append(
                f"{r['id']} [{r['type']}] date={r['date']} ctry={r['country']} "
                f"perp={r['perp']!r} gold={r['gname']!r} killed={r['killed']}/{r['nkill']}\n"
                f"     {r['text'][:300]}"
            )
    lines.append("\n=== not found")
    lines += [f"{r['id']} {r['text'][:200]}" for r in records if not r["found"]]
    return "\n".join(lines)


def clause_naming(text: str, gname: str) -> str | None:
    """The first clause of `text` (ending in '.' or ';') that names GTD's group: in full, by
    its bracketed acronym, without the bracket, or by its first long capitalised word."""
    bare = re.sub(r"\s*\(.*", "", gname)
    keys = [gname, bare, *re.findall(r"\(([^)]+)\)", gname)]
    keys += [w for w in re.sub(r"\(.*", "", gname).split() if len(w) > 4 and w[0].isupper()][:1]
    for clause in re.split(r"(?<=[.;])\s+", text):
        if any(k.lower() in clause.lower() for k in keys if k):
            return clause
    return None


def failure_classes(records: list[dict], path: Path = FAILURE_CLASSES) -> str:
    """Rows coded with a named group whose main event has no matching doer, counted by how the
    text attributes the deed (failure_classes.yaml), with up to four examples each."""
    classes = yaml.safe_load(path.read_text(encoding="utf-8"))
    missed = [r for r in records if r["found"] and not r["gold_generic"] and not r["perp_ok"]]
    counts, examples = Counter(), defaultdict(list)
    for r in missed:
        clause = clause_naming(r["text"], r["gname"])
        label = "gold name not in text" if clause is None else None
        label = label or next(
            (c["label"] for c in classes if re.search(c["pattern"], clause, re.IGNORECASE)),
            "other",
        )
        counts[label] += 1
        examples[label].append((r["id"], clause[:110]) if clause else r["id"])
    lines = [f"named-group rows with no matching doer: {len(missed)}"]
    for label, n in counts.most_common():
        lines += [f"{n} {label}"] + [f"     {e}" for e in examples[label][:4]]
    return "\n".join(lines)
