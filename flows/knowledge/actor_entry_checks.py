"""Checks on the fields of one entry of the actor dictionary (dictionaries/actors.yaml): its key,
name, type, country and Wikidata id, its lists of names, and the dates of its links. Each problem
says what to do; the loader (actor_dictionary.py) reports them all at once."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pycountry

from schemas.vocab import ACTOR_TYPES

_LIST_FIELDS = ("aliases", "former_names", "metonyms")
_ENTRY_FIELDS = frozenset(
    ("key", "name", "actor_type", "country", "wikidata_id", "roles", "relations", *_LIST_FIELDS)
)
_KEY = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
_QID = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _entry_problems(entry: dict[str, Any]) -> list[str]:
    extra = sorted(map(str, set(entry) - _ENTRY_FIELDS))
    problems = [f"unknown field '{f}'; allowed: {sorted(_ENTRY_FIELDS)}" for f in extra]
    key, name, kind = entry.get("key"), entry.get("name"), entry.get("actor_type")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        problems.append(f"key {key!r} is not a lowercase ascii slug; use e.g. 'al_qaeda'")
    if not isinstance(name, str) or not name.strip():
        problems.append("'name' is missing; give the canonical name")
    if kind not in ACTOR_TYPES:
        problems.append(f"unknown actor_type {kind!r}; use one of {sorted(ACTOR_TYPES)}")
    country = entry.get("country")
    iso2 = isinstance(country, str) and len(country) == 2 and country.isupper()
    if country is not None and not (iso2 and pycountry.countries.get(alpha_2=country)):
        problems.append(
            f"country {country!r} is not an ISO 3166-1 alpha-2 code; use e.g. DZ, or null "
            'if transnational (quote "NO" for Norway)'
        )
    qid = entry.get("wikidata_id")
    if qid is not None and not (isinstance(qid, str) and _QID.fullmatch(qid)):
        problems.append(f"wikidata_id {qid!r} is not a QID like Q34490; omit it when unsure")
    return problems


def _str_tuple(value: Any, field: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"'{field}' must be a list of non-empty strings (quote values like \"NO\")")
        return ()
    return tuple(value)


def _date_str(value: Any) -> str | None:
    """YAML reads 2004 as int and 2007-01-25 as a date; both are fine, normalised to strings."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    match = _DATE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        date(*(int(g) if g else 1 for g in match.groups()))
    except ValueError as exc:
        raise ValueError(f"date {value!r} does not exist ({exc})") from exc
    return text
