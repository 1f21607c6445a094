"""Validate: every record is checked against its table's pandera model, lazily.

Records that fail go to the quarantine table with the failed checks as their reason;
the rest are published. Nothing is silently dropped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

import pandera.errors
import pandera.pandas as pa

from schemas.arrow import to_frame
from schemas.tables import TABLES


def _json_default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def quarantine_row(table: str, record: dict, errors: str) -> dict:
    """A quarantine record: the record as JSON with what was wrong."""
    return {
        "table_name": table,
        "record": json.dumps(record, sort_keys=True, default=_json_default, ensure_ascii=False),
        "errors": errors,
        "doc_id": record.get("doc_id") if isinstance(record.get("doc_id"), str) else None,
    }


def failures_by_row(exc: pandera.errors.SchemaErrors) -> tuple[dict[int, list[str]], list[str]]:
    """Failed checks per row index, and the failures that belong to no single row."""
    per_row: dict[int, list[str]] = defaultdict(list)
    whole: list[str] = []
    for case in exc.failure_cases.itertuples(index=False):
        where = case.column if isinstance(case.column, str) else "row"
        reason = f"{where}: {case.check} (got {case.failure_case!r})"
        if case.index is None or case.index != case.index:
            whole.append(reason)
        else:
            per_row[int(case.index)].append(reason)
    return per_row, whole


def validate_records(table: str, records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Split `records` into (valid, quarantine rows) against the table's model."""
    model: type[pa.DataFrameModel] = TABLES[table]
    if not records:
        return [], []
    frame = to_frame(records, model)
    try:
        model.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        per_row, whole = failures_by_row(exc)
        if whole:
            reason = "; ".join(sorted(set(whole)))
            return [], [quarantine_row(table, r, reason) for r in records]
        valid = [r for i, r in enumerate(records) if i not in per_row]
        bad = [
            quarantine_row(table, records[i], "; ".join(sorted(set(per_row[i]))))
            for i in sorted(per_row)
        ]
        return valid, bad
    return records, []


def drop_orphans(
    table: str, records: Iterable[dict], id_fields: dict[str, set[str]]
) -> tuple[list[dict], list[dict]]:
    """Quarantine records that point at ids which are not published (e.g. a quarantined actor)."""
    kept, bad = [], []
    for record in records:
        missing = []
        for field, known in id_fields.items():
            value = record.get(field)
            values = value if isinstance(value, list) else [value]
            missing += [f"{field}: {x} is not a published id" for x in values if x not in known]
        if missing:
            bad.append(quarantine_row(table, record, "; ".join(missing)))
        else:
            kept.append(record)
    return kept, bad


def validate_release(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Validate every table, then the links between them; failures land in `quarantine`."""
    out: dict[str, list[dict]] = {}
    quarantine: list[dict] = []
    for name in ("documents", "actors", "events", "event_mentions", "actor_mentions", "relations"):
        out[name], bad = validate_records(name, tables.get(name, []))
        quarantine += bad
    actor_ids = {a["actor_id"] for a in out["actors"]}
    out["events"], bad = drop_orphans(
        "events", out["events"], {"perpetrator_ids": actor_ids, "target_ids": actor_ids}
    )
    quarantine += bad
    event_ids = {e["event_id"] for e in out["events"]}
    out["event_mentions"], bad = drop_orphans(
        "event_mentions", out["event_mentions"], {"event_id": event_ids}
    )
    quarantine += bad
    out["actor_mentions"], bad = drop_orphans(
        "actor_mentions", out["actor_mentions"], {"actor_id": actor_ids}
    )
    quarantine += bad
    out["relations"], bad = drop_orphans(
        "relations", out["relations"], {"subject_id": actor_ids, "object_id": actor_ids}
    )
    quarantine += bad
    out["quarantine"], bad = validate_records("quarantine", quarantine)
    if bad:
        raise ValueError(f"quarantine rows themselves failed validation: {bad[:3]}")
    return out
