"""The reviewed actor dictionary (dictionaries/actors.yaml): loading, validation, matching keys.

The dictionary is data reviewed like code, so loading it is strict: every problem is reported at
once, each with the file, the entry and what to do, and nothing half-valid is ever returned.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from flows.knowledge.actor_entry_checks import _LIST_FIELDS, _date_str, _entry_problems, _str_tuple
from flows.settings import PROJECT_ROOT
from schemas.vocab import RELATION_TYPES

DEFAULT_PATH = PROJECT_ROOT / "dictionaries" / "actors.yaml"

_LINK_FIELDS = frozenset({"relation", "object", "start", "end"})

# Apostrophe-like marks (curly quotes, ayn/hamza letters, backtick, acute) and double quotes.
_QUOTES = str.maketrans(
    {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u02b9\u02bb\u02bc\u02bd\u02be\u02bf`\u00b4"}
    | {c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"}
)
_POSSESSIVE = re.compile(r"'s?$")
_DROP = re.compile(r"['\".]")  # transliteration marks and acronym dots vary between sources
_SEPARATORS = re.compile(r"[\-\u2010-\u2015\u2212_/]+")
_LEADING_THE = re.compile(r"^(?:the )+")
_ARTICLE = re.compile(r"\b[ae]l ")  # "al-", "al ", "el-", "El " are one Arabic article


class ActorDictionaryError(ValueError):
    """The actor dictionary file is malformed; the message lists every problem found."""


@dataclass(frozen=True)
class DictionaryRole:
    """A dated link from an actor to another dictionary key (PETRARCH-style date bounds)."""

    relation: str
    object: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class DictionaryActor:
    """One reviewed actor; `key` is the stable suffix of its actor_id."""

    key: str
    name: str
    actor_type: str
    country: str | None
    wikidata_id: str | None
    aliases: tuple[str, ...]
    former_names: tuple[str, ...]
    metonyms: tuple[str, ...]
    roles: tuple[DictionaryRole, ...]
    relations: tuple[DictionaryRole, ...]
    # forms match only as written: a name of ordinary words ("Shining Path") read in any case
    # would take ordinary phrases for the actor
    exact_case: bool = False

    def names(self) -> tuple[str, ...]:
        """Name, aliases and former names: every form that denotes this actor on its own."""
        return (self.name, *self.aliases, *self.former_names)


@dataclass(frozen=True)
class ActorDictionary:
    """All reviewed actors, plus the surface forms that name more than one of them."""

    version: str
    actors: dict[str, DictionaryActor]
    ambiguous_aliases: dict[str, tuple[str, ...]]

    @cached_property
    def _ambiguous_keys(self) -> dict[str, tuple[str, ...]]:
        return {match_key(alias): keys for alias, keys in self.ambiguous_aliases.items()}

    @cached_property
    def _index(self) -> dict[str, tuple[str, ...]]:
        index: dict[str, dict[str, None]] = {}  # dict as an ordered set of keys
        for actor in self.actors.values():
            for form in actor.names():
                index.setdefault(match_key(form), {})[actor.key] = None
        return {mk: tuple(keys) for mk, keys in index.items()} | self._ambiguous_keys

    def surface_forms(self) -> list[tuple[str, str]]:
        """(surface form, key) for every name, alias and former name, e.g. for an EntityRuler.

        Ambiguous forms and metonyms are left out: they need context, which a ruler lacks.
        """
        out = []
        for actor in self.actors.values():
            out.extend(
                (form, actor.key)
                for form in actor.names()
                if match_key(form) not in self._ambiguous_keys
            )
        return out

    def lookup(self, text: str) -> tuple[str, ...]:
        """Keys a surface form may denote: one for a known alias, several if ambiguous, else ()."""
        return self._index.get(match_key(text), ())

    @cached_property
    def _metonym_owners(self) -> dict[str, str]:
        owners: dict[str, set[str]] = {}
        for actor in self.actors.values():
            for form in actor.metonyms:
                owners.setdefault(match_key(form), set()).add(actor.key)
        return {form: min(keys) for form, keys in owners.items() if len(keys) == 1}

    def metonym_owner(self, text: str) -> str | None:
        """The one actor a place's name stands for as a metonym ("Tehran": Iran), if only one
        lists it."""
        return self._metonym_owners.get(match_key(text))


@lru_cache(maxsize=1 << 16)  # names recur across documents: 25,000 calls resolving the bench corpus
def match_key(text: str) -> str:
    """Normalised key under which spelling variants of one name compare equal.

    Folds case, diacritics, curly quotes and transliteration marks, acronym dots, hyphens vs
    spaces, the Arabic article (al-/al /el-/Al ), a leading "the" and a trailing possessive.
    Real spelling differences stay distinct (Qaeda vs Qaida, Droukdal vs Droukdel).

    >>> match_key("Al-Qaeda’s") == match_key("al Qaeda")
    True
    >>> match_key("Droukdal") == match_key("Droukdel")
    False
    """
    s = unicodedata.normalize("NFKD", text.translate(_QUOTES)).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = _POSSESSIVE.sub("", s.translate(_QUOTES).strip())
    s = _SEPARATORS.sub(" ", _DROP.sub("", s))
    s = _LEADING_THE.sub("", " ".join(s.split()))
    return _ARTICLE.sub("al ", s)


def load_actor_dictionary(path: Path = DEFAULT_PATH) -> ActorDictionary:
    """Load and validate the actor dictionary.

    Raises:
        ActorDictionaryError: listing every problem (duplicate keys, unknown types or relations,
            bad countries or dates, links to unknown keys, aliases shared by two keys that are not
            declared in ambiguous_aliases), each with the entry and the fix.
    """
    raw = _read_yaml(path)
    errors: list[str] = []
    actors: dict[str, DictionaryActor] = {}
    for index, entry in enumerate(raw.get("actors") or []):
        actor = _parse_entry(entry, index, errors)
        if actor is None:
            continue
        if actor.key in actors:
            errors.append(f"entry '{actor.key}': duplicate key; keys are unique, merge the entries")
            continue
        actors[actor.key] = actor
    ambiguous = _parse_ambiguous(raw.get("ambiguous_aliases") or {}, actors, errors)
    _check_links(actors, errors)
    _check_alias_clashes(actors, ambiguous, errors)
    if not isinstance(raw.get("version"), str | int | date) or not str(raw.get("version")).strip():
        errors.append("top level: 'version' is missing; add version: <date or semver>")
    if errors:
        raise ActorDictionaryError(f"{path}: invalid actor dictionary:\n  " + "\n  ".join(errors))
    return ActorDictionary(str(raw["version"]), actors, ambiguous)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ActorDictionaryError(f"{path}: cannot read the actor dictionary: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("actors", []), list):
        raise ActorDictionaryError(
            f"{path}: expected a mapping with 'version', 'actors' (a list), 'ambiguous_aliases'"
        )
    unknown = sorted(set(raw) - {"version", "actors", "ambiguous_aliases"})
    if unknown:
        raise ActorDictionaryError(f"{path}: unknown top-level fields {unknown}; remove them")
    return raw


def _parse_entry(entry: Any, index: int, errors: list[str]) -> DictionaryActor | None:
    if not isinstance(entry, dict):
        errors.append(f"entry #{index + 1}: not a mapping; write it as '- key: ...'")
        return None
    key = entry.get("key")
    problems = _entry_problems(entry)
    links = {f: _parse_links(entry.get(f), f, problems) for f in ("roles", "relations")}
    lists = {f: _str_tuple(entry.get(f), f, problems) for f in _LIST_FIELDS}
    where = f"entry '{key}'" if isinstance(key, str) else f"entry #{index + 1}"
    errors.extend(f"{where}: {p}" for p in problems)
    if problems:
        return None
    fields = {f: entry.get(f) for f in ("key", "name", "actor_type", "country", "wikidata_id")}
    return DictionaryActor(**fields, **lists, **links)


def _parse_links(value: Any, field: str, problems: list[str]) -> tuple[DictionaryRole, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append(f"'{field}' must be a list of {{relation, object, start, end}} mappings")
        return ()
    links = []
    for item in value:
        try:
            links.append(_parse_link(item))
        except ValueError as exc:
            problems.append(f"{field}: {exc}")
    return tuple(links)


def _parse_link(item: Any) -> DictionaryRole:
    if not isinstance(item, dict) or set(item) - _LINK_FIELDS or "object" not in item:
        raise ValueError(f"{item!r} must be a mapping with keys {sorted(_LINK_FIELDS)}")
    relation, obj = item.get("relation"), str(item["object"])
    if relation not in RELATION_TYPES:
        raise ValueError(f"unknown relation {relation!r}; use one of {sorted(RELATION_TYPES)}")
    start, end = _date_str(item.get("start")), _date_str(item.get("end"))
    # Compare at the coarser precision: start 2013-01, end 2013 is consistent.
    if start and end and end[: len(start)] < start[: len(end)]:
        raise ValueError(f"{relation} {obj}: end {end} is before start {start}")
    return DictionaryRole(relation, obj, start, end)


def _parse_ambiguous(
    raw: Any, actors: dict[str, DictionaryActor], errors: list[str]
) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        errors.append("ambiguous_aliases: must be a mapping alias -> [keys]")
        return {}
    out = {}
    for alias, keys in raw.items():
        if not isinstance(keys, list) or len(set(map(str, keys))) < 2:
            errors.append(f"ambiguous_aliases '{alias}': list at least two different keys")
        elif unknown := [k for k in keys if k not in actors]:
            errors.append(f"ambiguous_aliases '{alias}': unknown keys {unknown}; fix or add them")
        else:
            out[str(alias)] = tuple(keys)
    return out


def _check_links(actors: dict[str, DictionaryActor], errors: list[str]) -> None:
    for actor in actors.values():
        for field, links in (("roles", actor.roles), ("relations", actor.relations)):
            errors.extend(
                f"entry '{actor.key}': {field}: {link.relation} object '{link.object}' is not "
                "a key; add that entry first or fix the key"
                for link in links
                if link.object not in actors
            )


def _check_alias_clashes(
    actors: dict[str, DictionaryActor], ambiguous: dict[str, tuple[str, ...]], errors: list[str]
) -> None:
    declared = {match_key(alias): set(keys) for alias, keys in ambiguous.items()}
    owners: dict[str, dict[str, str]] = {}  # match key -> {actor key: surface form}
    for actor in actors.values():
        for form in (*actor.names(), *actor.metonyms):
            owners.setdefault(match_key(form), {}).setdefault(actor.key, form)
    for mk, by_key in owners.items():
        if len(by_key) > 1 and not set(by_key) <= declared.get(mk, set()):
            listed = ", ".join(f"'{form}' under '{key}'" for key, form in sorted(by_key.items()))
            errors.append(
                f"alias clash (match key '{mk}'): {listed}; keep it on one entry, or drop it "
                f"from them and declare it under ambiguous_aliases: {mk}: {sorted(by_key)}"
            )
