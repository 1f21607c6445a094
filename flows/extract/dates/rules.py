"""The date vocabulary of `dictionaries/dates.yaml` (parts of a period, anchors such as "last" and
"past", weekend words, holidays, ...), read once and typed for the date readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class DateRules:
    """The contents of dates.yaml, typed."""

    decade_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    month_parts: dict[str, tuple[int, int]]
    week_parts: dict[str, tuple[int, int]]
    leading_words: tuple[str, ...]
    open_ended_words: tuple[str, ...]
    deadline_words: tuple[str, ...]
    range_joiners: tuple[str, ...]
    holidays: dict[str, tuple[int, int]]
    named_dates: dict[str, date]
    relative_days: dict[str, int]
    weekday_future_tolerance_days: int
    weekend_words: tuple[str, ...]
    day_parts: tuple[str, ...]
    units: dict[str, str]
    anchors: dict[str, str]
    vague_words: frozenset[str]
    narrative_anchors: tuple[str, ...]
    clock_words: tuple[str, ...] = ()
    day_part_prefixes: tuple[str, ...] = ()
    year_anaphors: tuple[str, ...] = ()
    week_ordinals: dict[str, int] = field(default_factory=dict)
    types_not_dated_by_story: frozenset[str] = frozenset()
    open_ended_after: tuple[str, ...] = ()
    after_story_words: tuple[str, ...] = ()
    after_story_anchors: tuple[str, ...] = ()
    after_story_openers: tuple[str, ...] = ()
    telling_forms: tuple[str, ...] = ()
    running_words: tuple[str, ...] = ()
    running_types: frozenset[str] = frozenset()
    bounded_story_precisions: frozenset[str] = frozenset()
    later_words: tuple[str, ...] = ()
    later_open_precisions: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_date_rules(path: Path) -> DateRules:
    """Read dates.yaml once per path.

    Args:
        path: the dates.yaml file.
    """
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return _date_rules(raw)
    except (KeyError, TypeError, IndexError) as error:
        raise ValueError(
            f"{path}: missing or malformed entry {error}; see the file's comments"
        ) from error


def _date_rules(raw: dict) -> DateRules:
    """The parsed YAML, typed."""

    def pairs(key: str) -> dict[str, tuple[int, int]]:
        return {k: (int(v[0]), int(v[1])) for k, v in raw[key].items()}

    # Longest phrase first, so "end of" is tried before "end" and "a few" before "a".
    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted((str(w) for w in words), key=len, reverse=True))

    return DateRules(
        decade_parts=pairs("decade_parts"),
        year_parts=pairs("year_parts"),
        month_parts=pairs("month_parts"),
        week_parts=pairs("week_parts"),
        leading_words=longest_first(raw["leading_words"]),
        open_ended_words=longest_first(raw["open_ended_words"]),
        deadline_words=longest_first(raw["deadline_words"]),
        range_joiners=longest_first(raw["range_joiners"]),
        holidays=pairs("holidays"),
        named_dates={str(k): v for k, v in raw["named_dates"].items()},
        relative_days={str(k): int(v) for k, v in raw["relative_days"].items()},
        weekday_future_tolerance_days=int(raw["weekday_future_tolerance_days"]),
        weekend_words=tuple(raw["weekend_words"]),
        day_parts=tuple(raw["day_parts"]),
        units=dict(raw["units"]),
        anchors={w: kind for kind, words in raw["relative_anchors"].items() for w in words},
        vague_words=frozenset(raw["vague_words"]),
        narrative_anchors=tuple(raw["narrative_anchors"]),
        clock_words=tuple(str(w) for w in raw.get("clock_words", ())),
        day_part_prefixes=longest_first(raw.get("day_part_prefixes", [])),
        year_anaphors=longest_first(raw.get("year_anaphors", [])),
        week_ordinals={str(k): int(v) for k, v in raw.get("week_ordinals", {}).items()},
        types_not_dated_by_story=frozenset(raw.get("types_not_dated_by_story", ())),
        open_ended_after=longest_first(raw.get("open_ended_after", [])),
        after_story_words=longest_first(raw.get("after_story_words", [])),
        after_story_anchors=longest_first(raw.get("after_story_anchors", [])),
        after_story_openers=longest_first(raw.get("after_story_openers", [])),
        telling_forms=longest_first(raw.get("telling_forms", [])),
        running_words=longest_first(raw.get("running_words", [])),
        running_types=frozenset(raw.get("running_types", ())),
        bounded_story_precisions=frozenset(raw.get("bounded_story_precisions", ())),
        later_words=tuple(raw.get("later_words", ())),
        later_open_precisions=frozenset(raw.get("later_open_precisions", ())),
    )
