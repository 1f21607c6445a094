"""The worker processes of `--workers N`, forked and made ready before the build starts.

Prefect's ProcessPoolTaskRunner spawns its workers when the first task is submitted, and each
then imports Prefect, spaCy and the stages (about 4 s), loads the dictionaries and builds the
spaCy pipeline (over 1 s) before it parses a word: on two cores that ate the gain of the
second process (a build with two was 1.03x one). Here the command line forks the workers
before it starts Prefect's temporary server (the process runs no thread yet, so forking is
safe), they inherit the loaded dictionaries and build their pipeline while the server starts,
and the flow's per-document tasks, run in threads of the flow (each batch still a task run),
hand their batch to them. `--no-server` builds use the same processes.

Documents are handed out longest first: in name order, a long document that came late kept
one process parsing for seconds while the other had nothing left (on the benchmark's corpus,
one process finished 1.6 s before the other). They go in batches (`batches`), through
Prefect and with `--no-server` alike, and a worker parses a batch's paragraphs together
(flows/per_document.py `work_on_each`): the parser's numpy decoder pays from 40 paragraphs a
batch, which one document alone rarely has. (With `--no-server` they went one at a time,
each parsed alone, while a one-process build parsed them together.)
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, wait
from contextlib import contextmanager
from pathlib import Path

from flows.extract.places.gazetteer import load_subdivisions
from flows.extract.resources import load_resources
from flows.ingest.folder import SourceDocument
from flows.per_document import Outcome, work_on_each

_POOL: WorkerPool | None = None


class WorkerPool:
    """`workers` forked processes, each with the dictionaries and the spaCy pipeline loaded."""

    def __init__(self, workers: int, dictionaries_dir: Path, cache_dir: Path | None) -> None:
        self.workers = workers
        # loaded once here rather than in every worker: compiling them (no cache) takes ~10 s,
        # and the subdivisions are read by extraction and resolution alike
        load_resources(dictionaries_dir, cache_dir)
        load_subdivisions()
        self.executor = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_get_ready,
            initargs=(dictionaries_dir, cache_dir),
        )
        # a fork pool starts a process per task submitted while none is idle: one each
        self.ready = [self.executor.submit(int) for _ in range(workers)]

    def work_on(self, docs: Sequence[SourceDocument], *args: object) -> list[Outcome]:
        """`work_on(doc, *args)` for each document, in these processes, in document order."""
        return self.executor.submit(_work_on_batch, list(docs), args).result()

    def each_document(self, docs: Sequence[SourceDocument], *args: object) -> list[Outcome]:
        """Every document's outcome, in `batches` (BATCHES_PER_WORKER a process, the longest
        documents first), each a task; the outcomes in document order."""
        most = self.workers * BATCHES_PER_WORKER
        futures = [
            self.executor.submit(_work_on_batch, batch, args) for batch in batches(docs, most)
        ]
        outcomes = {o.doc_id: o for future in futures for o in future.result()}
        return [outcomes[doc.doc_id] for doc in docs]

    def close(self) -> None:
        wait(self.ready)
        self.executor.shutdown(wait=True, cancel_futures=True)


# A task run costs Prefect about a third of a second of CPU (context, API calls, state
# changes, results sent back): documents go to the task runner in batches, at most
# MAX_BATCHES of them (BATCHES_PER_WORKER a local worker process), none much under
# MIN_BATCH_CHARS, so that the overhead stays a few per cent of the parsing while every
# worker still has several batches to take.
MAX_BATCHES = 16
BATCHES_PER_WORKER = 4
MIN_BATCH_CHARS = 20_000


def batches(docs: Sequence[SourceDocument], most: int = MAX_BATCHES) -> list[list[SourceDocument]]:
    """Runs of documents of about equal size (characters), about `most` of them at the most,
    the longest documents first."""
    docs = longest_first(docs)
    sizes = [d.n_chars for d in docs]  # the view is as long: nothing read that may fail
    budget = max(MIN_BATCH_CHARS, sum(sizes) / most)
    out: list[list[SourceDocument]] = [[]]
    filled = 0
    for doc, size in zip(docs, sizes, strict=True):
        if out[-1] and filled + size / 2 > budget:
            out.append([])
            filled = 0
        out[-1].append(doc)
        filled += size
    return [batch for batch in out if batch]


def longest_first(docs: Sequence[SourceDocument]) -> list[SourceDocument]:
    """The documents from the longest to the shortest (equal lengths in document order), the
    order that keeps every process busy to the end when they take the next as they finish."""
    return sorted(docs, key=lambda doc: -doc.n_chars)


def _get_ready(dictionaries_dir: Path, cache_dir: Path | None) -> None:
    load_resources(dictionaries_dir, cache_dir).nlp  # noqa: B018 (built on first use)


def _work_on_batch(docs: list[SourceDocument], args: tuple) -> list[Outcome]:
    return work_on_each(docs, *args)


@contextmanager
def worker_pool(
    workers: int, dictionaries_dir: Path, cache_dir: str | Path | None
) -> Iterator[WorkerPool | None]:
    """Fork `workers` ready processes for the build run inside (none for one worker: the
    build's own process parses); `current()` finds them."""
    global _POOL
    if workers < 2:
        yield None
        return
    pool = WorkerPool(workers, dictionaries_dir, Path(cache_dir) if cache_dir else None)
    _POOL = pool
    try:
        yield pool
    finally:
        _POOL = None
        pool.close()


def current() -> WorkerPool | None:
    """The pool of the build running in this process, if it has one."""
    return _POOL
