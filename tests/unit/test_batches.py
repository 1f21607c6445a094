"""Documents go to Prefect's task runner in batches: fewer task runs, each worker kept busy."""

from flows.ingest.folder import prose_text, survey
from flows.run.local_pool import BATCHES_PER_WORKER, MAX_BATCHES, batches


def test_documents_go_longest_first_each_once_in_batches_of_similar_size(tmp_path):
    for i, n in enumerate([500, 90_000, 3_000, 3_000, 40_000, 200, 70_000] * 6):
        (tmp_path / f"doc{i:02d}.txt").write_text(f"Report {i}. " + "Word. " * (n // 6))
    docs = survey(tmp_path).documents
    found = batches(docs)
    assert sorted(d.doc_id for batch in found for d in batch) == [d.doc_id for d in docs]
    # a long document handed out last keeps one worker busy while the others wait
    lengths = [len(prose_text(d)) for batch in found for d in batch]
    assert lengths == sorted(lengths, reverse=True)
    assert len(docs) / 2 > len(found) > MAX_BATCHES / 2  # fewer task runs, several per worker
    sizes = [sum(len(prose_text(d)) for d in batch) for batch in found]
    largest = max(len(prose_text(d)) for d in docs)
    assert max(sizes) <= max(largest, 2 * sum(sizes) / MAX_BATCHES)


def test_a_few_small_documents_make_one_batch(tmp_path):
    for i in range(5):
        (tmp_path / f"doc{i}.txt").write_text(f"Report {i}. An attack in Gao.")
    assert [len(batch) for batch in batches(survey(tmp_path).documents)] == [5]


def test_two_local_workers_get_about_four_batches_each(tmp_path):
    for i in range(40):
        (tmp_path / f"doc{i:02d}.txt").write_text(f"Report {i}. " + "Word. " * 5_000)
    docs = survey(tmp_path).documents
    found = batches(docs, 2 * BATCHES_PER_WORKER)
    assert sorted(d.doc_id for batch in found for d in batch) == [d.doc_id for d in docs]
    assert 2 * BATCHES_PER_WORKER - 1 <= len(found) <= 2 * BATCHES_PER_WORKER + 1
