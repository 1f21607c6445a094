"""Small valid records for each table, for tests that need a release without running NLP,
and the pid of a process that no longer runs, for tests of what killed runs leave."""

import subprocess
from datetime import date


def dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def document(doc_id="d1", **kw):
    row = {
        "doc_id": doc_id,
        "path": f"{doc_id}.txt",
        "title": "T",
        "publisher": None,
        "authors": [],
        "published": date(2015, 6, 15),
        "published_precision": "day",
        "source_url": None,
        "licence": None,
        "sha256": "a" * 64,
        "n_chars": 100,
        "status": "ok",
        "error": None,
        "warnings": None,
        "metadata_source": "text",
        "metadata_fields": "title=text",
        "format": "plain",
        "encoding": "utf-8",
        "mojibake_repaired": 0,
        "n_pages": None,
        "n_events": 1,
        "n_relations": 1,
    }
    return {**row, **kw}


def actor(key="aqim", **kw):
    row = {
        "actor_id": f"act-{key}",
        "name": key.upper(),
        "actor_type": "armed_group",
        "aliases": [key.upper()],
        "country": "DZ",
        "wikidata_id": None,
        "origin": "dictionary",
        "doc_ids": ["d1"],
        "n_mentions": 2,
    }
    return {**row, **kw}


def event(event_id="evt-0123456789abcdef", **kw):
    row = {
        "event_id": event_id,
        "event_type": "bombing",
        "plover_type": "ASSAULT",
        "plover_mode": "explosives",
        "cameo_root": "18",
        "gtd_attack_type": "Bombing/Explosion",
        "trigger": "bombings",
        "date_start": date(2007, 4, 11),
        "date_end": date(2007, 4, 11),
        "date_precision": "day",
        "date_text": "April 11, 2007",
        "country": "DZ",
        "location": "Algiers",
        "latitude": 36.7,
        "longitude": 3.1,
        "geo_precision": "city",
        "perpetrator_ids": ["act-aqim"],
        "target_ids": [],
        "killed": 33,
        "killed_qualifier": "exact",
        "injured": 200,
        "injured_qualifier": "more_than",
        "hostages": None,
        "hostages_qualifier": None,
        "certainty": "asserted",
        "doc_ids": ["d1"],
        "n_mentions": 1,
    }
    return {**row, **kw}


def mention(event_id="evt-0123456789abcdef", **kw):
    row = {
        "mention_id": "men-0123456789abcdef",
        "event_id": event_id,
        "doc_id": "d1",
        "char_start": 0,
        "char_end": 10,
        "page": None,
        "quote": "0123456789",
        "trigger": "bombings",
        "trigger_start": 2,
        "trigger_end": 8,
        "certainty": "asserted",
        "citation": None,
    }
    return {**row, **kw}


def actor_mention(**kw):
    row = {
        "actor_mention_id": "amn-0123456789abcdef",
        "actor_id": "act-aqim",
        "doc_id": "d1",
        "char_start": 0,
        "char_end": 4,
        "surface": "AQIM",
    }
    return {**row, **kw}


def relation(**kw):
    row = {
        "relation_id": "rel-0123456789abcdef",
        "subject_id": "act-droukdal",
        "object_id": "act-aqim",
        "relation_type": "leader_of",
        "date_start": date(2004, 1, 1),
        "date_end": None,
        "date_text": "2004",
        "certainty": "asserted",
        "basis": "stated",
        "doc_id": "d1",
        "char_start": 0,
        "char_end": 10,
        "page": None,
        "quote": "0123456789",
    }
    return {**row, **kw}


def release():
    return {
        "documents": [document()],
        "actors": [actor(), actor("droukdal", actor_type="person")],
        "events": [event()],
        "event_mentions": [mention()],
        "actor_mentions": [actor_mention()],
        "relations": [relation()],
    }


def read_paragraphs(raw: str, suffix: str) -> list[str]:
    """The clean paragraphs of a source file's text, read in the format its suffix names
    (the ingest reader, then the normaliser with the shipped boilerplate rules)."""
    from flows.ingest.formats.read import read_view
    from flows.normalise import load_boilerplate_rules, normalise
    from flows.settings import Settings

    rules = load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml")
    clean = normalise(read_view(raw, suffix).view, rules)
    return [clean.text[p.start : p.end] for p in clean.paragraphs]


def built_release(base, files: dict[str, str]):
    """Build the real flow over a folder of `files` (name -> text) under `base`; a DuckDB
    connection to the release."""
    from flows.pipeline import build_dataset
    from schemas.views import connect_release

    raw = base / "raw"
    raw.mkdir()
    for name, text in files.items():
        (raw / name).write_text(text, encoding="utf-8")
    build_dataset(raw_dir=str(raw), out_dir=str(base / "outputs"))
    return connect_release(base / "outputs")
