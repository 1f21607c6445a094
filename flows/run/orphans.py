"""Temporary Prefect servers left behind by killed runs, found and stopped.

Prefect's ephemeral mode starts its API server as a child process and stops it at exit; a run
killed with SIGKILL cannot, and the server keeps listening on 127.0.0.1. Every build marks its
environment with its own pid, which the server inherits, so the next build (or `make clean`)
can stop exactly the servers whose run is gone, and nobody else's.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

RUN_MARK = "MILITANT_EVENTS_RUN_PID"
_EPHEMERAL = b"PREFECT__SERVER_EPHEMERAL=1"


def mark_run() -> None:
    """Tag this process's environment so the servers it starts can be traced back to it."""
    os.environ[RUN_MARK] = str(os.getpid())


def _environ(pid: int) -> list[bytes]:
    try:
        return Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    except OSError:
        return []


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists (one we may not signal still exists)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def orphan_servers() -> list[int]:
    """Pids of ephemeral Prefect servers whose build process no longer exists."""
    found = []
    proc = Path("/proc")
    if not proc.is_dir():
        return found
    prefix = RUN_MARK.encode() + b"="
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        env = _environ(int(entry.name))
        if _EPHEMERAL not in env:
            continue
        owner = next((v[len(prefix) :] for v in env if v.startswith(prefix)), b"")
        if owner.isdigit() and not pid_alive(int(owner)):
            found.append(int(entry.name))
    return sorted(found)


def reap_orphan_servers() -> list[int]:
    """Stop the orphaned servers; returns their pids."""
    stopped = []
    for pid in orphan_servers():
        try:
            os.kill(pid, signal.SIGTERM)
            stopped.append(pid)
        except ProcessLookupError:
            pass
    return stopped
