"""The Prefect flow: ingest → normalise → segment → extract → resolve → validate → publish.

Tasks are thin wrappers over the stage functions; a document that fails in a stage is marked
failed with the reason and the run goes on with the others.
"""

from __future__ import annotations

import traceback
from dataclasses import replace
from functools import partial
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
from flows.extract.document import DocumentExtraction, extract_document
from flows.extract.resources import Resources, dictionary_hashes, load_resources
from flows.ingest import Inventory, SourceDocument, prose_text, survey
from flows.normalise import BoilerplateRules, NormalisedText, load_boilerplate_rules, normalise
from flows.publish import publish
from flows.release_folder import check_out_dir, release_lock
from flows.resolve import ActorResolver
from flows.segment import iter_segments, segment
from flows.settings import DATASET_VERSION, Settings
from flows.validate import validate_release

# Above this many characters a document is parsed twice rather than held parsed in memory.
STREAM_CHARS = 400_000


class NothingToPublish(RuntimeError):
    """No document could be used: the previous release is left as it was."""


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(raw_dir: Path) -> Inventory:
    return survey(raw_dir)


@task(name="load-resources", cache_policy=NO_CACHE)
def resources_task(dictionaries_dir: Path) -> Resources:
    return load_resources(dictionaries_dir)


@task(name="normalise", cache_policy=NO_CACHE)
def normalise_task(doc: SourceDocument, rules: BoilerplateRules) -> NormalisedText:
    return normalise(prose_text(doc), rules)


@task(name="segment-and-extract", cache_policy=NO_CACHE)
def extract_task(
    doc: SourceDocument, norm: NormalisedText, resources: Resources
) -> DocumentExtraction:
    published = doc.published if doc.published_precision == "day" else None
    if len(norm.text) > STREAM_CHARS:  # parse twice, a batch at a time: memory stays bounded
        segments = partial(iter_segments, norm, resources.nlp)
        return extract_document(doc.doc_id, published, segments, resources)
    return extract_document(doc.doc_id, published, segment(norm, resources.nlp), resources)


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


def failure(exc: BaseException, stage: str) -> str:
    """One line saying which stage crashed, how, and where in the code."""
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return (
        f"{stage} stage crashed: {type(exc).__name__}: {exc} "
        f"(at {Path(where.filename).name}:{where.lineno})"
    )


def process_documents(
    docs: list[SourceDocument], resources: Resources, dictionaries_dir: Path
) -> tuple[list[SourceDocument], dict]:
    """Normalise and extract every usable document; a crash marks that document failed."""
    logger = get_run_logger()
    rules = load_boilerplate_rules(dictionaries_dir / "boilerplate.yaml")  # once per run
    work, out = {}, []
    for doc in docs:
        if doc.status not in ("ok", "metadata_error"):
            out.append(doc)
            continue
        try:
            norm = normalise_task(doc, rules)
            work[doc.doc_id] = (norm, extract_task(doc, norm, resources))
            out.append(doc)
        except Exception as exc:  # one bad document must not sink the release
            error = failure(exc, "extract")
            logger.error("document %s failed: %s", doc.doc_id, error)
            out.append(replace(doc, status="failed", error=error))
    return out, work


@flow(name="build-dataset", log_prints=True)
def build_dataset(raw_dir: str = "raw", out_dir: str = "outputs") -> dict:
    """Build the dataset from `raw_dir` and publish it to `out_dir`; returns the manifest."""
    settings = Settings(raw_dir=Path(raw_dir), out_dir=Path(out_dir))
    check_out_dir(settings.out_dir, settings.raw_dir)
    with release_lock(settings.out_dir.resolve()):
        inventory = ingest_task(settings.raw_dir)
        docs = inventory.documents
        if not any(d.status in ("ok", "metadata_error") for d in docs):
            reasons = "; ".join(f"{d.doc_id}: {d.status} ({d.error})" for d in docs) or "no files"
            raise NothingToPublish(f"no usable document in {settings.raw_dir}: {reasons}")
        resources = resources_task(settings.dictionaries_dir)
        docs, work = process_documents(docs, resources, settings.dictionaries_dir)
        if not work:
            raise NothingToPublish("every document failed; see the errors above")
        tables = resolve_task(docs, work, resources, settings.dictionaries_dir)
        tables = validate_task(tables)
        return publish_task(
            tables,
            settings.out_dir,
            input_fingerprint(docs, settings.dictionaries_dir),
            resources.lexicon.event_types,
            run_report(inventory, docs),
        )
