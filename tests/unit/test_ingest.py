"""Ingest: every file becomes a document with a status; bad input is explained, never lost."""

import json
from datetime import date
from pathlib import Path

import pytest

from flows.ingest.folder import ingest, parse_published, prose_text, survey, title_from_text


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
        "latin1": "ok",
    }
    assert docs["latin1"].text == "caf\xe9 in Alg\xe9rie" and docs["latin1"].encoding == "cp1252"
    assert "not UTF-8 (byte 3" in docs["latin1"].warnings
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


def test_a_file_that_cannot_be_read_is_unreadable_and_the_rest_goes_on(tmp_path, monkeypatch):
    write(tmp_path, "good.txt", "AQIM attacked a base in 2013.")
    locked = write(tmp_path, "locked.txt", "secret")
    real_open = Path.open

    def open_(self, *args, **kwargs):  # as for a file without read permission (tests run as root)
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    docs = by_id(ingest(tmp_path))
    assert docs["good"].status == "ok"
    assert docs["locked"].status == "unreadable"
    assert docs["locked"].error == "cannot read the file: Permission denied"


@pytest.mark.parametrize(
    "sidecar",
    [
        {"title": 12345},
        {"source_url": ["https://a", "https://b"]},
        {"authors": "one author"},
        {"authors": [1, 2]},
        {"published": 2015},
        {"provenance": "github"},
        [],
        "just a string",
        None,
    ],
)
def test_a_sidecar_of_any_wrong_shape_is_a_metadata_error(tmp_path, sidecar):
    write(tmp_path, "a.txt", "Title line\nBody.")
    write(tmp_path, "a.meta.json", json.dumps(sidecar))
    doc = ingest(tmp_path)[0]
    assert doc.status == "metadata_error" and "a.meta.json" in doc.error
    assert doc.text == "Title line\nBody."


def test_a_sidecar_that_is_a_folder_or_unreadable_is_a_metadata_error(tmp_path):
    write(tmp_path, "a.txt", "Title line\nBody.")
    (tmp_path / "a.meta.json").mkdir()
    doc = ingest(tmp_path)[0]
    assert doc.status == "metadata_error" and "cannot be read" in doc.error


def test_provenance_fields_are_accepted(tmp_path):
    write(tmp_path, "a.txt", "Title\nBody.")
    meta = {
        "title": "T",
        "provenance": {"obtained_from": "github:o/r", "commit": "a" * 40, "path": "x.md"},
        "genre": "wire",
        "region": "horn",
    }
    write(tmp_path, "a.meta.json", json.dumps(meta))
    assert ingest(tmp_path)[0].status == "ok"


def test_files_sharing_a_stem_are_both_read_under_their_file_names(tmp_path):
    write(tmp_path, "report.txt", "Plain version.\nAQIM attacked.")
    write(tmp_path, "report.md", "# Markdown version\nAQIM attacked in 2013.")
    docs = by_id(ingest(tmp_path))
    assert set(docs) == {"report.txt", "report.md"}
    assert all(d.status == "ok" and "shares the stem" in d.warnings for d in docs.values())


def test_links_out_of_the_folder_and_dangling_links_are_not_followed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    secret = write(tmp_path, "secret.txt", "root:x:0:0")
    write(raw, "good.txt", "AQIM attacked a base in 2013.")
    (raw / "passwd.txt").symlink_to(secret)
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (raw / "alias.txt").symlink_to(raw / "good.txt")  # inside the folder: read (a duplicate)
    docs = by_id(ingest(raw))
    assert docs["passwd"].status == "skipped" and docs["passwd"].text is None
    assert "outside the input folder" in docs["passwd"].error
    assert docs["gone"].status == "skipped" and "dangling" in docs["gone"].error
    assert {docs["alias"].status, docs["good"].status} == {"ok", "duplicate"}
    assert all("root:x" not in (d.title or "") for d in docs.values())


def test_subfolders_and_orphan_sidecars_are_reported(tmp_path):
    write(tmp_path, "a.txt", "Body.")
    (tmp_path / "drafts").mkdir()
    write(tmp_path, "lost.meta.json", "{}")
    write(tmp_path, "notes.yaml", "x: 1")
    inventory = survey(tmp_path)
    assert [d.doc_id for d in inventory.documents] == ["a"]
    assert {(n.path, n.kind) for n in inventory.notices} == {
        ("drafts", "subfolder"),
        ("lost.meta.json", "orphan_sidecar"),
        ("notes.yaml", "not_a_sidecar"),
    }


def test_a_file_over_the_size_limit_is_too_large_with_the_way_out(tmp_path, monkeypatch):
    monkeypatch.setenv("MILITANT_EVENTS_MAX_MB", "0.001")
    write(tmp_path, "big.txt", "word " * 1000)
    write(tmp_path, "small.txt", "AQIM attacked.")
    docs = by_id(ingest(tmp_path))
    assert docs["big"].status == "too_large" and "--max-mb" in docs["big"].error
    assert len(docs["big"].sha256) == 64 and docs["small"].status == "ok"


def test_nul_bytes_deep_inside_are_a_warning_not_a_loss(tmp_path):
    text = "A headline\n" + "AQIM attacked a base. " * 500 + "\x00" + "More text."
    write(tmp_path, "a.txt", text)
    doc = ingest(tmp_path)[0]
    assert doc.status == "ok" and doc.text == text
    assert "NUL" in doc.warnings and str(text.index("\x00")) in doc.warnings


def test_a_byte_order_mark_is_kept_so_offsets_match_a_plain_utf8_reader(tmp_path):
    write(tmp_path, "a.txt", "\ufeffHeadline\nBody.".encode("utf-8"))
    doc = ingest(tmp_path)[0]
    assert doc.text == (tmp_path / "a.txt").read_text(encoding="utf-8")
    assert doc.title == "Headline" and prose_text(doc).startswith(" Headline")


def test_the_file_fills_what_the_sidecar_leaves_empty_and_each_field_says_whence(tmp_path):
    post = "---\ntitle: From the file\ndate: 2015-06-15\nauthor: Jane Roe\n---\n\nBody text.\n"
    write(tmp_path, "a.md", post)
    write(tmp_path, "a.meta.json", json.dumps({"title": "From the sidecar", "publisher": "P"}))
    doc = ingest(tmp_path)[0]
    assert (doc.title, doc.publisher, doc.authors) == ("From the sidecar", "P", ("Jane Roe",))
    assert doc.published == date(2015, 6, 15) and doc.metadata_source == "sidecar+file"
    assert dict(doc.field_sources) == {
        "title": "sidecar",
        "publisher": "sidecar",
        "authors": "file",
        "published": "file",
    }
