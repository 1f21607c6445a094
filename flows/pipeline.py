"""The Prefect flow: the build of flows/build.py with each step run as a Prefect task.

Scheduled runs (`serve`, `prefect.yaml`), Dask and the Prefect UI go through here; tasks are
the stage functions themselves, wrapped, so the flow holds no logic of its own and publishes
the same bytes as a plain run (`python -m flows build --no-server`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from prefect import Task, flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows.build import build_release
from flows.cross_document import resolve_release
from flows.extract.resources import load_resources
from flows.ingest.folder import SourceDocument, survey
from flows.per_document import Outcome, work_on_each
from flows.publish.release import publish
from flows.publish.validate import validate_release
from flows.run import local_pool
from flows.run.local_pool import BATCHES_PER_WORKER, MAX_BATCHES, batches
from flows.run.runners import one_at_a_time


def _as_task(fn: Callable[..., Any], name: str) -> Task:
    return task(fn, name=name, cache_policy=NO_CACHE)


TASKS: dict[Callable[..., Any], Task] = {
    survey: _as_task(survey, "ingest"),
    load_resources: _as_task(load_resources, "load-resources"),
    resolve_release: _as_task(resolve_release, "resolve"),
    validate_release: _as_task(validate_release, "validate"),
    publish: _as_task(publish, "publish"),
}


@task(name="normalise-and-extract", cache_policy=NO_CACHE)
def documents_task(
    docs: list[SourceDocument], dictionaries_dir: Path, resource_cache: Path | None
) -> list[Outcome]:
    pool = local_pool.current()  # --workers N: the build's ready processes parse
    if pool is not None:
        return pool.work_on(docs, dictionaries_dir, resource_cache)
    return work_on_each(list(docs), dictionaries_dir, resource_cache)


class PrefectSteps:
    """Each step a Prefect task; documents submitted in batches to the flow's task runner
    (one at a time, threads handing them to the build's worker processes, or Dask).

    Whole-release steps get their arguments `quote`d: Prefect otherwise walks every object
    inside them looking for futures to wait on, which for the release's records and every
    document's work took longer than the steps themselves (a build with nothing changed: 7.8 s
    in the flow, of which the steps 2.8 s). Batches of documents are not: a quoted argument
    reaches a Dask worker still wrapped.
    """

    def __init__(self) -> None:
        self.logger = get_run_logger()

    def step(self, fn: Callable[..., Any], *args: Any) -> Any:
        return TASKS[fn](*map(quote, args))

    def each_document(self, docs: Sequence[SourceDocument], *args: Any) -> list[Outcome]:
        pool = local_pool.current()
        most = pool.workers * BATCHES_PER_WORKER if pool else MAX_BATCHES
        futures = [documents_task.submit(batch, *args) for batch in batches(docs, most)]
        outcomes = {o.doc_id: o for future in futures for o in future.result()}
        return [outcomes[doc.doc_id] for doc in docs]


@flow(name="build-dataset", log_prints=True, task_runner=one_at_a_time())
def build_dataset(
    raw_dir: str = "raw", out_dir: str = "outputs", cache_dir: str | None = None
) -> dict:
    """Build the dataset from `raw_dir` and publish it to `out_dir`; returns the manifest, with
    `parsed`: the ids of the documents this run parsed, and `reused`: how many came from
    `cache_dir`.

    Without `cache_dir` every document is parsed and nothing is written outside `out_dir`.
    """
    return build_release(Path(raw_dir), Path(out_dir), cache_dir, PrefectSteps())
