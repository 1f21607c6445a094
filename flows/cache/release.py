"""The release cache: a whole release, keyed on everything it is made from, so that a build
with nothing changed resolves, validates and writes nothing.

The cross-document stages read every document, so their result can be reused only when no
input changed at all: the key covers the whole input set (every document as ingested, with its
metadata and status, the input folder's notices, every dictionary, the code of the stages and
of the schemas, the libraries and the model). An added, removed or edited document or sidecar,
or an edited dictionary, gives another key, and the release is built anew from all documents.

Two entries per key: what publish was given (the validated tables and the rest of its
arguments), so that the same release can be written to another folder without resolving it
again; and the manifest with the sha256 of every file the release holds, so that an output
folder that already holds it, byte for byte, is left as it is.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from pathlib import Path

from flows.cache.fingerprint import dictionaries_hash, environment_hash, release_code_hash
from flows.cache.store import Store, digest
from flows.extract.resources import dictionary_hashes
from flows.ingest.folder import Inventory, SourceDocument

# SourceDocument fields held by their hash in the key: whole texts
_TEXT_FIELDS = ("text", "view")


@dataclass(frozen=True)
class PublishedRelease:
    """A release as published: its manifest and the sha256 of every file in its folder."""

    manifest: dict
    files: dict[str, str]


def document_fingerprint(doc: SourceDocument) -> tuple:
    """Every field of an ingested document (its texts by their sha256): all the release can
    read of it, its status and error included."""
    out = []
    for f in fields(doc):
        value = getattr(doc, f.name)
        if f.name in _TEXT_FIELDS and value is not None:
            value = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
        out.append((f.name, value))
    return tuple(out)


def release_key(inventory: Inventory, dictionaries_dir: Path) -> str:
    """The key of the release built from `inventory` with the dictionaries in
    `dictionaries_dir` by this code, these libraries and this model."""
    return digest(
        release_code_hash(),
        environment_hash(),
        dictionaries_hash(dictionary_hashes(dictionaries_dir)),
        [document_fingerprint(d) for d in inventory.documents],
        inventory.notices,
    )


def folder_hashes(folder: Path) -> dict[str, str]:
    """sha256 of every file in `folder`, by name."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def holds(out_dir: Path, release: PublishedRelease) -> bool:
    """Whether `out_dir` holds exactly the files of `release`, byte for byte."""
    if not out_dir.is_dir():
        return False
    names = sorted(p.name for p in out_dir.iterdir())
    return names == sorted(release.files) and folder_hashes(out_dir) == release.files


class ReleaseCache:
    """Releases under `folder/releases/` and what publish was given under
    `folder/release_inputs/`, by release key."""

    def __init__(self, folder: Path) -> None:
        self.published = Store(folder, "releases")
        self.inputs = Store(folder, "release_inputs")

    def published_in(self, key: str, out_dir: Path) -> dict | None:
        """The manifest of the release under `key` if `out_dir` holds it, else None."""
        release = self.published.get(key)
        if isinstance(release, PublishedRelease) and holds(out_dir, release):
            return release.manifest
        return None

    def publish_arguments(self, key: str) -> tuple | None:
        """What publish was given for the release under `key` (but the output folder)."""
        return self.inputs.get(key)

    def put(self, key: str, arguments: tuple, manifest: dict, out_dir: Path) -> None:
        """Remember the release just published to `out_dir` from `arguments`."""
        self.inputs.put(key, arguments)
        self.published.put(key, PublishedRelease(manifest, folder_hashes(out_dir)))
