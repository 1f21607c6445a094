"""Reusable, registered pandera checks (registered so they serialise and show in the codebook)."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pandera.extensions as extensions
import pycountry

_ISO2 = {c.alpha_2 for c in pycountry.countries} | {"XK"}  # Kosovo: user-assigned but in common use


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA


@extensions.register_check_method(statistics=[])
def list_of_strings(series: pd.Series) -> pd.Series:
    """Every value is a list of non-empty strings (possibly empty list)."""
    return series.map(lambda v: isinstance(v, list) and all(isinstance(s, str) and s for s in v))


@extensions.register_check_method(statistics=[])
def date_or_null(series: pd.Series) -> pd.Series:
    """Every value is a calendar date (not a datetime) or missing."""
    return series.map(lambda v: _is_missing(v) or (isinstance(v, date) and type(v) is date))


@extensions.register_check_method(statistics=[])
def iso2_or_null(series: pd.Series) -> pd.Series:
    """Every value is an ISO 3166-1 alpha-2 code or missing."""
    return series.map(lambda v: _is_missing(v) or v in _ISO2)


@extensions.register_check_method(statistics=["pattern"])
def id_pattern(series: pd.Series, *, pattern: str) -> pd.Series:
    """Every value matches the id pattern (prefix + 16 hex digits, or a dictionary slug)."""
    rx = re.compile(pattern)
    return series.map(lambda v: isinstance(v, str) and rx.fullmatch(v) is not None)


@extensions.register_check_method(statistics=["pattern"])
def each_matches(series: pd.Series, *, pattern: str) -> pd.Series:
    """Every element of every list matches `pattern` (lists of ids)."""
    rx = re.compile(pattern)
    return series.map(lambda v: isinstance(v, list) and all(rx.fullmatch(s) for s in v))


@extensions.register_check_method(statistics=[], supported_types=pd.DataFrame)
def span_not_empty(df: pd.DataFrame) -> pd.Series:
    """char_start < char_end: the evidence covers at least one character."""
    return df["char_start"] < df["char_end"]
