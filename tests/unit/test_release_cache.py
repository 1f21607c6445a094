"""The release cache: its key covers every input of the release, and an output folder counts as
holding a release only when it holds exactly its files, byte for byte."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from flows.cache.fingerprint import library_versions
from flows.cache.release import PublishedRelease, ReleaseCache, folder_hashes, holds, release_key
from flows.ingest.folder import Inventory, Notice, SourceDocument

ROOT = Path(__file__).resolve().parents[2]
DOCS = [
    SourceDocument("a", "a.txt", "1" * 64, "Militants attacked a convoy.", "ok"),
    SourceDocument("b", "b.txt", "2" * 64, "Gunmen seized a town.", "ok", title="B"),
]


@pytest.fixture(scope="module")
def dictionaries(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("release-key") / "dictionaries"
    shutil.copytree(ROOT / "dictionaries", folder)
    return folder


def test_the_same_inputs_give_the_same_key(dictionaries):
    assert release_key(Inventory(list(DOCS)), dictionaries) == release_key(
        Inventory(list(DOCS)), dictionaries
    )


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda docs: docs[:1], id="a document removed"),
        pytest.param(lambda docs: [*docs, replace(docs[0], doc_id="c")], id="one added"),
        pytest.param(lambda docs: [replace(docs[0], text="Calm."), docs[1]], id="text edited"),
        pytest.param(lambda docs: [docs[0], replace(docs[1], title="C")], id="sidecar edited"),
        pytest.param(
            lambda docs: [replace(docs[0], published=date(2020, 1, 1)), docs[1]],
            id="publication date known",
        ),
        pytest.param(lambda docs: [docs[0], replace(docs[1], status="too_large")], id="status"),
    ],
)
def test_any_change_to_the_documents_changes_the_key(dictionaries, change):
    before = release_key(Inventory(list(DOCS)), dictionaries)
    assert release_key(Inventory(change(list(DOCS))), dictionaries) != before


def test_a_new_notice_of_the_input_folder_changes_the_key(dictionaries):
    # the run report lists what in the input folder is not a document
    notice = Notice("notes.yaml", "orphan_sidecar", "sidecar without a document")
    before = release_key(Inventory(list(DOCS)), dictionaries)
    assert release_key(Inventory(list(DOCS), [notice]), dictionaries) != before


def test_editing_a_dictionary_changes_the_key(dictionaries):
    before = release_key(Inventory(list(DOCS)), dictionaries)
    path = dictionaries / "actors.yaml"
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\n# edited\n", encoding="utf-8")
    try:
        assert release_key(Inventory(list(DOCS)), dictionaries) != before
    finally:
        path.write_text(original, encoding="utf-8")


def release_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "events.parquet").write_bytes(b"PAR1 events")
    (folder / "manifest.json").write_text("{}", encoding="utf-8")
    return folder


def test_a_folder_holds_a_release_only_with_exactly_its_bytes(tmp_path):
    folder = release_folder(tmp_path)
    release = PublishedRelease({"row_counts": {}}, folder_hashes(folder))
    assert holds(folder, release)
    (folder / "events.parquet").write_bytes(b"PAR1 evente")
    assert not holds(folder, release)


def test_a_folder_with_a_file_more_or_less_does_not_hold_the_release(tmp_path):
    folder = release_folder(tmp_path)
    release = PublishedRelease({}, folder_hashes(folder))
    (folder / "views.sql").write_text("", encoding="utf-8")
    assert not holds(folder, release)
    (folder / "views.sql").unlink()
    (folder / "manifest.json").unlink()
    assert not holds(folder, release)
    assert not holds(tmp_path / "missing", release)


def test_a_stored_release_is_found_only_where_it_was_published(tmp_path):
    folder = release_folder(tmp_path)
    cache = ReleaseCache(tmp_path / "cache")
    arguments = ({"events": [{"event_id": "evt-1"}]}, "0.1.0", {}, None, {})
    cache.put("ab" * 32, arguments, {"dataset_version": "0.1.0"}, folder)
    assert cache.published_in("ab" * 32, folder) == {"dataset_version": "0.1.0"}
    assert cache.published_in("ab" * 32, tmp_path / "elsewhere") is None
    assert cache.published_in("cd" * 32, folder) is None
    assert cache.publish_arguments("ab" * 32) == arguments
    assert cache.publish_arguments("cd" * 32) is None


def test_library_versions_come_from_the_metadata_folders_names(tmp_path, monkeypatch):
    (tmp_path / "spacy-3.8.7.dist-info").mkdir()
    (tmp_path / "Old_Lib-1.2-py3.11.egg-info").mkdir()
    (tmp_path / "spacy").mkdir()
    monkeypatch.setattr("sys.path", [str(tmp_path), str(tmp_path / "absent")])
    assert library_versions.__wrapped__() == (("old_lib", "1.2"), ("spacy", "3.8.7"))
