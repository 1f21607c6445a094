"""A folder of pickled values named by their key's hash, written atomically."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def digest(*parts: object) -> str:
    """sha256 of the parts' reprs, in order: a key from plain values.

    >>> digest("a", 1) == digest("a", 1) != digest("a", 2)
    True
    """
    h = hashlib.sha256()
    for part in parts:
        h.update(repr(part).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


@contextmanager
def no_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many long-lived objects.

    The collector would run many times over while hundreds of thousands of objects are
    created, none of them garbage: unpickling the compiled dictionaries takes a third of the
    time without it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Store:
    """Pickled values under `folder/<kind>/<key[:2]>/<key>.pickle`."""

    def __init__(self, folder: Path, kind: str) -> None:
        self.folder = Path(folder) / kind

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        """The value stored under `key`, or None; an unreadable entry counts as missing."""
        try:
            with no_collection(), self.path(key).open("rb") as handle:
                return pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # a truncated or foreign file: recompute and overwrite it
            return None

    def put(self, key: str, value: Any) -> None:
        """Store `value` under `key`; readers see the old entry or the whole new one."""
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get_or_build(self, key: str, build: Callable[[], Any]) -> Any:
        """The value under `key`, built and stored first if missing."""
        value = self.get(key)
        if value is None:
            value = build()
            self.put(key, value)
        return value
