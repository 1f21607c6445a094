"""What a hostile but fair user tries, through the command line: nothing of theirs is lost.

Each test is one finding of the data-loss issue, run as a user runs it (a subprocess of
`python -m flows`), so none of them comes back.
"""

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ftfy import fix_encoding

from flows.run.orphans import orphan_servers
from schemas.views import connect_release
from tests.pdfs import image_only_pdf

ROOT = Path(__file__).resolve().parents[2]
GOOD = (ROOT / "tests" / "fixtures" / "bad_inputs" / "good_news.txt").read_text(encoding="utf-8")


def flows(*args, timeout=600):
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)  # as a user runs it: a temporary server of its own
    return subprocess.run(
        [sys.executable, "-m", "flows", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start_build(raw: Path, out: Path) -> subprocess.Popen:
    """A build running in the background, as a user starts it, to be killed."""
    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "flows", "build", "--raw", str(raw), "--out", str(out)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def tree(folder: Path) -> dict:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """One build over a folder holding every kind of bad entry beside a good document."""
    base = tmp_path_factory.mktemp("hostile")
    raw = base / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    (raw / "typed.txt").write_text(GOOD.replace("Agadez", "Arlit"), encoding="utf-8")
    (raw / "typed.meta.json").write_text(json.dumps({"title": 12345, "source_url": ["a", "b"]}))
    (raw / "dirside.txt").write_text(GOOD.replace("Agadez", "Zinder"), encoding="utf-8")
    (raw / "dirside.meta.json").mkdir()
    (raw / "twin.txt").write_text(GOOD.replace("Agadez", "Tahoua"), encoding="utf-8")
    (raw / "twin.md").write_text("# Twin\n\n" + GOOD.replace("Agadez", "Maradi"), encoding="utf-8")
    secret = base / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    (raw / "passwd.txt").symlink_to(secret)
    (raw / "dangling.txt").symlink_to(base / "nowhere.txt")
    (raw / "sub").mkdir()
    (raw / "orphan.meta.json").write_text("{}")
    nul = "Headline\n\n" + "Filler sentence about the weather. " * 300
    (raw / "nul.txt").write_text(nul + "Gunmen kidnapped two \x00aid workers in Niger.\n")
    (raw / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    write_encodings_and_odd_files(raw)
    out = base / "outputs"
    result = flows("build", "--raw", str(raw), "--out", str(out))
    return raw, out, result


def write_encodings_and_odd_files(raw: Path) -> None:
    """Other encodings, mojibake, odd names, a 2 MB line, a 200,000-character sentence, PDFs
    that yield no text: each a document with a status beside the good ones."""
    cp1252 = GOOD.replace("Agadez", "Gaya").replace(
        "aid workers", "aid workers (\u2018M\xe9decins\u2019)"
    )
    (raw / "cp1252.txt").write_bytes(cp1252.encode("cp1252"))
    (raw / "utf16.txt").write_bytes(GOOD.replace("Agadez", "Tillaberi").encode("utf-16"))
    garbled = GOOD.replace("Agadez", "N\u2019Guigmi").encode("utf-8").decode("cp1252")
    (raw / "mojibake.txt").write_text(garbled, encoding="utf-8")
    (raw / "with space.txt").write_text(GOOD.replace("Agadez", "Dosso"), encoding="utf-8")
    (raw / "-dash.txt").write_text(GOOD.replace("Agadez", "Diffa"), encoding="utf-8")
    (raw / "\u00e9t\u00e9.txt").write_text(GOOD.replace("Agadez", "Niamey"), encoding="utf-8")
    line = " ".join([GOOD.replace("Agadez", "Zinder").strip()] * 23_000)  # 2 MB, no newline
    (raw / "one_line.txt").write_text(line, encoding="utf-8")
    sentence = GOOD.replace("Agadez", "Tahoua").rstrip(".\n") + " and " + "more " * 40_000
    (raw / "long_sentence.txt").write_text(sentence + "officials said.", encoding="utf-8")
    (raw / "scan.pdf").write_bytes(image_only_pdf())
    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")


def test_one_bad_file_of_any_kind_never_stops_the_build(hostile_build):
    from schemas.views import connect_release

    raw, out, result = hostile_build
    assert result.returncode == 0, result.stderr
    con = connect_release(out)
    status = dict(con.execute("SELECT doc_id, status FROM documents").fetchall())
    assert status == {
        "-dash": "ok",
        "broken": "unreadable",
        "cp1252": "ok",
        "long_sentence": "ok",
        "mojibake": "ok",
        "one_line": "ok",
        "scan": "no_text_layer",
        "utf16": "ok",
        "with space": "ok",
        "\u00e9t\u00e9": "ok",
        "bom": "ok",
        "dangling": "skipped",
        "dirside": "metadata_error",
        "good": "ok",
        "nul": "ok",
        "passwd": "skipped",
        "twin.md": "ok",
        "twin.txt": "ok",
        "typed": "metadata_error",
    }
    errors = dict(con.execute("SELECT doc_id, error FROM documents").fetchall())
    assert "title" in errors["typed"] and "source_url" in errors["typed"]
    places = {r[0] for r in con.execute("SELECT location FROM events").fetchall()}
    assert {"Agadez", "Arlit", "Zinder", "Tahoua", "Maradi"} <= places


def test_symlinks_out_of_the_input_folder_are_not_read(hostile_build):
    from schemas.views import connect_release

    raw, out, result = hostile_build
    con = connect_release(out)
    rows = con.execute("SELECT title, n_chars FROM documents WHERE doc_id = 'passwd'").fetchall()
    assert rows == [(None, 0)]
    assert "root:x" not in (out / "documents.parquet").read_bytes().decode("latin-1")


def test_entries_that_are_not_documents_are_reported(hostile_build):
    raw, out, result = hostile_build
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    kinds = {(n["path"], n["kind"]) for n in report["not_documents"]}
    assert kinds == {("sub", "subfolder"), ("orphan.meta.json", "orphan_sidecar")}
    assert "sub: subfolder" in result.stderr and "passwd: skipped" in result.stderr


def test_every_quote_is_the_file_at_its_offsets_in_the_recorded_encoding(hostile_build):
    from schemas.views import connect_release

    raw, out, result = hostile_build
    con = connect_release(out)
    docs = {
        doc_id: (path, encoding, repaired)
        for doc_id, path, encoding, repaired in con.execute(
            "SELECT doc_id, path, encoding, mojibake_repaired FROM documents"
        ).fetchall()
    }
    rows = con.execute("SELECT doc_id, char_start, char_end, quote FROM event_mentions").fetchall()
    texts = {}
    for doc_id, start, end, quote in rows:
        path, encoding, repaired = docs[doc_id]
        text = texts.setdefault(doc_id, (raw / path).read_text(encoding=encoding))
        span = fix_encoding(text[start:end]) if repaired else text[start:end]
        assert span == quote and "\x00" not in quote
    published = {r[0] for r in rows}
    assert published >= {"bom", "nul", "cp1252", "utf16", "mojibake", "one_line", "long_sentence"}
    assert docs["cp1252"][1] == "cp1252" and docs["utf16"][1] == "utf-16"
    assert docs["mojibake"][2] > 0


def test_hostile_files_say_what_was_wrong(hostile_build):
    from schemas.views import connect_release

    raw, out, result = hostile_build
    con = connect_release(out)
    rows = con.execute("SELECT doc_id, error, warnings FROM documents").fetchall()
    says = {doc_id: (error or "") + (warnings or "") for doc_id, error, warnings in rows}
    assert "OCR" in says["scan"] and "not a readable PDF" in says["broken"]
    assert "decoded as cp1252" in says["cp1252"] and "mojibake" in says["mojibake"]
    quotes = [q for (q,) in con.execute("SELECT quote FROM event_mentions").fetchall()]
    assert any("N’Guigmi" in q for q in quotes)  # repaired, not "Nâ€™Guigmi"


@pytest.mark.parametrize("case", ["user_folder", "raw_itself", "parent_of_raw", "a_file"])
def test_out_never_deletes_or_hides_what_is_there(tmp_path, case):
    raw = tmp_path / "project" / "raw"
    raw.mkdir(parents=True)
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    user = tmp_path / "mine"
    user.mkdir()
    (user / "thesis.docx").write_text("years of work")
    target = {
        "user_folder": user,
        "raw_itself": raw,
        "parent_of_raw": raw.parent,
        "a_file": user / "thesis.docx",
    }[case]
    before = tree(tmp_path)
    result = flows("build", "--raw", str(raw), "--out", str(target), timeout=120)
    assert result.returncode == 2
    assert "error:" in result.stderr and "Traceback" not in result.stderr
    assert tree(tmp_path) == before


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    out = tmp_path_factory.mktemp("q") / "outputs"
    raw = out.parent / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    assert flows("build", "--raw", str(raw), "--out", str(out)).returncode == 0
    return out


@pytest.mark.parametrize(
    "sql",
    [
        "COPY (SELECT 1) TO '{out}/events.parquet' (FORMAT parquet)",
        "ATTACH '{out}/../attached.db'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "INSTALL httpfs",
        "SET enable_external_access = true",
        "CREATE TABLE t AS SELECT 1",
        "SELECT 1; COPY (SELECT 1) TO '{out}/x.csv'",
    ],
)
def test_the_query_tool_reads_the_release_and_nothing_else(release, sql):
    before = tree(release.parent)
    result = flows("query", sql.format(out=release), "--out", str(release), timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert tree(release.parent) == before
    ok = flows("query", "SELECT count(*) AS n FROM events", "--out", str(release), timeout=120)
    assert ok.returncode == 0 and "n" in ok.stdout


def test_bad_sql_is_one_line_not_a_traceback(release):
    result = flows("query", "SELEC event_type FROM events", "--out", str(release), timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "syntax error" in result.stderr and result.stderr.count("\n") == 1


def test_a_file_over_the_limit_is_too_large_and_the_rest_is_published(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    (raw / "big.txt").write_text("Words. " * 200_000, encoding="utf-8")
    out = tmp_path / "outputs"
    result = flows("build", "--raw", str(raw), "--out", str(out), "--max-mb", "1")
    assert result.returncode == 0, result.stderr
    assert "big: too_large" in result.stderr and "--max-mb" in result.stderr


def test_a_killed_run_leaves_the_release_and_the_next_run_clears_its_leftovers(release):
    before = tree(release)
    raw = release.parent / "raw"
    proc = start_build(raw, release)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _server_of(proc.pid):
        time.sleep(0.2)
    assert _server_of(proc.pid), "the build never started its temporary server"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(0.5)
    assert orphan_servers(), "the killed run's server should be orphaned now"
    assert tree(release) == before  # the previous release is complete and readable
    cleaned = flows("clean", "--out", str(release), timeout=120)
    assert cleaned.returncode == 0 and "stopped orphaned" in cleaned.stdout
    time.sleep(1)
    assert not orphan_servers()
    assert sorted(p.name for p in release.parent.iterdir() if p.name.startswith(".")) in (
        [],
        [".outputs.lock"],
    )


def _server_of(pid: int) -> bool:
    mark = f"MILITANT_EVENTS_RUN_PID={pid}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                env = (entry / "environ").read_bytes().split(b"\0")
            except OSError:
                continue
            if mark in env and b"PREFECT__SERVER_EPHEMERAL=1" in env:
                return True
    return False


def test_a_run_killed_while_its_release_is_staged_leaves_the_old_one_and_is_cleared(release):
    """The riskiest moment: the new release half-written beside the old one."""
    before = tree(release)
    raw = release.parent / "raw"
    proc = start_build(raw, release)
    staging = release.with_name(f".{release.name}.staging-{proc.pid}")
    deadline = time.monotonic() + 300
    while proc.poll() is None and not staging.exists() and time.monotonic() < deadline:
        time.sleep(0.002)
    assert proc.poll() is None, "the build ended before it staged its release"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert tree(release) == before
    assert connect_release(release).execute("SELECT count(*) FROM documents").fetchall() == [(1,)]
    assert staging.exists()  # what the killed run left...
    assert flows("build", "--raw", str(raw), "--out", str(release)).returncode == 0
    assert not staging.exists()  # ...the next run cleared, publishing the same bytes
    assert tree(release) == before
