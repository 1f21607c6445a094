"""Word lists the name repairs read from the dictionaries folder in force, read once per
folder and file: a process that builds from another folder reads that folder's lists, as
dates.yaml's rules are."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import yaml

from flows.settings import DICTIONARIES_ENV, Settings


def listed(file: str, *keys: str, lower: bool = False) -> frozenset[str]:
    """The words of `file`'s lists `keys` together, lower-cased when `lower`."""
    return _listed(os.environ.get(DICTIONARIES_ENV), file, keys, lower)


@lru_cache(maxsize=16)
def _listed(folder: str | None, file: str, keys: tuple[str, ...], lower: bool) -> frozenset[str]:
    data = _read(folder, file)
    words = (str(w) for key in keys for w in data[key])
    return frozenset(w.lower() if lower else w for w in words)


@lru_cache(maxsize=8)
def _read(folder: str | None, file: str) -> dict[str, Any]:
    # `folder` keys the cache only: Settings reads the same environment variable
    return yaml.safe_load((Settings().dictionaries_dir / file).read_text(encoding="utf-8"))
