"""What a cached result depends on besides its own input: code, libraries, model, settings."""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from flows.settings import DATASET_VERSION, PROJECT_ROOT, SPACY_MODEL


def code_hash(package: Path = PROJECT_ROOT / "flows") -> str:
    """sha256 over the source of every module of the `flows` package.

    Any edit to the pipeline's code, even a comment, invalidates every cached result: the
    cache cannot tell which edits change outputs, so it assumes all do.
    """
    h = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def library_versions() -> tuple[tuple[str, str], ...]:
    """Every installed distribution with its version, the spaCy model among them."""
    found = {(d.metadata["Name"] or "").lower(): d.version for d in metadata.distributions()}
    return tuple(sorted(found.items()))


def environment_hash() -> str:
    """Python, the installed libraries (the spaCy model is one) and the run-wide settings."""
    h = hashlib.sha256()
    for part in (sys.version, DATASET_VERSION, SPACY_MODEL, repr(library_versions())):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def dictionaries_hash(hashes: dict[str, str]) -> str:
    """One hash for the dictionaries' per-file hashes (`dictionary_hashes`)."""
    return hashlib.sha256(repr(sorted(hashes.items())).encode()).hexdigest()
