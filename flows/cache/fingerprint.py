"""What a cached result depends on besides its own input: code, libraries, model, settings."""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from flows.settings import DATASET_VERSION, PROJECT_ROOT, SPACY_MODEL


def code_hash(package: Path = PROJECT_ROOT / "flows", pattern: str = "*.py") -> str:
    """sha256 over the source of every module of the `flows` package (every file under
    `package` that matches `pattern`).

    Any edit to the pipeline's code, even a comment, invalidates every cached result: the
    cache cannot tell which edits change outputs, so it assumes all do.
    """
    h = hashlib.sha256()
    for path in sorted(package.rglob(pattern)):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def release_code_hash(root: Path = PROJECT_ROOT) -> str:
    """The code a release is written by: the stages (`flows`) and the tables' models, views
    and derived tables' SQL (`schemas`)."""
    return hashlib.sha256(
        "\0".join(
            (
                code_hash(root / "flows"),
                code_hash(root / "schemas"),
                code_hash(root / "schemas", "*.sql"),
            )
        ).encode()
    ).hexdigest()


@lru_cache(maxsize=1)
def library_versions() -> tuple[tuple[str, str], ...]:
    """Every installed distribution with its version, the spaCy model among them.

    Read from the names of the metadata folders (`name-version.dist-info`, as installers
    write them): parsing every distribution's metadata file took 0.2 s, a fifth of a build
    with nothing changed. A folder whose name holds no version is read the slow way.
    """
    found: dict[str, str] = {}
    for folder in map(Path, sys.path):
        try:
            entries = sorted(os.listdir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.endswith((".dist-info", ".egg-info")):
                name, _, version = entry.rsplit(".", 1)[0].partition("-")
                if not version:
                    version = metadata.Distribution.at(folder / entry).version or ""
                found.setdefault(name.lower(), version.split("-")[0])
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
