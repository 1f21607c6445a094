"""One build from input folder to published release, as plain Python: ingest, per-document
work (from the cache or parsed), resolve across documents, validate, publish.

How the steps run is the caller's: `PlainSteps` calls the stage functions directly and parses
documents in a local process pool (`python -m flows build --no-server`, tests, one-off runs);
the Prefect flow (flows/pipeline.py) passes steps that run each as a Prefect task, for
scheduled runs, Dask and the UI. The same functions run either way, in the same order, so the
release is the same bytes.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from flows.cache.documents import DocumentCache
from flows.cache.release import ReleaseCache, release_key
from flows.cross_document import resolve_release
from flows.extract.resources import dictionary_hashes, load_resources
from flows.ingest.folder import Inventory, SourceDocument, survey
from flows.per_document import Outcome, work_on, work_on_each
from flows.publish.release import publish
from flows.publish.release_folder import check_out_dir, recover, release_lock
from flows.publish.validate import validate_release
from flows.run import local_pool
from flows.settings import DATASET_VERSION, Settings


class NothingToPublish(RuntimeError):
    """No document could be used: the previous release is left as it was."""


class Steps(Protocol):
    """How a build's steps run."""

    logger: logging.Logger | logging.LoggerAdapter

    def step(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run one whole-release step: `fn(*args)`."""

    def each_document(self, docs: Sequence[SourceDocument], *args: Any) -> list[Outcome]:
        """`work_on(doc, *args)` for every document, the outcomes in document order."""


class PlainSteps:
    """Steps as plain function calls, no Prefect; documents parsed in `workers` processes."""

    def __init__(self, workers: int = 1) -> None:
        if workers < 1:
            raise ValueError(f"--workers {workers}: give 1 or more processes")
        self.workers = workers
        self.logger = logging.getLogger("flows.build")

    def step(self, fn: Callable[..., Any], *args: Any) -> Any:
        return fn(*args)

    def each_document(self, docs: Sequence[SourceDocument], *args: Any) -> list[Outcome]:
        if self.workers == 1 or len(docs) < 2:
            return work_on_each(list(docs), *args)
        pool = local_pool.current()  # made ready by the command line before the build
        if pool is not None:
            return pool.each_document(docs, *args)
        # forked, the workers start with the compiled dictionaries this process loaded
        context = multiprocessing.get_context("fork")
        workers = min(self.workers, len(docs))
        with ProcessPoolExecutor(workers, mp_context=context) as executor:
            order = local_pool.longest_first(docs)
            outcomes = {o.doc_id: o for o in executor.map(partial(_work_on, args), order)}
            return [outcomes[doc.doc_id] for doc in docs]


def _work_on(args: tuple, doc: SourceDocument) -> Outcome:
    return work_on(doc, *args)


def build_release(
    raw_dir: Path, out_dir: Path, cache_dir: str | Path | None = None, steps: Steps | None = None
) -> dict:
    """Build the dataset from `raw_dir` and publish it to `out_dir`; returns the manifest, with
    `parsed`: the ids of the documents this run parsed, and `reused`: how many came from
    `cache_dir`. Without `cache_dir` every document is parsed and nothing is written outside
    `out_dir`.

    With `cache_dir`, a build whose inputs all match an earlier release's (flows/cache/
    release.py) reuses it: left as it is when `out_dir` holds it byte for byte, else published
    from the tables cached with it.
    """
    steps = steps or PlainSteps()
    cache_dir = Path(cache_dir) if cache_dir else None
    settings = Settings(raw_dir=Path(raw_dir), out_dir=Path(out_dir))
    check_out_dir(settings.out_dir, settings.raw_dir)
    with release_lock(settings.out_dir.resolve()):
        inventory = steps.step(survey, settings.raw_dir)
        usable = [d for d in inventory.documents if d.status in ("ok", "metadata_error")]
        if not usable:
            reasons = "; ".join(f"{d.doc_id}: {d.status} ({d.error})" for d in inventory.documents)
            raise NothingToPublish(
                f"no usable document in {settings.raw_dir}: {reasons or 'no files'}"
            )
        releases = ReleaseCache(cache_dir) if cache_dir else None
        key = release_key(inventory, settings.dictionaries_dir) if releases else ""
        if releases:
            recover(settings.out_dir.resolve())  # a killed run's previous release put back
            if (manifest := releases.published_in(key, settings.out_dir)) is not None:
                steps.logger.info("nothing changed: %s holds this release already", out_dir)
                return {**manifest, "parsed": [], "reused": len(usable)}
        arguments = releases.publish_arguments(key) if releases else None
        parsed, complete = [], True
        if arguments is None:
            arguments, parsed, complete = release_tables(steps, settings, inventory, cache_dir)
        manifest = steps.step(publish, arguments[0], settings.out_dir, *arguments[1:])
        if releases and complete:  # a document that failed is retried, not remembered
            releases.put(key, arguments, manifest, settings.out_dir)
        return {**manifest, "parsed": parsed, "reused": len(usable) - len(parsed)}


def release_tables(
    steps: Steps, settings: Settings, inventory: Inventory, cache_dir: Path | None
) -> tuple[tuple, list[str], bool]:
    """What publish is given (the validated tables, version, inputs, the crosswalk of event
    types, the run report), the ids of the documents parsed, and whether every usable
    document was extracted."""
    # loaded first: with a cache, worker processes then read the compiled dictionaries
    resources = steps.step(load_resources, settings.dictionaries_dir, cache_dir)
    docs, work, parsed = process_documents(
        steps, inventory.documents, settings.dictionaries_dir, cache_dir
    )
    if not work:
        raise NothingToPublish("every document failed; see the errors above")
    tables = steps.step(resolve_release, docs, work, resources, settings.dictionaries_dir)
    tables = steps.step(validate_release, tables)
    arguments = (
        tables,
        DATASET_VERSION,
        input_fingerprint(docs, settings.dictionaries_dir),
        resources.lexicon.event_types,
        run_report(inventory, docs),
    )
    complete = not any(d.status == "failed" for d in docs)
    return arguments, parsed, complete


def process_documents(
    steps: Steps, docs: list[SourceDocument], dictionaries_dir: Path, cache_dir: Path | None
) -> tuple[list[SourceDocument], dict, list[str]]:
    """Normalise and extract every usable document, reusing the cached work of documents that
    did not change; a crash marks that document failed. Returns the documents, their work and
    the ids of the documents parsed in this run.

    Outcomes are taken in document order, so the release does not depend on which document
    finished first or where it ran.
    """
    cache = DocumentCache(cache_dir, dictionaries_dir) if cache_dir else None
    usable = [d for d in docs if d.status in ("ok", "metadata_error")]
    work = {d.doc_id: hit for d in usable if cache and (hit := cache.get(d)) is not None}
    todo = [d for d in usable if d.doc_id not in work]
    errors = {}
    outcomes = steps.each_document(todo, dictionaries_dir, cache_dir) if todo else []
    for doc, outcome in zip(todo, outcomes, strict=True):
        if outcome.error:
            steps.logger.error("document %s failed: %s", doc.doc_id, outcome.error)
            errors[doc.doc_id] = outcome.error
            continue
        work[doc.doc_id] = outcome.work
        if cache:
            cache.put(doc, outcome.work)
    steps.logger.info("parsed %d documents, %d from the cache", len(todo), len(usable) - len(todo))
    out = [
        replace(d, status="failed", error=errors[d.doc_id]) if d.doc_id in errors else d
        for d in docs
    ]
    return (
        out,
        {d.doc_id: work[d.doc_id] for d in usable if d.doc_id in work},
        [d.doc_id for d in todo],
    )


def run_report(inventory: Inventory, docs: list[SourceDocument]) -> dict:
    """What the run found in the input folder besides the documents it published."""
    statuses: dict[str, int] = {}
    for d in docs:
        statuses[d.status] = statuses.get(d.status, 0) + 1
    return {
        "documents_by_status": dict(sorted(statuses.items())),
        "not_documents": [
            {"path": n.path, "kind": n.kind, "message": n.message} for n in inventory.notices
        ],
        "documents_with_problems": [
            {"doc_id": d.doc_id, "status": d.status, "error": d.error, "warnings": d.warnings}
            for d in docs
            if d.status != "ok" or d.warnings
        ],
    }


def input_fingerprint(docs: list[SourceDocument], dictionaries_dir: Path) -> dict:
    """What the release was built from: each document's and each dictionary's sha256."""
    return {
        "documents": {d.doc_id: d.sha256 for d in docs},
        "dictionaries": dictionary_hashes(dictionaries_dir),
    }
