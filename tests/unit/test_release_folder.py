"""The output folder is the pipeline's own: refusals, atomic swaps, leftovers and the lock."""

import os

import pytest

from flows.publish import release_folder as rf
from tests.factories import dead_pid


def release(folder, marker="old"):
    folder.mkdir()
    (folder / "events.parquet").write_text(marker)
    (folder / "manifest.json").write_text(
        '{"files": {"events": {"path": "events.parquet"}}}', encoding="utf-8"
    )
    (folder / "views.sql").write_text("--")
    return folder


def test_an_existing_file_is_refused(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    with pytest.raises(rf.UnsafeOutput, match="is a file"):
        rf.check_out_dir(target, tmp_path / "raw")
    assert target.read_text() == "mine"


@pytest.mark.parametrize("where", ["raw", ".", "raw/sub"])
def test_the_input_folder_its_parents_and_its_children_are_refused(tmp_path, where):
    raw = tmp_path / "raw"
    raw.mkdir()
    with pytest.raises(rf.UnsafeOutput, match="input folder"):
        rf.check_out_dir(tmp_path / where, raw)


def test_a_folder_of_someone_elses_files_is_refused(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.docx").write_text("years of work")
    with pytest.raises(rf.UnsafeOutput, match="thesis.docx"):
        rf.check_out_dir(out, tmp_path / "raw")


def test_a_release_with_a_stranger_file_added_is_refused(tmp_path):
    out = release(tmp_path / "outputs")
    (out / "my_analysis.csv").write_text("x")
    with pytest.raises(rf.UnsafeOutput, match="my_analysis.csv"):
        rf.check_out_dir(out, tmp_path / "raw")


def test_an_empty_a_new_or_a_release_folder_is_accepted(tmp_path):
    (tmp_path / "empty").mkdir()
    for out in (tmp_path / "empty", tmp_path / "new", release(tmp_path / "outputs")):
        rf.check_out_dir(out, tmp_path / "raw")


def test_swap_replaces_the_release_and_leaves_nothing_beside_it(tmp_path):
    out = release(tmp_path / "outputs")
    staging = release(tmp_path / ".outputs.staging-1", "new")
    rf.swap_in(staging, out)
    assert (out / "events.parquet").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outputs"]


def test_exchange_is_atomic_where_the_kernel_offers_it(tmp_path):
    a, b = release(tmp_path / "a", "A"), release(tmp_path / "b", "B")
    if not rf._exchange(a, b):
        pytest.skip("renameat2(RENAME_EXCHANGE) not available here")
    assert (a / "events.parquet").read_text() == "B"
    assert (b / "events.parquet").read_text() == "A"


def test_a_killed_runs_leftovers_are_recovered(tmp_path):
    out = tmp_path / "outputs"
    pid = dead_pid()
    release(tmp_path / f".outputs.previous-{pid}")
    (tmp_path / f".outputs.staging-{pid}").mkdir()
    (tmp_path / f".outputs.staging-{os.getpid()}").mkdir()  # a live run's: left alone
    rf.recover(out)
    assert (out / "events.parquet").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f".outputs.staging-{os.getpid()}",
        "outputs",
    ]


def test_a_second_build_is_refused_while_the_first_holds_the_lock(tmp_path):
    out = tmp_path / "outputs"
    held = rf.release_lock(out)
    held.__enter__()
    try:
        with pytest.raises(rf.ReleaseLocked, match=f"pid {os.getpid()}"), rf.release_lock(out):
            pass
    finally:
        held.__exit__(None, None, None)
    with rf.release_lock(out):  # released at the end
        pass
