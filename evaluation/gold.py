"""Gold annotations: loading, locating their quotes in the raw text, checking their values."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from schemas.vocab import CERTAINTIES, DATE_PRECISIONS, EVENT_TYPES, RELATION_TYPES


@dataclass
class GoldEvent:
    id: str
    spans: list[tuple[int, int]]
    event_type: str
    date_start: str | None
    date_end: str | None
    date_precision: str
    country: str | None
    certainty: str
    perpetrators: set[str]
    targets: set[str]
    counts: dict[str, int | None]
    doubtful: bool = False
    same_as: list[str] = field(default_factory=list)


@dataclass
class GoldRelation:
    subject: str
    relation_type: str
    object: str
    date_start: str | None
    doubtful: bool = False


@dataclass
class GoldDocument:
    doc_id: str
    events: list[GoldEvent]
    relations: list[GoldRelation]
    actors: dict[str, list[str]]  # key → surface forms
    text: str = ""  # the raw text the offsets point into


def locate(text: str, quote: str, occurrence: int = 1, where: str = "") -> tuple[int, int]:
    """Offsets of the n-th occurrence of `quote` in `text`; a clear error if it is not there."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            raise ValueError(
                f"{where}: quote not found in the text (occurrence {occurrence}): {quote[:80]!r}"
            )
    return start, start + len(quote)


def _date(value: object) -> str | None:
    return None if value is None else str(value)


def _event(item: dict, text: str, where: str) -> GoldEvent:
    spans = [locate(text, item["quote"], item.get("occurrence", 1), where)]
    spans += [locate(text, q, 1, where) for q in item.get("also", [])]
    if item["event_type"] not in EVENT_TYPES:
        raise ValueError(f"{where}: event_type {item['event_type']!r} is not a contract value")
    if (
        item.get("date_precision", "unknown") not in DATE_PRECISIONS
        or item["certainty"] not in CERTAINTIES
    ):
        raise ValueError(f"{where}: bad date_precision or certainty")
    counts = {k: item.get(k) for k in ("killed", "injured", "hostages")}
    return GoldEvent(
        item["id"],
        spans,
        item["event_type"],
        _date(item.get("date_start")),
        _date(item.get("date_end")),
        item.get("date_precision", "unknown"),
        item.get("country"),
        item["certainty"],
        set(item.get("perpetrators") or []),
        set(item.get("targets") or []),
        counts,
        bool(item.get("doubtful")),
        list(item.get("same_as") or []),
    )


def find_source(doc_id: str, raw_dirs: list[Path]) -> Path | None:
    """The document a gold file annotates: same stem, any extension but a sidecar's."""
    for folder in raw_dirs:
        for candidate in sorted(folder.glob(f"{doc_id}.*")):
            if candidate.stem == doc_id and not candidate.name.endswith((".json", ".yaml", ".yml")):
                return candidate
    return None


def load_gold(path: Path, raw_dirs: list[Path]) -> GoldDocument:
    """One gold file, its quotes located in the document it annotates."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc_id = data["doc_id"]
    source = find_source(doc_id, raw_dirs)
    if source is None:
        raise FileNotFoundError(
            f"{path.name}: no document {doc_id}.* in {[str(d) for d in raw_dirs]}"
        )
    text = source.read_bytes().decode("utf-8-sig")
    events = [_event(e, text, f"{path.name} {e.get('id')}") for e in data.get("events") or []]
    relations = []
    for r in data.get("relations") or []:
        if r["relation_type"] not in RELATION_TYPES:
            raise ValueError(
                f"{path.name}: relation_type {r['relation_type']!r} is not a contract value"
            )
        relations.append(
            GoldRelation(
                r["subject"],
                r["relation_type"],
                r["object"],
                _date(r.get("date_start")),
                bool(r.get("doubtful")),
            )
        )
    actors = {a["key"]: list(a.get("surface_forms") or []) for a in data.get("actors") or []}
    return GoldDocument(doc_id, events, relations, actors, text)


def load_gold_dir(gold_dir: Path, raw_dirs: list[Path]) -> list[GoldDocument]:
    return [load_gold(p, raw_dirs) for p in sorted(gold_dir.glob("*.yaml"))]
