"""The metadata sidecar `<doc_id>.meta.json`: one typed model, every field's type checked."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

_PUBLISHED = ((r"\d{4}-\d{2}-\d{2}", "day"), (r"\d{4}-\d{2}", "month"), (r"\d{4}", "year"))


def parse_published(value: object) -> tuple[date | None, str | None]:
    """Sidecar publication date 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' → (first day, precision).

    >>> parse_published("2015-06-15")
    (datetime.date(2015, 6, 15), 'day')
    >>> parse_published("2013")
    (datetime.date(2013, 1, 1), 'year')
    """
    if value is None:
        return None, None
    text = str(value).strip()
    for pattern, precision in _PUBLISHED:
        if re.fullmatch(pattern, text):
            parts = [int(p) for p in text.split("-")] + [1, 1]
            return date(parts[0], parts[1], parts[2]), precision
    raise ValueError(f"published {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")


class Provenance(BaseModel):
    """Where a document was obtained: repository and commit, or stored page, and what was cut."""

    model_config = ConfigDict(extra="forbid", strict=True)
    obtained_from: str | None = None
    commit: str | None = None
    path: str | None = None
    retrieved: str | None = None
    transformations: str | None = None


class Sidecar(BaseModel):
    """The fields a sidecar may hold; unknown fields and wrong types are rejected."""

    model_config = ConfigDict(extra="forbid", strict=True)
    title: str | None = None
    publisher: str | None = None
    authors: list[str] = []
    published: str | None = None
    source_url: str | None = None
    licence: str | None = None
    notes: str | None = None
    provenance: Provenance | None = None
    genre: str | None = None
    region: str | None = None
    language: str | None = None
    translated_from: str | None = None

    @field_validator("published")
    @classmethod
    def _published_format(cls, value: str | None) -> str | None:
        parse_published(value)
        return value


def _first_problem(exc: ValidationError) -> str:
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        if err["type"] == "extra_forbidden":
            allowed = sorted(Sidecar.model_fields)
            problems.append(f"unknown field {where!r}; allowed {allowed}")
        else:
            problems.append(f"{where}: {err['msg']} (got {err.get('input')!r:.60})")
    return "; ".join(problems)


def read_sidecar(path: Path) -> Sidecar:
    """Parse and check a sidecar; raises ValueError saying what is wrong, whatever went wrong."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path.name}: not valid UTF-8 JSON ({exc})") from exc
    except OSError as exc:  # a directory, no permission, vanished
        raise ValueError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: expected a JSON object, got {type(data).__name__}")
    try:
        return Sidecar.model_validate(data)
    except ValidationError as exc:
        raise ValueError(f"{path.name}: {_first_problem(exc)}") from None
