"""Frictionless Data Package descriptor and Markdown codebook, generated from the models."""

from __future__ import annotations

from schemas import vocab as v
from schemas.arrow import columns
from schemas.tables import SORT_KEYS, TABLES

_FRICTIONLESS_TYPES = {
    "string": "string",
    "int64": "integer",
    "float64": "number",
    "date32": "date",
    "list<string>": "array",
}
PRIMARY_KEYS = {
    "documents": ["doc_id"],
    "actors": ["actor_id"],
    "events": ["event_id"],
    "event_mentions": ["mention_id"],
    "relations": ["relation_id"],
}
FOREIGN_KEYS = {
    "event_mentions": [("event_id", "events", "event_id"), ("doc_id", "documents", "doc_id")],
    "relations": [
        ("subject_id", "actors", "actor_id"),
        ("object_id", "actors", "actor_id"),
        ("doc_id", "documents", "doc_id"),
    ],
}


def table_schema(name: str) -> dict:
    """Frictionless Table Schema of one table."""
    fields = []
    for col_name, c in columns(TABLES[name]).items():
        field = {
            "name": col_name,
            "type": _FRICTIONLESS_TYPES[c.metadata["arrow"]],
            "description": c.description,
            "constraints": {"required": not c.nullable},
        }
        fields.append(field)
    schema: dict = {"fields": fields}
    if name in PRIMARY_KEYS:
        schema["primaryKey"] = PRIMARY_KEYS[name]
    if name in FOREIGN_KEYS:
        schema["foreignKeys"] = [
            {"fields": f, "reference": {"resource": r, "fields": rf}}
            for f, r, rf in FOREIGN_KEYS[name]
        ]
    return schema


def datapackage(version: str, files: dict[str, dict]) -> dict:
    """The datapackage.json descriptor; `files` maps table → {path, bytes, sha256}."""
    resources = []
    for name in TABLES:
        info = files[name]
        resources.append(
            {
                "name": name,
                "type": "table",
                "path": info["path"],
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "bytes": info["bytes"],
                "hash": f"sha256:{info['sha256']}",
                "description": (TABLES[name].__doc__ or "").strip(),
                "schema": table_schema(name),
            }
        )
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "militant-events",
        "title": "Events, actors and relations of armed and terrorist groups, extracted from reports",
        "version": version,
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Facts, identifiers and short evidence quotes; the source texts keep their own copyright",
            }
        ],
        "resources": resources,
    }


def codebook_markdown(version: str) -> str:
    """A Markdown codebook: every table and column, with its type and description."""
    lines = [
        f"# Codebook (dataset version {version})",
        "",
        "Generated from `schemas/tables.py`; do not edit.",
        "",
    ]
    for name, model in TABLES.items():
        lines += [
            f"## {name}",
            "",
            (model.__doc__ or "").strip(),
            "",
            f"Sorted by: {', '.join(SORT_KEYS[name])}.",
            "",
        ]
        lines += ["| column | type | nullable | description |", "|---|---|---|---|"]
        for col_name, c in columns(model).items():
            lines.append(
                f"| {col_name} | {c.metadata['arrow']} | {'yes' if c.nullable else 'no'} | {c.description} |"
            )
        lines.append("")
    lines += ["## Vocabularies", ""]
    for title, values in (
        ("document status", v.DOCUMENT_STATUSES),
        ("certainty", v.CERTAINTIES),
        ("actor origin", v.ACTOR_ORIGINS),
    ):
        lines += [f"### {title}", ""] + [f"- `{k}`: {d}" for k, d in values.items()] + [""]
    return "\n".join(lines)
