"""The ready-made tables written at publish time from the extracted ones (schemas/derived/*.sql).

They were views; joining, aggregating and recursing over a million events took analysts 0.5 to
2 s a query, so publish now does that work once (scripts/bench_queries.py measures it). Each
table is one SELECT over the extracted tables (and the derived tables before it in
DERIVED_TABLES), written sorted on the columns analysts filter on so Parquet row groups prune.
Columns copied from an extracted table keep that table's description.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.arrow import columns
from schemas.columns import col, opt
from schemas.tables import SORT_KEYS, TABLES, Events

DERIVED_SQL = Path(__file__).with_name("derived")


def like(model: type[pa.DataFrameModel], name: str) -> Any:
    """A column with the type, nullability and description of `model`'s column `name`."""
    c = columns(model)[name]
    return col(c.metadata["arrow"], c.description, nullable=c.nullable)


class EventActors(pa.DataFrameModel):
    """Who took part in each event: one row per (event, role, actor), perpetrators and targets
    unnested."""

    event_id: Series[str] = like(Events, "event_id")
    role: Series[str] = col("string", "perpetrator or target.", isin=["perpetrator", "target"])
    actor_id: Series[str] = col("string", "actor_id of the perpetrator or target.")

    class Config:
        strict = True
        ordered = True


class LineageEdges(pa.DataFrameModel):
    """Parent → child links between groups (one per pair) from renamed_to, split_from and
    successor_of relations, always from the older group to the newer one."""

    parent_id: Series[str] = col("string", "actor_id of the older group.")
    child_id: Series[str] = col("string", "actor_id of the group that came from it.")
    relation_types: Series[str] = col(
        "string", "The relation types stating the link, sorted and joined by ', '."
    )
    date_start: Series[object] = opt("date32", "The earliest date any of those relations states.")

    class Config:
        strict = True
        ordered = True


class GroupLineage(pa.DataFrameModel):
    """Every chain of descent from a group with no parent, through renamings, splits and
    successions (e.g. GIA → GSPC → AQIM → splinter), one row per group reached."""

    root: Series[str] = col("string", "Name of the group the chain starts from (no parent).")
    depth: Series[int] = col("int64", "Links from the root; 0 is the root itself.", ge=0)
    actor: Series[str] = col("string", "Name of the group this row reaches.")
    actor_id: Series[str] = col("string", "actor_id of that group.")
    since: Series[object] = opt("date32", "Date of the last link (null for the root).")
    chain: Series[str] = col("string", "The names from the root to this group, joined by ' → '.")

    class Config:
        strict = True
        ordered = True


class EventsReadable(pa.DataFrameModel):
    """Events with perpetrator and target names, first evidence quote and citation: the table
    to start from."""

    event_id: Series[str] = like(Events, "event_id")
    event_type: Series[str] = like(Events, "event_type")
    date_start: Series[object] = like(Events, "date_start")
    date_end: Series[object] = like(Events, "date_end")
    date_precision: Series[str] = like(Events, "date_precision")
    date_text: Series[object] = like(Events, "date_text")
    date_basis: Series[object] = like(Events, "date_basis")
    country: Series[object] = like(Events, "country")
    location: Series[object] = like(Events, "location")
    geo_precision: Series[str] = like(Events, "geo_precision")
    killed: Series[pd.Int64Dtype] = like(Events, "killed")
    killed_qualifier: Series[object] = like(Events, "killed_qualifier")
    injured: Series[pd.Int64Dtype] = like(Events, "injured")
    injured_qualifier: Series[object] = like(Events, "injured_qualifier")
    hostages: Series[pd.Int64Dtype] = like(Events, "hostages")
    hostages_qualifier: Series[object] = like(Events, "hostages_qualifier")
    certainty: Series[str] = like(Events, "certainty")
    perpetrators: Series[object] = opt(
        "string", "Names of the perpetrators, sorted and joined by '; '; null when none."
    )
    perpetrator_basis: Series[object] = like(Events, "perpetrator_basis")
    targets: Series[object] = opt(
        "string", "Names of the targets, sorted and joined by '; '; null when none."
    )
    evidence: Series[object] = opt(
        "string", "Quote of the event's first mention (by doc_id, then offset)."
    )
    citation: Series[object] = opt(
        "string", "Citation of the first mention (by doc_id, then offset) that has one."
    )
    doc_ids: Series[object] = like(Events, "doc_ids")

    class Config:
        strict = True
        ordered = True


class ActorTimeline(pa.DataFrameModel):
    """Events and relations per actor, with their evidence; one row per (actor, record, role)."""

    actor_id: Series[str] = col("string", "actor_id of the actor the row is about.")
    actor: Series[str] = col("string", "Its canonical name (actors.name).")
    date_start: Series[object] = opt("date32", "date_start of the event or relation.")
    date_end: Series[object] = opt("date32", "date_end of the event or relation.")
    kind: Series[str] = col("string", "event or relation.", isin=["event", "relation"])
    what: Series[str] = col("string", "The event_type or relation_type.")
    role: Series[str] = col(
        "string",
        "perpetrator or target for an event; 'subject of <name>' or 'object of <name>' for a "
        "relation, naming the actor at its other end.",
    )
    record_id: Series[str] = col("string", "The event_id or relation_id.")
    evidence: Series[object] = opt(
        "string", "The event's first quote (as in events_readable) or the relation's quote."
    )

    class Config:
        strict = True
        ordered = True


# In the order they are computed: a table's SQL may read the tables before it.
DERIVED_TABLES: dict[str, type[pa.DataFrameModel]] = {
    "event_actors": EventActors,
    "lineage_edges": LineageEdges,
    "group_lineage": GroupLineage,
    "events_readable": EventsReadable,
    "actor_timeline": ActorTimeline,
}

# Sorted on what analysts filter by (a date, an actor's or a root's name), ending in a total
# order so that rebuilds are byte-identical.
DERIVED_SORT_KEYS: dict[str, list[str]] = {
    "event_actors": ["actor_id", "role", "event_id"],
    "lineage_edges": ["parent_id", "child_id"],
    "group_lineage": ["root", "depth", "chain", "actor_id", "since"],
    "events_readable": ["date_start", "event_id"],
    "actor_timeline": ["actor", "date_start", "record_id", "actor_id", "role"],
}

PUBLISHED_TABLES = TABLES | DERIVED_TABLES
PUBLISHED_SORT_KEYS = SORT_KEYS | DERIVED_SORT_KEYS


def derived_sql(name: str) -> str:
    """The SELECT a derived table is made from."""
    return (DERIVED_SQL / f"{name}.sql").read_text(encoding="utf-8")
