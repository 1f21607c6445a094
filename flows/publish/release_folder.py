"""The output folder is the pipeline's own: what may be written there, and how a release is
swapped in so that a complete release is readable at every instant.

The new release is written to a staging folder beside the output folder, read back, then
exchanged with the previous release in one atomic `renameat2(RENAME_EXCHANGE)` (Linux); where
the kernel or file system cannot exchange, two renames are used and the next start puts the
previous release back if a crash fell between them. Leftovers of killed runs (staging and
previous folders whose process is gone) are removed at the next start and by `make clean`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.run.orphans import pid_alive

MANIFEST = "manifest.json"
# Everything a release folder may hold besides the files its manifest lists.
RELEASE_EXTRAS = {MANIFEST, "views.sql", "codebook.md", "datapackage.json", "run_report.json"}
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class UnsafeOutput(ValueError):
    """The output folder given would overwrite or delete something that is not a release."""


def _is_relative_to(path: Path, other: Path) -> bool:
    try:
        path.relative_to(other)
    except ValueError:
        return False
    return True


def foreign_files(out_dir: Path) -> list[str]:
    """Entries of an existing output folder that no release wrote (empty for a release)."""
    manifest = out_dir / MANIFEST
    try:
        listed = {f["path"] for f in json.loads(manifest.read_text("utf-8"))["files"].values()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return sorted(p.name for p in out_dir.iterdir())
    return sorted(p.name for p in out_dir.iterdir() if p.name not in listed | RELEASE_EXTRAS)


def check_out_dir(out_dir: Path, raw_dir: Path) -> None:
    """Refuse an output folder whose replacement would lose anything; UnsafeOutput says why."""
    out, raw = out_dir.resolve(), raw_dir.resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise UnsafeOutput(f"--out {out_dir} is a file, not a folder; give a folder for releases")
    if out == raw or _is_relative_to(raw, out):
        raise UnsafeOutput(
            f"--out {out_dir} is the input folder or holds it; publishing there would delete "
            "the input documents"
        )
    if _is_relative_to(out, raw):
        raise UnsafeOutput(f"--out {out_dir} is inside the input folder {raw_dir}; put it outside")
    if out == Path(out.anchor) or out == Path.home().resolve():
        raise UnsafeOutput(f"--out {out_dir} is a root or home folder; give a folder of its own")
    if out_dir.is_dir() and any(out_dir.iterdir()):
        foreign = foreign_files(out_dir)
        if foreign:
            shown = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
            raise UnsafeOutput(
                f"--out {out_dir} holds files that are not part of a release ({shown}); "
                "give an empty or new folder, or the folder of an earlier release"
            )


def _sibling(out_dir: Path, kind: str, pid: int | None = None) -> Path:
    return out_dir.with_name(f".{out_dir.name}.{kind}-{pid or os.getpid()}")


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False where the system cannot (then nothing changed)."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(a))


def swap_in(staging: Path, out_dir: Path) -> None:
    """Make `staging` the release at `out_dir`; a complete release is there at every instant
    where the system can exchange atomically, and recoverable where it cannot."""
    if not out_dir.exists():
        os.replace(staging, out_dir)
        return
    if _exchange(staging, out_dir):
        shutil.rmtree(staging)  # now holds the previous release
        return
    previous = _sibling(out_dir, "previous")
    os.replace(out_dir, previous)
    os.replace(staging, out_dir)
    shutil.rmtree(previous)


def leftovers(out_dir: Path) -> list[Path]:
    """Staging and previous folders beside `out_dir` whose run is no longer alive."""
    found = []
    parent = out_dir.parent
    if not parent.is_dir():
        return found
    for entry in parent.glob(f".{out_dir.name}.*-*"):
        kind, _, pid = entry.name[len(out_dir.name) + 2 :].rpartition("-")
        if kind in ("staging", "previous") and pid.isdigit() and not pid_alive(int(pid)):
            found.append(entry)
    return sorted(found)


def recover(out_dir: Path) -> None:
    """Undo what a killed run left: a previous release not yet swapped back, staging folders."""
    for entry in leftovers(out_dir):
        if entry.name.startswith(f".{out_dir.name}.previous-") and not out_dir.exists():
            os.replace(entry, out_dir)
        else:
            shutil.rmtree(entry, ignore_errors=True)


class ReleaseLocked(RuntimeError):
    """Another build is publishing to the same output folder."""


@contextmanager
def release_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock for the run; a second build fails fast naming the first.

    The lock is an flock on a file beside the folder: the kernel releases it when the holder
    dies, so a killed run never leaves it taken.
    """
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    path = out_dir.with_name(f".{out_dir.name}.lock")
    with path.open("a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ReleaseLocked(
                f"{out_dir} is being published by {holder}; wait for it to finish"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)


def staging_folder(out_dir: Path) -> Path:
    return _sibling(out_dir, "staging")
