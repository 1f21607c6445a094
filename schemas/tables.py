"""One pandera model per published table: names, types, checks and descriptions.

The Arrow schema, the codebook, datapackage.json and the SQL comments are all generated
from these models, so a column is described here and nowhere else. `metadata["arrow"]`
names the Arrow type each column is written with.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import checks as _checks  # noqa: F401  (registers the custom checks)
from schemas import vocab as v
from schemas.columns import col, one_of, opt, page_column, raw_span, record_id
from schemas.mention_tables import ActorMentions, EventMentions


class Documents(pa.DataFrameModel):
    """One row per file found in the input folder, whatever happened to it."""

    doc_id: Series[str] = col("string", "File name without its extension; unique.", unique=True)
    path: Series[str] = col("string", "File name inside the input folder.")
    title: Series[object] = opt(
        "string", "Title from the metadata sidecar, else the text's first line."
    )
    publisher: Series[object] = opt("string", "Publisher, from the sidecar.")
    authors: Series[object] = col(
        "list<string>", "Authors, from the sidecar; may be empty.", list_of_strings=()
    )
    published: Series[object] = opt(
        "date32", "Publication date (first day of published_precision's period).", date_or_null=()
    )
    published_precision: Series[object] = opt(
        "string", "Precision of published: day, month or year.", isin=v.PUBLISHED_PRECISIONS
    )
    source_url: Series[object] = opt("string", "Where the document came from.")
    licence: Series[object] = opt(
        "string", "The source's licence or copyright note, from the sidecar."
    )
    sha256: Series[str] = col(
        "string",
        "SHA-256 of the raw bytes (of no bytes when the file could not be read).",
        str_matches=r"^[0-9a-f]{64}$",
    )
    n_chars: Series[int] = col(
        "int64", "Length of the decoded text in characters (0 if not decoded).", ge=0
    )
    status: Series[str] = one_of("What happened to the file: ", v.DOCUMENT_STATUSES)
    error: Series[object] = opt(
        "string", "Why, when status is not ok: what was wrong and what to do."
    )
    warnings: Series[object] = opt(
        "string",
        "What was odd but handled (stray control characters read as breaks, a doc_id made from "
        "the whole file name because another file shares its stem).",
    )
    metadata_source: Series[str] = col(
        "string",
        "Where title/publisher/date came from: sidecar, file (front matter, HTML meta), "
        "sidecar+file (the sidecar wins where both speak), or text (the first line).",
        isin=["sidecar", "file", "sidecar+file", "text"],
    )
    metadata_fields: Series[object] = opt(
        "string",
        "Where each metadata field came from, 'field=origin' joined by '; ' (origin: sidecar; "
        "file = front matter, HTML <meta> or PDF document information; text = the first line), "
        "e.g. 'authors=file; published=file; title=sidecar'.",
    )
    format: Series[str] = one_of(
        "How the file was read: ",
        v.FORMATS,
        ". Evidence offsets index the decoded file, markup included (a PDF: its text layer).",
    )
    encoding: Series[object] = opt(
        "string",
        "The codec the file was decoded with (utf-8, utf-16, cp1252, latin-1): "
        "open(path, encoding=encoding).read() is the text every offset indexes. Null for a "
        "PDF (offsets index its text layer) and for a file that was not decoded.",
    )
    mojibake_repaired: Series[int] = col(
        "int64",
        "Mojibake runs ('Ã©' for 'é') ftfy repaired in quotes and names; the raw file and "
        "its offsets are unchanged.",
        ge=0,
    )
    n_pages: Series[pd.Int64Dtype] = opt("int64", "Pages of a PDF; null for other formats.", ge=1)
    n_events: Series[int] = col("int64", "Event mentions extracted from this document.", ge=0)
    n_relations: Series[int] = col("int64", "Relations extracted from this document.", ge=0)

    class Config:
        strict = True
        ordered = True


class Actors(pa.DataFrameModel):
    """One row per real-world actor, however it is spelt."""

    actor_id: Series[str] = record_id(
        "Stable id: act-<dictionary key>, or act-new-<slug of the name> for discovered actors.",
        v.ACTOR_ID,
    )
    name: Series[str] = col("string", "Canonical name.", str_length={"min_value": 1})
    actor_type: Series[str] = col(
        "string", "One of: " + ", ".join(v.ACTOR_TYPES) + ".", isin=v.ACTOR_TYPES
    )
    aliases: Series[object] = col(
        "list<string>",
        "Every surface form seen in the sources or known to the dictionary, misspellings included.",
        list_of_strings=(),
    )
    country: Series[object] = opt(
        "string", "ISO 3166-1 alpha-2 of its main base or nationality.", iso2_or_null=()
    )
    wikidata_id: Series[object] = opt(
        "string", "Wikidata QID, where the dictionary knows it.", str_matches=r"^Q[0-9]+$"
    )
    origin: Series[str] = col(
        "string",
        "dictionary (reviewed entry) or discovered (found in text, typed from cues).",
        isin=list(v.ACTOR_ORIGINS),
    )
    doc_ids: Series[object] = col("list<string>", "Documents that mention it.", list_of_strings=())
    n_mentions: Series[int] = col("int64", "Times it is named across the documents.", ge=0)

    class Config:
        strict = True
        ordered = True


class Events(pa.DataFrameModel):
    """One row per real-world event, merged across the documents that report it."""

    event_id: Series[str] = record_id(
        "Stable id derived from the event's content (type, first mention's document and offsets).",
        v.EVENT_ID,
    )
    event_type: Series[str] = col(
        "string",
        "One of: " + ", ".join(v.EVENT_TYPES) + " (codebook: definitions and crosswalk).",
        isin=v.EVENT_TYPES,
    )
    plover_type: Series[object] = opt(
        "string",
        "PLOVER event type it maps to; null where PLOVER has none (group lifecycle).",
        isin=v.PLOVER_TYPES,
    )
    plover_mode: Series[object] = opt(
        "string", "PLOVER mode where one applies (e.g. explosives, aerial, abduct, targeted)."
    )
    cameo_root: Series[object] = opt(
        "string",
        "CAMEO root code (two digits) of the event type, where one applies.",
        str_matches=r"^[0-2][0-9]$",
    )
    gtd_attack_type: Series[object] = opt(
        "string", "GTD attack type name, for terrorist-style violence."
    )
    trigger: Series[str] = col(
        "string", "The word(s) the event was detected from, in its first mention."
    )
    date_start: Series[object] = opt(
        "date32",
        "First day of the interval the event lies in; empty for a range open at its start (a"
        ' deed told as done by date_end: "By August 2011 the forces had taken the city").',
        date_or_null=(),
    )
    date_end: Series[object] = opt(
        "date32",
        "Last day of that interval; equals date_start for a known day; empty for a range open"
        ' at its end (a deed told as coming after date_start: "in the following weeks").',
        date_or_null=(),
    )
    date_precision: Series[str] = col(
        "string",
        "day, week, month, year, decade, range, or unknown (no date in the text: never the publication date).",
        isin=v.DATE_PRECISIONS,
    )
    date_text: Series[object] = opt("string", "The words the date came from.")
    date_basis: Series[object] = opt(
        "string",
        "stated: the date is named by the event's own telling (its sentence, list item or table "
        "row); narrative: inferred from the rest of the story, the time an earlier sentence set "
        "or another telling's day (date_text then quotes those words, not the evidence); null "
        "when undated.",
        isin=v.DATE_BASES,
    )
    country: Series[object] = opt(
        "string", "ISO 3166-1 alpha-2 of where it happened.", iso2_or_null=()
    )
    location: Series[object] = opt("string", "Most specific place named.")
    latitude: Series[float] = opt("float64", "Latitude of location (WGS84).", ge=-90, le=90)
    longitude: Series[float] = opt("float64", "Longitude of location (WGS84).", ge=-180, le=180)
    geo_precision: Series[str] = col(
        "string", "point, city, region, country, or unknown.", isin=v.GEO_PRECISIONS
    )
    perpetrator_ids: Series[object] = col(
        "list<string>",
        "actor_ids of those who carried it out; may be empty.",
        each_matches={"pattern": v.ACTOR_ID},
    )
    perpetrator_basis: Series[object] = opt(
        "string",
        "stated: every perpetrator is named as the doer in a mention's sentence; inferred: a "
        "guess where no telling names one (the sentence's or the document's only armed group "
        "or state), with no words of the evidence naming it; null when there is none.",
        isin=v.PERPETRATOR_BASES,
    )
    target_ids: Series[object] = col(
        "list<string>",
        "actor_ids of those it was aimed at or happened to; may be empty.",
        each_matches={"pattern": v.ACTOR_ID},
    )
    killed: Series[pd.Int64Dtype] = opt(
        "int64", "People killed, as the source states (lower bound of a range).", ge=0
    )
    killed_qualifier: Series[object] = opt(
        "string",
        "How killed is qualified: " + ", ".join(v.COUNT_QUALIFIERS) + ".",
        isin=v.COUNT_QUALIFIERS,
    )
    injured: Series[pd.Int64Dtype] = opt("int64", "People injured, as the source states.", ge=0)
    injured_qualifier: Series[object] = opt(
        "string", "How injured is qualified.", isin=v.COUNT_QUALIFIERS
    )
    hostages: Series[pd.Int64Dtype] = opt(
        "int64", "People taken or held hostage, as the source states.", ge=0
    )
    hostages_qualifier: Series[object] = opt(
        "string", "How hostages is qualified.", isin=v.COUNT_QUALIFIERS
    )
    certainty: Series[str] = col(
        "string",
        "; ".join(f"{k} = {d}" for k, d in v.CERTAINTIES.items())
        + ". The strongest over its mentions.",
        isin=list(v.CERTAINTIES),
    )
    doc_ids: Series[object] = col(
        "list<string>", "Every document reporting it.", list_of_strings=()
    )
    n_mentions: Series[int] = col(
        "int64", "Places in the documents that report it (rows in event_mentions).", ge=1
    )

    class Config:
        strict = True
        ordered = True

    @pa.dataframe_check(
        description="date_start <= date_end, and both are set exactly when the precision is"
        " known, except a range open at one end (a deed told as coming after its start, or"
        " as done by its end)"
    )
    def dates_consistent(cls, df: pd.DataFrame) -> pd.Series:
        known = df["date_precision"] != "unknown"
        has_start, has_end = df["date_start"].notna(), df["date_end"].notna()
        ordered = [
            s is None or e is None or s <= e
            for s, e in zip(df["date_start"], df["date_end"], strict=True)
        ]
        ranged = df["date_precision"] == "range"
        half_open = ranged & (has_start != has_end)
        closed = (known == has_start) & (known == has_end)
        return (closed | half_open) & pd.Series(ordered, index=df.index)


class Relations(pa.DataFrameModel):
    """Actor-to-actor relations, each with its evidence."""

    relation_id: Series[str] = record_id(
        "Stable id (document, offsets, type, subject, object).", v.RELATION_ID
    )
    subject_id: Series[str] = col(
        "string", "actor_id of the subject (e.g. the leader).", id_pattern={"pattern": v.ACTOR_ID}
    )
    object_id: Series[str] = col(
        "string", "actor_id of the object (e.g. the group led).", id_pattern={"pattern": v.ACTOR_ID}
    )
    relation_type: Series[str] = col(
        "string", "One of: " + ", ".join(v.RELATION_TYPES) + ".", isin=v.RELATION_TYPES
    )
    date_start: Series[object] = opt(
        "date32", "When it began to hold, where the text says.", date_or_null=()
    )
    date_end: Series[object] = opt(
        "date32", "When it stopped holding, where the text says.", date_or_null=()
    )
    date_text: Series[object] = opt("string", "The words the dates came from.")
    certainty: Series[str] = col(
        "string", "asserted, reported or uncertain, as for events.", isin=list(v.CERTAINTIES)
    )
    basis: Series[str] = col(
        "string",
        "stated (the quote states it) or dictionary (the actor dictionary holds it and the "
        "quote names both actors).",
        isin=list(v.RELATION_BASES),
    )
    doc_id: Series[str] = col("string", "The document stating it.")
    char_start: Series[int]
    char_end: Series[int]
    char_start, char_end = raw_span("quote")
    page: Series[pd.Int64Dtype] = page_column()
    quote: Series[str] = col(
        "string",
        "The sentence stating the relation, exactly as in the raw text.",
        str_length={"min_value": 1, "max_value": 600},
    )

    class Config:
        strict = True
        ordered = True
        span_not_empty = ()

    @pa.dataframe_check(description="an actor is not related to itself")
    def not_reflexive(cls, df: pd.DataFrame) -> pd.Series:
        return df["subject_id"] != df["object_id"]


class Quarantine(pa.DataFrameModel):
    """Records that failed validation: never silently dropped."""

    table_name: Series[str] = col(
        "string", "Which table the record was meant for.", isin=v.QUARANTINE_TABLES
    )
    record: Series[str] = col("string", "The record as JSON (sorted keys).")
    errors: Series[str] = col("string", "What was wrong: the failed checks, by column.")
    doc_id: Series[object] = opt("string", "The document it came from, where known.")

    class Config:
        strict = True
        ordered = True


TABLES: dict[str, type[pa.DataFrameModel]] = {
    "documents": Documents,
    "actors": Actors,
    "events": Events,
    "event_mentions": EventMentions,
    "actor_mentions": ActorMentions,
    "relations": Relations,
    "quarantine": Quarantine,
}

# The total order each table is written in, so that rebuilds are byte-identical.
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "actors": ["actor_id"],
    "events": ["event_id"],
    "event_mentions": ["event_id", "doc_id", "char_start", "mention_id"],
    "actor_mentions": ["actor_id", "doc_id", "char_start", "char_end"],
    "relations": ["relation_id"],
    "quarantine": ["table_name", "record"],
}
