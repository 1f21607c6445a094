"""Frictionless Data Package descriptor and Markdown codebook, generated from the models."""

from __future__ import annotations

from schemas import vocab as v
from schemas.arrow import columns
from schemas.derived_tables import PUBLISHED_SORT_KEYS, PUBLISHED_TABLES

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
    "actor_mentions": ["actor_mention_id"],
    "relations": ["relation_id"],
    "events_readable": ["event_id"],
    "lineage_edges": ["parent_id", "child_id"],
}
FOREIGN_KEYS = {
    "event_mentions": [("event_id", "events", "event_id"), ("doc_id", "documents", "doc_id")],
    "actor_mentions": [("actor_id", "actors", "actor_id"), ("doc_id", "documents", "doc_id")],
    "relations": [
        ("subject_id", "actors", "actor_id"),
        ("object_id", "actors", "actor_id"),
        ("doc_id", "documents", "doc_id"),
    ],
}


def table_schema(name: str) -> dict:
    """Frictionless Table Schema of one table."""
    fields = []
    for col_name, c in columns(PUBLISHED_TABLES[name]).items():
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
    for name in PUBLISHED_TABLES:
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
                "description": (PUBLISHED_TABLES[name].__doc__ or "").strip(),
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


CONVENTIONS = """## Conventions

- **Dates.** `date_start`/`date_end` bound the interval the event lies in; `date_precision` names
  the unit the source used (`day`, `week`, `month`, `year`, `decade`, `range`). Modifiers narrow the
  interval but keep the precision: "late 1990s" is 1996-01-01..1999-12-31 (decade), "early 2013"
  is 2013-01-01..2013-04-30 (year). Relative dates ("Tuesday", "late last week", "the weekend",
  "December last year", "last March": the latest March before the publication's month)
  are resolved against a day-precise publication date only. No date in the text gives `unknown`
  and empty dates: the publication date is never used as a fallback. `date_text` holds the words.
  "By March" and "by the end of January" are deadlines and read as the month. A date that belongs
  to the subject ("troops, deployed since 2021, killed ...") does not date the deed; the day
  of the saying ("officials said on Sunday they had arrested ...", "accused the group in July
  of killing ...") dates a deed the reported clause gives no date of its own. A deed whose own
  phrase holds no date takes the date its sentence names last before it ("rebranded AQI to form
  the MSC in January 2006"), else the time the story had reached (the last date named), except a
  military operation or an organisation's or state's act (an alliance, a split, an arrest, a
  political act; `dictionaries/dates.yaml` types_not_dated_by_story), which the story's time does
  not date: told without a date, it is a summary, not the story's episode, and stays `unknown`. A
  deed told as coming after that time ("In the following weeks ...", "have since allied", "After
  the raid, ...") is a `range` from its start with an empty `date_end`; one told as done by a
  time ("By August 2011 the forces had taken the city") a `range` up to its end with an empty
  `date_start`. Dates
  given as alternatives are one range holding both ("early 2006 or late 2005" is
  2005-09-01..2006-04-30); "that year" and "June of that year" are in the year last named.
- **Places.** `location` is the most specific place named where the event happened; `geo_precision`
  says what it is (`city`, `region`, `country`). Regions no gazetteer knows come from
  `dictionaries/places.yaml`; ambiguous towns are settled by the countries the document names,
  or by the region or country written after them ("Birmingham, Alabama").
  A town in a country the document never names is taken for an unknown namesake: its name is
  kept, without coordinates; so is a town abroad the text names only by one of the
  gazetteer's alternate names ("Haran" in a story on Syria is not Harran, Turkey). With no
  place named, `country` (and no `location`) is inferred: the
  only country the paragraph names as a setting (else the lede's, else the headline's); arrests by
  a state's own police, and a state's political acts, in that state (a political act no state
  is found doing, in a paragraph naming several countries, gets none); a violent deed in the one
  home country of those it struck (else of its doers); failing all these, the country most of the
  document's events are placed in (named, or inferred from their actors' homes). A town no
  gazetteer knows keeps its name and takes the country guessed this way; a region does not. A renaming or a new leader takes no country from its paragraph,
  only from the document. An inferred country is a guess: `location` stays empty.
- **Counts.** `killed`, `injured`, `hostages` are what the source states; `*_qualifier` keeps how:
  `exact`, `at_least`, `more_than`, `about`, `up_to`, `at_most`. A range ("two to four") gives its
  lower bound with `at_least`. Vague words are floors (`at_least`): a plural multiple is at least
  two of it ("dozens" 24, "hundreds" 200, "thousands" 2000; ACLED floors them at one unit),
  "several" 10 as in ACLED; "many" gives no number. One person named as killed is one
  death (`killed` 1, `exact`) though no number is written ("X was killed in a drone strike").
- **Certainty.** `asserted` when the document states it in its own voice; `reported` when it is
  attributed ("according to", "X said", "the reported killing"); `uncertain` when hedged ("if
  confirmed", "reportedly", "may have", "believed to"). Negated, hypothetical, planned and habitual
  statements are not events at all. An event's certainty is the strongest of its mentions.
- **Merging.** Mentions are one event when their types are compatible (violent types together),
  their dates overlap (or are both unknown, then needing a shared place and actor), they share a
  place or an actor, and no named perpetrator, target or country differs. An undated definite
  re-mention ("ISWAP claimed the raid", "the men were seized from their boat") joins the latest
  earlier event of its kind in the same document. `event_mentions.trigger_start/trigger_end` point
  at the words each mention was detected from.
"""


def crosswalk_markdown(event_types: dict) -> str:
    """The event-type table: definition and PLOVER / CAMEO / GTD equivalents."""
    lines = [
        "## Event types and crosswalk",
        "",
        "| event_type | definition | PLOVER type | PLOVER mode | CAMEO root | GTD attack type |",
        "|---|---|---|---|---|---|",
    ]
    for name, spec in event_types.items():
        cells = [
            spec.get(k) or ""
            for k in ("description", "plover_type", "plover_mode", "cameo_root", "gtd_attack_type")
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def codebook_markdown(version: str, event_types: dict | None = None) -> str:
    """A Markdown codebook: every table and column, with its type and description."""
    lines = [
        f"# Codebook (dataset version {version})",
        "",
        "Generated from `schemas/tables.py`, `schemas/mention_tables.py` and "
        "`schemas/derived_tables.py`; do not edit.",
        "",
    ]
    for name, model in PUBLISHED_TABLES.items():
        lines += [
            f"## {name}",
            "",
            (model.__doc__ or "").strip(),
            "",
            f"Sorted by: {', '.join(PUBLISHED_SORT_KEYS[name])}.",
            "",
        ]
        lines += ["| column | type | nullable | description |", "|---|---|---|---|"]
        for col_name, c in columns(model).items():
            lines.append(
                f"| {col_name} | {c.metadata['arrow']} | {'yes' if c.nullable else 'no'} | {c.description} |"
            )
        lines.append("")
    lines += [CONVENTIONS, ""]
    if event_types:
        lines += [crosswalk_markdown(event_types), ""]
    lines += ["## Vocabularies", ""]
    for title, values in (
        ("document status", v.DOCUMENT_STATUSES),
        ("certainty", v.CERTAINTIES),
        ("actor origin", v.ACTOR_ORIGINS),
        ("relation basis", v.RELATION_BASES),
    ):
        lines += [f"### {title}", ""] + [f"- `{k}`: {d}" for k, d in values.items()] + [""]
    return "\n".join(lines)
