"""PETRARCH2's verb dictionary, as imported into dictionaries/petrarch/verbs.yaml, loaded into
typed records: verbs and the patterns of their blocks, each with its CAMEO event code, the synsets
the patterns name and the transformation rules."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flows.knowledge.petrarch.dictionary import (
    PetrarchDictionaryError,
    _field,
    cameo_root,
    default_dir,
    read_generated_yaml,
)


@dataclass(frozen=True)
class VerbEntry:
    """A verb of a block; `forms` None = regular inflection of `head` (or of `verb`)."""

    verb: str
    head: str | None
    forms: tuple[str, ...] | None
    code: str | None
    root: str | None
    block: str
    line: int


@dataclass(frozen=True)
class VerbPattern:
    """A pattern of a block: nouns/prepositional phrases `before` and `after` the verb."""

    block: str
    before: str
    after: str
    code: str | None
    root: str | None
    passive: str | None
    line: int


@dataclass(frozen=True)
class VerbDictionary:
    """PETRARCH2's verb dictionary: verbs and patterns in file order, synsets by name."""

    verbs: tuple[VerbEntry, ...]
    patterns: tuple[VerbPattern, ...]
    synsets: dict[str, tuple[str, ...]]
    transformations: tuple[tuple[str, str], ...]


def _pattern(raw: dict[str, Any]) -> VerbPattern:
    before, star, after = raw["pattern"].partition("*")
    if not star:
        raise ValueError(f"pattern {raw['pattern']!r} of block {raw['block']} has no '*'")
    code = raw.get("code")
    return VerbPattern(
        block=raw["block"],
        before=before.strip(),
        after=after.strip(),
        code=code,
        root=cameo_root(code),
        passive=raw.get("passive"),
        line=raw["line"],
    )


def _verb(raw: dict[str, Any]) -> VerbEntry:
    forms = raw.get("forms")
    code = raw.get("code")
    return VerbEntry(
        verb=raw["verb"],
        head=raw.get("head"),
        forms=None if forms is None else tuple(forms),
        code=code,
        root=cameo_root(code),
        block=raw["block"],
        line=raw["line"],
    )


def load_verbs(path: Path | None = None) -> VerbDictionary:
    """The verb dictionary of verbs.yaml: verbs and patterns (file order), synsets, rules."""
    path = path or default_dir() / "verbs.yaml"
    data = read_generated_yaml(path)
    try:
        verbs = tuple(_verb(v) for v in _field(data, "verbs", path, "the file"))
        patterns = tuple(_pattern(p) for p in _field(data, "patterns", path, "the file"))
        synsets = {s["name"]: tuple(s["forms"]) for s in data.get("synsets") or ()}
        rules = tuple((t["rule"], t["result"]) for t in data.get("transformations") or ())
    except (KeyError, TypeError, ValueError) as err:
        raise PetrarchDictionaryError(f"{path}: malformed entry ({err}); regenerate it") from err
    return VerbDictionary(verbs, patterns, synsets, rules)
