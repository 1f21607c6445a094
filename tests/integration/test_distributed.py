"""The per-document tasks on a real Dask cluster (two worker processes) publish the same bytes
as a run in one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.pipeline import build_dataset
from flows.run.runners import task_runner

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seeds_and_test_corpus(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("corpus") / "raw"
    raw.mkdir()
    for folder in (ROOT / "raw", ROOT / "tests" / "fixtures" / "dev_texts"):
        for path in folder.iterdir():
            shutil.copy(path, raw / path.name)
    return raw


def release_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_a_dask_cluster_of_two_processes_publishes_the_same_bytes_as_one_process(
    seeds_and_test_corpus, tmp_path, monkeypatch
):
    from prefect.settings import PREFECT_API_URL

    # Dask's worker processes are started by the cluster, not by Prefect: they find the
    # test's API server through the environment, as the command line arranges for a build
    monkeypatch.setenv("PREFECT_API_URL", PREFECT_API_URL.value())
    raw = str(seeds_and_test_corpus)
    local = build_dataset(raw_dir=raw, out_dir=str(tmp_path / "local"))
    on_dask = build_dataset.with_options(task_runner=task_runner("dask", workers=2))(
        raw_dir=raw, out_dir=str(tmp_path / "dask"), cache_dir=str(tmp_path / "cache")
    )
    assert len(local["parsed"]) == len(on_dask["parsed"]) == 12  # nothing came from a cache
    assert release_bytes(tmp_path / "dask") == release_bytes(tmp_path / "local")
