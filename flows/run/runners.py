"""Where the per-document tasks run: one at a time in the flow's process, in N threads of it
that hand their documents to the build's N worker processes (`--workers N`,
flows/run/local_pool.py), or on a Dask cluster (`--runner dask [--address tcp://host:port]`).

Processes parse, not threads: parsing holds the GIL. Whatever runs them, results are put back in
document order, so the release is byte-identical to a one-at-a-time run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importing Prefect takes a second; `python -m flows query` needs none of it
    from prefect.task_runners import TaskRunner

RUNNERS = ("local", "dask")


def one_at_a_time() -> TaskRunner:
    """The default: tasks run in turn in the flow's own process (one parse in memory)."""
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=1)


def task_runner(runner: str = "local", workers: int = 1, address: str | None = None) -> TaskRunner:
    """The task runner for a build.

    Args:
        runner: "local" (this machine) or "dask".
        workers: processes on this machine; for Dask without `address`, the LocalCluster's
            worker processes.
        address: a running Dask scheduler (tcp://host:port); only with runner "dask".
    """
    from prefect.task_runners import ThreadPoolTaskRunner

    if workers < 1:
        raise ValueError(f"--workers {workers}: give 1 or more processes")
    if runner not in RUNNERS:
        raise ValueError(f"unknown runner {runner!r}; choose one of {', '.join(RUNNERS)}")
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True}
        )
    if address:
        raise ValueError("--address needs --runner dask")
    # the tasks only wait on the build's own worker processes (flows/run/local_pool.py)
    return ThreadPoolTaskRunner(max_workers=workers) if workers > 1 else one_at_a_time()
