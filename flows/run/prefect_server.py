"""The temporary Prefect server of a one-off build, started by the command line itself.

Prefect starts one on its own when no API is configured, but then the processes of a process
pool or a Dask cluster each try to start their own and time out; started here, its address is
in the environment every worker inherits, and its start-up time is reported apart from the
build's. A configured server (PREFECT_API_URL) is used as it is.

A run against the temporary server sends no heartbeats: they let a lasting server mark a run
whose process died as crashed, but this server dies with the process; and the thread that
sends them sleeps a second at a time, so the flow waited up to a second for it to stop (half
a second on average, a fifth of a build with nothing changed).

Prefect gives the server 20 seconds to answer by default. A cold start (its database created
and migrated) takes about 9 s on an idle two-core machine and more than 20 s on a loaded one,
where the build then failed before reading a file; the wait here is longer, and a server that
still does not answer is started once more on a fresh port before the build gives up.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

STARTUP_SECONDS = 120  # the least wait for the server to answer, per attempt
STARTS = 2  # attempts before the build reports the server's error


@contextmanager
def api_for_run() -> Iterator[float]:
    """Yield the seconds spent starting a temporary server (0 when an API is configured)."""
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield 0.0
        return
    start = time.perf_counter()
    server = start_server(SubprocessASGIServer)
    started = time.perf_counter() - start
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = server.api_url  # for worker processes
    try:
        with temporary_settings(updates=run_settings(server.api_url)):
            yield started
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        drain_queued()
        server.stop()


def start_server(server_class):
    """Start the temporary server, waiting longer than Prefect's default and trying twice."""
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    wait = max(STARTUP_SECONDS, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
    for attempt in range(1, STARTS + 1):
        server = server_class()  # the instance Prefect's own clients look up
        try:
            server.start(timeout=wait)
            return server
        except RuntimeError:
            server.stop()  # also forgets the instance, so the next one picks a new port
            if attempt == STARTS:
                raise
    raise ValueError(f"STARTS must be at least 1, not {STARTS}")


def run_settings(api_url: str) -> dict:
    """Prefect's settings for a run against the temporary server at `api_url`: no heartbeats."""
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY

    return {PREFECT_API_URL: api_url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}


def drain_queued() -> None:
    """Send the logs and events still queued while the server is up: sent after it stops,
    they are retried for a minute and more before the process may exit."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        with suppress(RuntimeError):  # never started
            worker.drain_all(timeout=10)
