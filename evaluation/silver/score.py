"""Score a release built from the sampled GTD summaries against GTD's coded fields.

Each row is one document. Its main event is the violent event whose mention starts first in
that document; the row is scored on whether one is found, and on its date, country, doers and
killed count against GTD's iday/imonth/iyear, country_txt, gname/gname2 and nkill.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from evaluation.score import Release, folded, load_release
from evaluation.silver.sample import REGIONS, region_countries
from flows.resolve.resolved_mention import GENERIC_ACTOR
from schemas.views import connect_release
from schemas.vocab import VIOLENT_EVENT_TYPES

HERE = Path(__file__).resolve().parent


def gtd_folded(name: str) -> str:
    """A name as compared with GTD's: `folded`, accents and punctuation dropped, 'al-' and
    'Qaeda' spelt one way (GTD writes 'Al-Qaida', sources 'al Qaeda').

    >>> gtd_folded("Al-Qaeda in the Arabian Peninsula (AQAP)")
    'al qaida in the arabian peninsula  aqap'
    """
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"\bal[- ]", "al ", folded(s)).replace("qaeda", "qaida")
    return re.sub(r"[^a-z0-9 ]+", " ", s).strip()


UNNAMED = {
    gtd_folded(g)
    for g in yaml.safe_load((HERE / "unnamed_groups.yaml").read_text(encoding="utf-8"))
}


def group_forms(gname: str) -> set[str]:
    """GTD's group name folded, and its two halves when it ends in a bracket ('Name (ACRONYM)')."""
    forms = {gtd_folded(gname)}
    if m := re.match(r"(.*?)\s*\(([^)]+)\)\s*$", gname):
        forms |= {gtd_folded(m.group(1)), gtd_folded(m.group(2))}
    return {f for f in forms if f}


def names_group(gname: str, names: set[str]) -> bool:
    """One of an actor's names is GTD's group: equal folded, or (both longer than five letters,
    so that acronyms only match exactly) near enough in words and in letters."""
    for name in map(gtd_folded, names):
        for form in group_forms(gname):
            if name == form or (
                len(form) > 5
                and len(name) > 5
                and fuzz.token_set_ratio(name, form) >= 85
                and fuzz.ratio(name, form) >= 70
            ):
                return True
    return False


def killed_count(value) -> int | None:
    """GTD's nkill as a number; None where GTD has none (an empty field)."""
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def violent_events_in_order(release: Release, doc_id: str) -> list[str]:
    """The document's violent events, the one whose mention starts first first (ties by id)."""
    spans = release.spans.get(doc_id, {})
    starts = {
        eid: min(s for s, _ in sp)
        for eid, sp in spans.items()
        if release.events[eid]["event_type"] in VIOLENT_EVENT_TYPES
    }
    return sorted(starts, key=lambda eid: (starts[eid], eid))


def date_agrees(event: dict, row: dict) -> bool:
    """The day GTD codes, or the month where GTD's day is 0, at that precision."""
    start = event["date_start"]
    if start is None:
        return False
    if row["day"]:
        gold = date(row["year"], row["month"], row["day"])
        return event["date_precision"] == "day" and start == gold
    return event["date_precision"] == "month" and (start.year, start.month) == (
        row["year"],
        row["month"],
    )


@dataclass
class Doers:
    """How a row's coded group compares with the doers the release gives."""

    unnamed_gold: bool
    right: bool
    right_in_any_event: bool


def doers_agree(row: dict, event_ids: list[str], release: Release) -> Doers:
    """GTD's unnamed codings are right when no named actor did the main event; a named group
    is right when a named doer of the main event (or, for `right_in_any_event`, of any violent
    event of the document) is known by its name."""

    def named_doers(eid: str) -> list[str]:
        ids = release.events[eid]["perpetrator_ids"] or []
        return [a for a in ids if not a.startswith(GENERIC_ACTOR)]

    groups = [g for g in (row["gname"], row.get("gname2") or "") if g.strip()]
    unnamed = not row["gname"].strip() or gtd_folded(row["gname"]) in UNNAMED
    main = named_doers(event_ids[0])
    if unnamed:
        return Doers(True, not main, not main)

    def any_named(doers: list[str]) -> bool:
        return any(names_group(g, release.aliases.get(a, set())) for a in doers for g in groups)

    right = any_named(main)
    return Doers(False, right, right or any(any_named(named_doers(e)) for e in event_ids))


def score_row(row: dict, release: Release, iso2: dict[str, str]) -> dict:
    """One row's record: found, and the main event's checks (None where GTD has no value)."""
    event_ids = violent_events_in_order(release, row["id"])
    rec = {"id": row["id"], "gname": row["gname"], "text": row["text"], "found": bool(event_ids)}
    if not event_ids:
        return rec
    e = release.events[event_ids[0]]
    doers = doers_agree(row, event_ids, release)
    nkill = killed_count(row.get("nkill"))
    return rec | {
        "type": e["event_type"],
        "date": f"{e['date_start']} {e['date_precision']}",
        "date_ok": date_agrees(e, row),
        "country": e["country"],
        "country_ok": e["country"] == iso2.get(row["country"]),
        "perp": "; ".join(e["perpetrator_ids"] or []),
        "gold_generic": doers.unnamed_gold,
        "perp_ok": doers.right,
        "perp_any": doers.right_in_any_event,
        "nkill": nkill,
        "killed": e["killed"],
        "killed_ok": None if nkill is None else (e["killed"] or 0) == nkill,
    }


def duplicate_documents(release_dir: Path) -> set[str]:
    """Documents the build did not extract because another one has the same bytes."""
    con = connect_release(release_dir)
    return {
        r[0]
        for r in con.execute("SELECT doc_id FROM documents WHERE status = 'duplicate'").fetchall()
    }


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score_release(rows_path: Path, release_dir: Path, regions: Path = REGIONS) -> list[dict]:
    """Every sampled row's record, rows whose document was a duplicate left out; `regions`
    gives each GTD country its ISO2 code (the file the sample was drawn with)."""
    release, skip = load_release(release_dir), duplicate_documents(release_dir)
    iso2 = region_countries(regions)
    return [score_row(r, release, iso2) for r in read_rows(rows_path) if r["id"] not in skip]
