"""Ingest: every file becomes a document with a status; bad input is explained, never lost."""

import json
from datetime import date

from flows.ingest import ingest, parse_published, title_from_text


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def by_id(docs):
    return {d.doc_id: d for d in docs}


def test_every_file_appears_with_a_status(tmp_path):
    write(tmp_path, "good.txt", "A headline\nAQIM attacked a base in 2013.")
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "blank.txt", "   \n\n ")
    write(tmp_path, "binary.bin", b"\x89PNG\x00\x00\x01\x02")
    write(tmp_path, "latin1.txt", "caf\xe9 in Alg\xe9rie".encode("latin-1"))
    docs = by_id(ingest(tmp_path))
    assert {k: d.status for k, d in docs.items()} == {
        "good": "ok",
        "empty": "empty",
        "blank": "empty",
        "binary": "unreadable",
        "latin1": "unreadable",
    }
    assert "UTF-8" in docs["latin1"].error and "byte 3" in docs["latin1"].error
    assert docs["good"].error is None and docs["good"].n_chars == len(
        "A headline\nAQIM attacked a base in 2013."
    )


def test_sidecar_metadata_is_attached(tmp_path):
    write(tmp_path, "a.txt", "Title line\nBody.")
    write(
        tmp_path,
        "a.meta.json",
        json.dumps(
            {"title": "Real title", "publisher": "P", "authors": ["X Y"], "published": "2015-06-15"}
        ),
    )
    doc = ingest(tmp_path)[0]
    assert (doc.title, doc.publisher, doc.authors, doc.published) == (
        "Real title",
        "P",
        ("X Y",),
        date(2015, 6, 15),
    )
    assert doc.metadata_source == "sidecar" and doc.published_precision == "day"


def test_broken_sidecar_keeps_the_text_and_says_why(tmp_path):
    write(tmp_path, "a.txt", "Title line\nBody.")
    write(tmp_path, "a.meta.json", "{not json")
    doc = ingest(tmp_path)[0]
    assert doc.status == "metadata_error"
    assert "a.meta.json" in doc.error and doc.text and doc.title == "Title line"


def test_sidecar_with_unknown_field_or_bad_date_is_rejected(tmp_path):
    write(tmp_path, "a.txt", "x")
    write(tmp_path, "a.meta.json", json.dumps({"published": "June 2015"}))
    write(tmp_path, "b.txt", "y")
    write(tmp_path, "b.meta.json", json.dumps({"publishr": "typo"}))
    docs = by_id(ingest(tmp_path))
    assert "YYYY-MM-DD" in docs["a"].error
    assert "publishr" in docs["b"].error


def test_identical_files_are_marked_duplicate(tmp_path):
    write(tmp_path, "a.txt", "same text")
    write(tmp_path, "b.txt", "same text")
    docs = by_id(ingest(tmp_path))
    assert docs["a"].status == "ok" and docs["b"].status == "duplicate"
    assert "a" in docs["b"].error


def test_document_without_sidecar_takes_title_from_text(tmp_path):
    write(tmp_path, "a.txt", "\n\n  Militants seize town  \nBody")
    doc = ingest(tmp_path)[0]
    assert doc.title == "Militants seize town" and doc.metadata_source == "text"


def test_published_precision():
    assert parse_published("2013-09") == (date(2013, 9, 1), "month")
    assert parse_published(None) == (None, None)


def test_title_from_text_skips_overlong_first_lines():
    assert title_from_text("x" * 500 + "\nshort") is None
