"""The Prefect flow: ingest → normalise → segment → extract → resolve → validate → publish.

Tasks are thin wrappers over the stage functions; a document that fails in a stage is marked
failed with the reason and the run goes on with the others.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.actor_records import load_coref_cues
from flows.assemble import (
    actor_mention_records,
    actor_record,
    document_record,
    event_records,
    relation_record,
    resolve_event,
    with_relation_parties,
)
from flows.cache.documents import DocumentCache
from flows.extract.resources import Resources, dictionary_hashes, load_resources
from flows.ingest import Inventory, SourceDocument, survey
from flows.per_document import Outcome, failure, work_on
from flows.publish import publish
from flows.release_folder import check_out_dir, release_lock
from flows.resolve import ActorResolver
from flows.runners import one_at_a_time
from flows.settings import DATASET_VERSION, Settings
from flows.validate import validate_release


class NothingToPublish(RuntimeError):
    """No document could be used: the previous release is left as it was."""


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(raw_dir: Path) -> Inventory:
    return survey(raw_dir)


@task(name="load-resources", cache_policy=NO_CACHE)
def resources_task(dictionaries_dir: Path, cache_dir: Path | None) -> Resources:
    return load_resources(dictionaries_dir, cache_dir)


@task(name="normalise-and-extract", cache_policy=NO_CACHE)
def document_task(
    doc: SourceDocument, dictionaries_dir: Path, resource_cache: Path | None
) -> Outcome:
    return work_on(doc, dictionaries_dir, resource_cache)


@task(name="resolve", cache_policy=NO_CACHE)
def resolve_task(
    docs: list[SourceDocument], work: dict, resources: Resources, dictionaries_dir: Path
) -> dict:
    """Resolve actors and merge events across documents into table records."""
    resolver = ActorResolver(
        resources.actors, resources.gazetteer, load_coref_cues(dictionaries_dir), resources.generic
    )
    mentions, relations, named, per_doc, failed = [], [], [], {}, {}
    for doc in docs:
        if doc.doc_id not in work:
            continue
        norm, extraction = work[doc.doc_id]
        try:
            resolver.start_document(doc.doc_id, norm.text, extraction.entities)
            for entity in extraction.entities:
                resolver.observe(entity, doc.doc_id)
            found = [
                m
                for ev in extraction.events
                if (m := resolve_event(ev, doc, norm, resolver, extraction))
            ]
            rels = [
                relation_record(r, doc, norm, resolver, extraction) for r in extraction.relations
            ]
            rels = list({r["relation_id"]: r for r in rels if r}.values())
            doc_named = actor_mention_records(resolver.sightings.get(doc.doc_id, set()), doc, norm)
        except Exception as exc:  # one bad document must not sink the release
            failed[doc.doc_id] = failure(exc, "resolve")
            continue
        mentions += found
        relations += rels
        named += doc_named
        per_doc[doc.doc_id] = (len(found), len(rels))
    with_relation_parties(mentions, relations)
    pages = {d.doc_id: d.page_starts for d in docs if d.page_starts}
    events, event_mentions = event_records(mentions, resources.lexicon.event_types, pages)
    docs = [
        replace(d, status="failed", error=failed[d.doc_id]) if d.doc_id in failed else d
        for d in docs
    ]
    documents = [document_record(d, *per_doc.get(d.doc_id, (0, 0))) for d in docs]
    actors = [actor_record(a) for a in resolver.published_actors()]
    published = {a["actor_id"] for a in actors}
    return {
        "documents": documents,
        "actors": actors,
        "events": events,
        "event_mentions": event_mentions,
        "actor_mentions": [m for m in named if m["actor_id"] in published],
        "relations": relations,
    }


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(tables: dict) -> dict:
    return validate_release(tables)


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(
    tables: dict, out_dir: Path, inputs: dict, event_types: dict, report: dict
) -> dict:
    return publish(tables, out_dir, DATASET_VERSION, inputs, event_types, report)


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


def process_documents(
    docs: list[SourceDocument], dictionaries_dir: Path, cache_dir: Path | None
) -> tuple[list[SourceDocument], dict, list[str]]:
    """Normalise and extract every usable document, reusing the cached work of documents that
    did not change; a crash marks that document failed. Returns the documents, their work and
    the ids of the documents parsed in this run.

    The tasks go to the flow's task runner (one at a time, a process pool or Dask); their
    results are taken in document order, so the release does not depend on which finished first.
    """
    logger = get_run_logger()
    cache = DocumentCache(cache_dir, dictionaries_dir) if cache_dir else None
    usable = [d for d in docs if d.status in ("ok", "metadata_error")]
    work = {d.doc_id: hit for d in usable if cache and (hit := cache.get(d)) is not None}
    todo = [d for d in usable if d.doc_id not in work]
    futures = [document_task.submit(d, dictionaries_dir, cache_dir) for d in todo]
    errors = {}
    for doc, future in zip(todo, futures, strict=True):
        outcome = future.result()
        if outcome.error:
            logger.error("document %s failed: %s", doc.doc_id, outcome.error)
            errors[doc.doc_id] = outcome.error
            continue
        work[doc.doc_id] = outcome.work
        if cache:
            cache.put(doc, outcome.work)
    logger.info("parsed %d documents, %d from the cache", len(todo), len(usable) - len(todo))
    out = [
        replace(d, status="failed", error=errors[d.doc_id]) if d.doc_id in errors else d
        for d in docs
    ]
    return (
        out,
        {d.doc_id: work[d.doc_id] for d in usable if d.doc_id in work},
        [d.doc_id for d in todo],
    )


@flow(name="build-dataset", log_prints=True, task_runner=one_at_a_time())
def build_dataset(
    raw_dir: str = "raw", out_dir: str = "outputs", cache_dir: str | None = None
) -> dict:
    """Build the dataset from `raw_dir` and publish it to `out_dir`; returns the manifest, with
    `parsed`: the ids of the documents this run parsed, and `reused`: how many came from
    `cache_dir`.

    Without `cache_dir` every document is parsed and nothing is written outside `out_dir`.
    """
    settings = Settings(raw_dir=Path(raw_dir), out_dir=Path(out_dir))
    cache = Path(cache_dir) if cache_dir else None
    check_out_dir(settings.out_dir, settings.raw_dir)
    with release_lock(settings.out_dir.resolve()):
        inventory = ingest_task(settings.raw_dir)
        docs = inventory.documents
        if not any(d.status in ("ok", "metadata_error") for d in docs):
            reasons = "; ".join(f"{d.doc_id}: {d.status} ({d.error})" for d in docs) or "no files"
            raise NothingToPublish(f"no usable document in {settings.raw_dir}: {reasons}")
        # loaded first: with a cache, worker processes then read the compiled dictionaries
        resources = resources_task(settings.dictionaries_dir, cache)
        docs, work, parsed = process_documents(docs, settings.dictionaries_dir, cache)
        if not work:
            raise NothingToPublish("every document failed; see the errors above")
        tables = resolve_task(docs, work, resources, settings.dictionaries_dir)
        tables = validate_task(tables)
        manifest = publish_task(
            tables,
            settings.out_dir,
            input_fingerprint(docs, settings.dictionaries_dir),
            resources.lexicon.event_types,
            run_report(inventory, docs),
        )
        reused = len(set(work) - set(parsed))
        return {**manifest, "parsed": parsed, "reused": reused}
