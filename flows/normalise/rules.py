"""Boilerplate rules for the normalise stage, loaded from `dictionaries/boilerplate.yaml`.

The code only knows rule *kinds*; every publisher phrase lives in the YAML file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml

RULE_KINDS = {
    "drop_line": "remove the line wherever the rule's zone allows",
    "end_of_body_marker": "remove the line and everything after it (tail zone only)",
    "caption": "a figure/table caption; starts a figure block",
    "caption_followup": "source/note lines, removed only inside a figure block",
    "table_row": "a flattened table row; removed and starts or extends a figure block",
}
ZONES = ("any", "head", "tail")


@dataclass(frozen=True)
class Tunables:
    """Thresholds of the general rules (documented in the YAML file)."""

    head_fraction: float = 0.25
    tail_fraction: float = 0.5
    front_matter_min_run: int = 3
    front_matter_max_words: int = 6
    pull_quote_min_chars: int = 40
    pull_quote_max_chars: int = 400
    pull_quote_fuzzy_min_chars: int = 80
    pull_quote_min_score: float = 90.0


@dataclass(frozen=True)
class LineRule:
    """One pattern of one kind; `reason` is recorded for every span it removes."""

    kind: str
    pattern: re.Pattern[str]
    reason: str
    zone: str = "any"


@dataclass(frozen=True)
class BoilerplateRules:
    """Everything publisher-specific the normaliser knows.

    Attributes:
        rules: line rules, tried in file order.
        notes_headings: casefolded heading lines that open an endnotes section.
        bibliography_headings: casefolded heading lines that open a bibliography.
        tunables: thresholds of the general (publisher-neutral) rules.
    """

    rules: tuple[LineRule, ...] = ()
    notes_headings: frozenset[str] = frozenset()
    bibliography_headings: frozenset[str] = frozenset()
    tunables: Tunables = field(default_factory=Tunables)

    def match(self, kind: str, texts: tuple[str, ...], position: float) -> LineRule | None:
        """First rule of `kind` whose zone admits `position` and whose pattern finds a text.

        Args:
            kind: one of `RULE_KINDS`.
            texts: the forms of the line to try (raw and clean).
            position: where the line starts, as a fraction of the document's length.
        """
        for rule in self.rules:
            if rule.kind != kind or not self._in_zone(rule.zone, position):
                continue
            if any(rule.pattern.search(text) for text in texts):
                return rule
        return None

    def _in_zone(self, zone: str, position: float) -> bool:
        if zone == "head":
            return position < self.tunables.head_fraction
        if zone == "tail":
            return position >= self.tunables.tail_fraction
        return True


def load_boilerplate_rules(path: Path) -> BoilerplateRules:
    """Read and check the boilerplate rules file.

    Args:
        path: the YAML file (normally `Settings().dictionaries_dir / "boilerplate.yaml"`).

    Returns:
        The compiled rules.

    Raises:
        ValueError: the file is not valid YAML or an entry is malformed; the message names
            the file and the entry.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML ({exc}); fix the syntax") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with 'rules', 'sections', 'tunables'")
    rules = tuple(_parse_rule(path, i, entry) for i, entry in enumerate(data.get("rules") or []))
    sections = data.get("sections") or {}
    return BoilerplateRules(
        rules=rules,
        notes_headings=_headings(path, sections, "notes"),
        bibliography_headings=_headings(path, sections, "bibliography"),
        tunables=_parse_tunables(path, data.get("tunables") or {}),
    )


def _parse_rule(path: Path, index: int, entry: object) -> LineRule:
    where = f"{path}: rules[{index}]"
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected a mapping with kind, pattern, reason")
    kind, pattern, reason = entry.get("kind"), entry.get("pattern"), entry.get("reason")
    zone = entry.get("zone", "tail" if kind == "end_of_body_marker" else "any")
    if kind not in RULE_KINDS:
        raise ValueError(f"{where}: kind {kind!r} is not one of {sorted(RULE_KINDS)}")
    if not isinstance(pattern, str) or not pattern:
        raise ValueError(f"{where}: 'pattern' must be a non-empty regex string")
    if not isinstance(reason, str) or not reason:
        raise ValueError(f"{where}: 'reason' must say why the line is removed")
    if zone not in ZONES:
        raise ValueError(f"{where}: zone {zone!r} is not one of {list(ZONES)}")
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{where}: pattern {pattern!r} does not compile ({exc})") from exc
    return LineRule(kind=kind, pattern=compiled, reason=reason, zone=zone)


def _headings(path: Path, sections: dict, name: str) -> frozenset[str]:
    values = sections.get(name) or []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"{path}: sections.{name} must be a list of heading strings")
    return frozenset(v.strip().casefold() for v in values)


def _parse_tunables(path: Path, values: dict) -> Tunables:
    defaults = Tunables()
    known = {f.name for f in fields(Tunables)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"{path}: unknown tunables {unknown}; known are {sorted(known)}")
    converted = {}
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{path}: tunables.{name} must be a number, not {value!r}")
        converted[name] = type(getattr(defaults, name))(value)
    return Tunables(**converted)
