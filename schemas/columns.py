"""Column declarations shared by the table models: a pandera Field with its Arrow type."""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa


def col(arrow: str, description: str, **kwargs: Any) -> Any:
    """A documented column: its Arrow type and description travel with its checks."""
    return pa.Field(description=description, metadata={"arrow": arrow}, **kwargs)


def opt(arrow: str, description: str, **kwargs: Any) -> Any:
    """A nullable documented column."""
    return col(arrow, description, nullable=True, **kwargs)


def raw_span(what: str) -> tuple[Any, Any]:
    """The (char_start, char_end) pair of an evidence table: offsets of `what` in the raw text."""
    return (
        col(
            "int64",
            "Start offset into the document's decoded raw text (Python string index).",
            ge=0,
        ),
        col("int64", f"End offset: raw_text[char_start:char_end] == {what}.", ge=0),
    )


def page_column() -> Any:
    """The page of a PDF the evidence starts on; null for other formats."""
    return opt(
        "int64",
        "The PDF page (1-based) the evidence starts on; the offsets index the PDF's text layer. "
        "Null for other formats.",
        ge=1,
    )


def record_id(description: str, pattern: str) -> Any:
    """A table's stable, unique id column, checked against its id pattern."""
    return col("string", description, unique=True, id_pattern={"pattern": pattern})


def one_of(lead: str, values: dict[str, str], tail: str = "."):
    """A string column of a controlled vocabulary, each value described in the codebook."""
    described = "; ".join(f"{k} = {d}" for k, d in values.items())
    return col("string", f"{lead}{described}{tail}", isin=list(values))
