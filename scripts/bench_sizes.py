"""How normalise (and segment + extract) scale with document size.

Builds synthetic documents of 1, 2, 4, 8 and 20 MB from the repository's own texts (the
seeds in raw/ and tests/fixtures/dev_texts), times `normalise` on each and, for the small
sizes, `segment` + `extract_document`, and reports seconds per MB and peak memory. A stage
that is linear in document size shows a flat seconds-per-MB column.

    .venv/bin/python -m scripts.bench_sizes [--sizes 1 2 4 8 20] [--extract-sizes 1 2]
                                            [--out evaluation/bench_sizes.json]

The table is printed and written as JSON. No assertion is made on the timings: compare
the columns, not wall-clock numbers across machines.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from flows.normalise import BoilerplateRules, load_boilerplate_rules, normalise
from flows.settings import PROJECT_ROOT, Settings

MB = 1_000_000  # characters
# Copies of a text differ by a suffix on every long lower-case word ("militants" ->
# "militantsab"), applied to the whole copy so a pull-quote still repeats its paragraph.
_LONG_WORD = re.compile(r"\b([a-z]{6,})\b")


def source_texts(root: Path = PROJECT_ROOT) -> list[str]:
    """The seed documents and the development texts, in a fixed order."""
    paths = sorted((root / "raw").glob("*.txt"))
    paths += sorted((root / "tests" / "fixtures" / "dev_texts").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def copy_tag(k: int) -> str:
    """A lower-case tag unique to copy `k`; copy 0 is the original text.

    >>> [copy_tag(k) for k in (0, 1, 26, 27)]
    ['', 'b', 'ba', 'bb']
    """
    tag = ""
    while k:
        k, r = divmod(k, 26)
        tag = chr(ord("a") + r) + tag
    return tag


def body_lines(text: str, rules: BoilerplateRules) -> list[str]:
    """The text's lines without the ones that would cut a concatenation short.

    An end-of-body marker in the tail zone drops everything after it, and a bibliography
    runs until the next notes heading: in one long document made of many copies, either
    would remove most of the copies that follow.
    """
    out = []
    for line in text.split("\n"):
        key = line.strip().casefold()
        if key in rules.bibliography_headings:
            continue
        if rules.match("end_of_body_marker", (line.strip(),), 1.0):
            continue
        out.append(line)
    return out


def build_document(n_chars: int, texts: list[str], rules: BoilerplateRules) -> str:
    """A document of about `n_chars` characters made of varied copies of `texts`."""
    sources = ["\n".join(body_lines(t, rules)) for t in texts]
    parts: list[str] = []
    size, k = 0, 0
    while size < n_chars:
        tag = copy_tag(k)
        for text in sources:
            varied = _LONG_WORD.sub(lambda m, tag=tag: m.group(1) + tag, text) if tag else text
            parts.append(varied)
            size += len(varied) + 2
            if size >= n_chars:
                break
        k += 1
    return "\n\n".join(parts)


def measure(fn: Callable[[], object]) -> tuple[object, float, int]:
    """(result, seconds, peak traced bytes) of one call."""
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak


def bench_size(mb: float, texts: list[str], rules: BoilerplateRules, extract, trace: bool) -> dict:
    """Time normalise (and segment + extract when `extract` is given) on one size."""
    raw = build_document(int(mb * MB), texts, rules)
    row: dict = {"mb": mb, "chars": len(raw)}
    start = time.perf_counter()
    norm = normalise(raw, rules)
    secs = time.perf_counter() - start
    if trace:
        # A second, traced run: tracemalloc slows allocation-heavy code several-fold.
        _, _, peak = measure(lambda: normalise(raw, rules))
        row["normalise_peak_mb"] = round(peak / MB, 1)
    row["normalise_s"] = round(secs, 2)
    row["normalise_s_per_mb"] = round(secs / (len(raw) / MB), 2)
    row["paragraphs"] = len(norm.paragraphs)
    if extract is not None:
        seconds = extract(norm)
        row["segment_extract_s"] = round(seconds, 1)
        row["segment_extract_s_per_mb"] = round(seconds / (len(raw) / MB), 1)
    row["max_rss_mb"] = round(_max_rss_bytes() / MB, 1)
    return row


def _max_rss_bytes() -> int:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux)."""
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage if sys.platform == "darwin" else usage * 1024


def segment_extract_timer():
    """A function timing segment + extract_document on a normalised text."""
    from flows.extract.document import extract_document
    from flows.extract.resources import load_resources
    from flows.extract.segment import segment

    resources = load_resources(Settings().dictionaries_dir)

    def run(norm) -> float:
        start = time.perf_counter()
        extract_document("bench", None, segment(norm, resources.nlp), resources)
        return time.perf_counter() - start

    return run


def bench_build(mb: float, texts: list[str], rules: BoilerplateRules) -> dict:
    """A whole `python -m flows build` of one document of `mb` MB, as a user runs it: wall
    time (Prefect's temporary server and loading the dictionaries included) and the peak
    resident memory of the build process."""
    raw_text = build_document(int(mb * MB), texts, rules)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        (raw / "big.txt").write_text(raw_text, encoding="utf-8")
        peak_file = Path(tmp) / "peak_kib"
        # GNU time measures the build from its own exec: a child forked from this process
        # would count this process's pages as its own.
        command = ["/usr/bin/time", "-f", "%M", "-o", str(peak_file)]
        command += [sys.executable, "-m", "flows", "build", "--raw", str(raw)]
        command += ["--out", str(Path(tmp) / "out"), "--max-mb", str(mb * 2 + 1)]
        start = time.perf_counter()
        done = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        peak = int(peak_file.read_text().split()[-1]) * 1024 if peak_file.exists() else 0
    if done.returncode != 0:
        raise RuntimeError(f"build of {mb} MB failed: {done.stderr[-2000:]}")
    return {
        "mb": mb,
        "build_s": round(seconds, 1),
        "build_s_per_mb": round(seconds / mb, 1),
        "build_peak_rss_mb": round(peak / MB, 1),
        "summary": done.stdout.splitlines()[1].strip() if done.stdout else "",
    }


def print_table(rows: list[dict]) -> None:
    columns = [
        ("mb", "MB"),
        ("normalise_s", "norm s"),
        ("normalise_s_per_mb", "norm s/MB"),
        ("normalise_peak_mb", "norm peak MB"),
        ("segment_extract_s", "seg+ext s"),
        ("segment_extract_s_per_mb", "seg+ext s/MB"),
        ("max_rss_mb", "max RSS MB"),
    ]
    print("  ".join(f"{title:>12}" for _, title in columns))
    for row in rows:
        print("  ".join(f"{row.get(key, '-')!s:>12}" for key, _ in columns))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="*", default=[1, 2, 4, 8, 20])
    parser.add_argument("--extract-sizes", type=float, nargs="*", default=[1, 2])
    parser.add_argument("--no-trace", action="store_true", help="skip tracemalloc (faster)")
    parser.add_argument(
        "--builds", type=float, nargs="*", default=[], help="sizes (MB) to build end to end"
    )
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "evaluation/bench_sizes.json")
    args = parser.parse_args(argv)
    rules = load_boilerplate_rules(Settings().dictionaries_dir / "boilerplate.yaml")
    texts = source_texts()
    timer = segment_extract_timer() if args.extract_sizes else None
    rows = []
    for mb in args.sizes:
        extract = timer if mb in args.extract_sizes else None
        rows.append(bench_size(mb, texts, rules, extract, trace=not args.no_trace))
        print(f"  {mb:g} MB done: {rows[-1]}", file=sys.stderr, flush=True)
    print_table(rows)
    builds = []
    for mb in args.builds:
        builds.append(bench_build(mb, texts, rules))
        print(f"  build {mb:g} MB: {builds[-1]}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {"rows": rows, "builds": builds}
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
