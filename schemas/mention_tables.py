"""The evidence tables: where in the raw text each event and each actor is mentioned.

Split from schemas/tables.py, which assembles the release from these and its other models.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import checks as _checks  # noqa: F401  (registers the custom checks)
from schemas import vocab as v
from schemas.columns import col, opt, page_column, raw_span, record_id


class EventMentions(pa.DataFrameModel):
    """The evidence: one row per place in a document that reports an event."""

    mention_id: Series[str] = record_id(
        "Stable id of this mention (document, offsets, event type).", v.MENTION_ID
    )
    event_id: Series[str] = col(
        "string", "The event it reports.", id_pattern={"pattern": v.EVENT_ID}
    )
    doc_id: Series[str] = col("string", "The document.")
    char_start: Series[int]
    char_end: Series[int]
    char_start, char_end = raw_span("quote")
    page: Series[pd.Int64Dtype] = page_column()
    quote: Series[str] = col(
        "string",
        "The sentence (or clause) that reports it, exactly as in the raw text; at most ~400 characters.",
        str_length={"min_value": 1, "max_value": 600},
    )
    trigger: Series[str] = col("string", "The word(s) the event was detected from.")
    trigger_start: Series[int] = col(
        "int64", "Start offset of the trigger word(s) in the raw text, inside the quote.", ge=0
    )
    trigger_end: Series[int] = col(
        "int64",
        "End offset of the trigger: raw_text[trigger_start:trigger_end] is the trigger as written.",
        ge=0,
    )
    certainty: Series[str] = col(
        "string",
        "Certainty of this mention (asserted, reported, uncertain).",
        isin=list(v.CERTAINTIES),
    )
    citation: Series[object] = opt(
        "string", "The source a footnote marker in that sentence points to, where there is one."
    )

    class Config:
        strict = True
        ordered = True
        span_not_empty = ()

    @pa.dataframe_check(description="char_start <= trigger_start < trigger_end <= char_end")
    def trigger_inside_quote(cls, df: pd.DataFrame) -> pd.Series:
        return (
            (df["char_start"] <= df["trigger_start"])
            & (df["trigger_start"] < df["trigger_end"])
            & (df["trigger_end"] <= df["char_end"])
        )


class ActorMentions(pa.DataFrameModel):
    """Where each published actor is named: one row per named mention the resolver tied to it
    (pronouns and "the group" are resolved for roles but not listed here)."""

    actor_mention_id: Series[str] = record_id(
        "Stable id (actor, document, offsets).", v.ACTOR_MENTION_ID
    )
    actor_id: Series[str] = col("string", "The actor it names.", id_pattern={"pattern": v.ACTOR_ID})
    doc_id: Series[str] = col("string", "The document.")
    char_start: Series[int]
    char_end: Series[int]
    char_start, char_end = raw_span("surface")
    surface: Series[str] = col(
        "string", "The name exactly as written there.", str_length={"min_value": 1}
    )

    class Config:
        strict = True
        ordered = True
        span_not_empty = ()
