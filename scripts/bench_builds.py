"""Where a build's time goes, on a corpus of many documents made from the repository's texts.

Prints, and writes as JSON for comparing runs (no timed assertion anywhere):
- extraction throughput (normalise + parse + extract, chars/s) beside the bare spaCy model's
  (all components, nlp.pipe) on the same paragraphs, in the same process, as a ratio;
- wall time of full builds with one process and with two (the median ratio of `--repeat`
  turns), of a build with nothing
  changed and of one with one new document (each through `python -m flows build`);
- the same builds as plain Python (`--no-server`, no Prefect);
- start-up apart from the work: Prefect's temporary server, and in a fresh process the
  imports, the compiled dictionaries loaded warm (from the cache) or cold, and the spaCy
  pipeline built;
- peak memory (max RSS) of a full build;
- DuckDB latency of the README's queries over a synthetic release of one million events
  (scripts/bench_queries.py).

    .venv/bin/python -m scripts.bench_builds [--mb 5] [--repeat 3] [--out evaluation/bench_builds.json]
    .venv/bin/python -m scripts.bench_builds --extraction-only [--mb 0.5] [--turns 3] [--out FILE]

`--extraction-only` measures the extraction-vs-bare ratio alone, with the spaCy model's load
time and memory (MILITANT_EVENTS_SPACY_MODEL picks the model; evaluation/model_choice.md).

Timings share the machine with whatever else runs: compare ratios, repeat when in doubt.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.settings import PROJECT_ROOT, SPACY_MODEL, Settings
from scripts.bench_queries import readme_latencies
from scripts.bench_sizes import _LONG_WORD, copy_tag, source_texts

# "(Prefect's temporary server: 5.1 s)", or "(no Prefect server: --no-server)"
BUILT = re.compile(r"Built in ([\d.]+) s \((?:Prefect's temporary server: ([\d.]+) s)?")
PARSED = re.compile(r"Parsed (\d+) documents")


def write_corpus(raw: Path, n_chars: int) -> int:
    """Varied copies of the seed and development texts as documents in `raw`; returns how
    many characters were written."""
    raw.mkdir(parents=True, exist_ok=True)
    texts, size, k = source_texts(), 0, 0
    while size < n_chars:
        tag = copy_tag(k)
        for i, text in enumerate(texts):
            varied = _LONG_WORD.sub(lambda m, tag=tag: m.group(1) + tag, text) if tag else text
            (raw / f"doc{k:04d}_{i:02d}.txt").write_text(varied, encoding="utf-8")
            size += len(varied)
            if size >= n_chars:
                break
        k += 1
    return size


def cli_build(raw: Path, out: Path, *options: str) -> dict:
    """One `python -m flows build`; its wall time, the flow's time, the server's, parses, and
    how many cores other processes kept busy in the second before it (`others_cores`: a
    second worker gains nothing when someone else holds the second core)."""
    command = [sys.executable, "-m", "flows", "build", "--raw", str(raw), "--out", str(out)]
    others = cores_busy()
    start = time.perf_counter()
    done = subprocess.run([*command, *options], capture_output=True, text=True, cwd=PROJECT_ROOT)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"build failed: {done.stderr[-2000:]}")
    built = BUILT.search(done.stdout)
    return {
        "wall_s": round(wall, 2),
        "flow_s": float(built.group(1)),
        "prefect_server_s": float(built.group(2) or 0),
        "parsed": int(PARSED.search(done.stdout).group(1)),
        "others_cores": others,
    }


def cores_busy(seconds: float = 1.0, stat: Path = Path("/proc/stat")) -> float | None:
    """How many cores the machine's processes kept busy over `seconds` while this one slept
    (Linux; None elsewhere)."""

    def busy() -> float:
        ticks = [int(f) for f in stat.read_text().split("\n", 1)[0].split()[1:]]
        return (sum(ticks[:8]) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # not idle

    try:
        before = busy()
        time.sleep(seconds)
        return round((busy() - before) / seconds, 2)
    except (OSError, ValueError):
        return None


def startup_seconds(cache: Path | None) -> dict:
    """Seconds a fresh process takes to import the pipeline's modules (spaCy among them), load
    the compiled dictionaries (compiling them first, and storing them in `cache`, when it holds
    none) and build the spaCy pipeline (the model, then the dictionary ruler)."""
    code = (
        "import time,sys,json; from pathlib import Path; t=time.perf_counter();"
        "from flows.extract.resources import load_resources; from flows.settings import Settings;"
        "i=time.perf_counter();"
        f"r=load_resources(Settings().dictionaries_dir, {str(cache)!r} and Path({str(cache)!r}));"
        "l=time.perf_counter(); r.nlp; p=time.perf_counter();"
        "print(json.dumps({'imports': i-t, 'resources': l-i, 'pipeline': p-l, 'total': p-t}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {k: round(v, 2) for k, v in json.loads(done.stdout).items()}


def model_footprint() -> dict:
    """Seconds a fresh process takes to load the bare spaCy model (spaCy already imported), and
    its peak memory once loaded and run on one sentence, beside that of spaCy imported alone."""
    code = (
        "import resource,time; import spacy; from flows.extract.nlp.pipeline import load_model;"
        "base=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; t=time.perf_counter();"
        "nlp=load_model(); s=time.perf_counter()-t; nlp('Gunmen attacked a convoy in Gao.');"
        "print(s, base, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, base, peak = done.stdout.split()
    return {
        "model": SPACY_MODEL,
        "load_s": round(float(seconds), 2),
        "peak_rss_mb": round(int(peak) / 1024, 1),
        "spacy_imported_rss_mb": round(int(base) / 1024, 1),
    }


def extraction_vs_bare(raw: Path, chunk: int = 5, turns: int = 3) -> dict:
    """Characters per second of the pipeline's per-document work and of bare spaCy.

    The two take turns, `chunk` documents at a time, so that whatever else loads the machine
    weighs on both alike; CPU time (this process's) is reported beside wall time. The whole
    corpus is run `turns` times; the ratios are each turn's, and their median. Both use
    the matrix kernel the pipeline installs (flows/extract/nlp/blas_kernel.py); where that is not
    BLIS's own choice, spaCy as installed (BLIS's kernel) takes its turn too, as `stock`.
    """
    from flows.extract.nlp import blas_kernel
    from flows.extract.nlp.pipeline import load_model
    from flows.extract.resources import load_resources
    from flows.ingest.folder import ingest, prose_text
    from flows.per_document import boilerplate_rules

    settings = Settings()
    resources = load_resources(settings.dictionaries_dir)
    rules = boilerplate_rules(settings.dictionaries_dir)
    assert resources.nlp  # built before the clock starts, as the bare model is loaded before it
    bare_nlp = load_model()
    docs = [d for d in ingest(raw) if d.status == "ok"]
    chars = sum(len(prose_text(d)) for d in docs)
    kernel, chosen = blas_kernel.use_fast_kernel(), blas_kernel.chosen_by_blis()
    runs = [
        _one_turn(docs, chunk, resources, rules, bare_nlp, kernel, chosen) for _ in range(turns)
    ]
    ours, bare, stock = (_median_run(runs, k) for k in ("ours", "bare", "stock"))
    report = {
        "chars": chars,
        "blas_kernel": kernel,
        "turns": turns,
        "extraction_chars_per_s": round(chars / ours[0]),
        "bare_spacy_chars_per_s": round(chars / bare[0]),
        "extraction_over_bare": _median_ratio(runs, "bare", 0),
        "extraction_over_bare_cpu_time": _median_ratio(runs, "bare", 1),
        "extraction_over_bare_per_turn": [round(r["bare"][0] / r["ours"][0], 2) for r in runs],
        "extraction_over_bare_cpu_time_per_turn": [
            round(r["bare"][1] / r["ours"][1], 2) for r in runs
        ],
    }
    if kernel != chosen:
        report |= {
            "stock_blas_kernel": chosen,
            "stock_spacy_chars_per_s": round(chars / stock[0]),
            "extraction_over_stock_spacy": _median_ratio(runs, "stock", 0),
            "extraction_over_stock_spacy_cpu_time": _median_ratio(runs, "stock", 1),
        }
    return report


def _one_turn(docs, chunk, resources, rules, bare_nlp, kernel, chosen) -> dict:
    """Wall and CPU seconds of ours, bare spaCy and stock spaCy over the corpus, in turns."""
    from flows.extract.nlp import blas_kernel
    from flows.ingest.folder import prose_text
    from flows.normalise import normalise
    from flows.per_document import extract_together

    spent = {"ours": [0.0, 0.0], "bare": [0.0, 0.0], "stock": [0.0, 0.0]}  # wall, CPU
    for i in range(0, len(docs), chunk):
        batch = docs[i : i + chunk]
        paragraphs = [
            norm.text[p.start : p.end]
            for norm in (normalise(prose_text(d), rules) for d in batch)
            for p in norm.paragraphs
            if p.kind in ("body", "heading")
        ]
        with _timed(spent["ours"]):
            extract_together(batch, resources, rules)
        with _timed(spent["bare"]):
            for _ in bare_nlp.pipe(paragraphs, batch_size=32):
                pass
        if kernel != chosen:
            blas_kernel.install(chosen)
            with _timed(spent["stock"]):
                for _ in bare_nlp.pipe(paragraphs, batch_size=32):
                    pass
            blas_kernel.install(kernel)
    return spent


def _median_run(runs: list[dict], key: str) -> tuple[float, float]:
    """The median wall and CPU seconds of `key` over the turns."""
    return (
        statistics.median(r[key][0] for r in runs),
        statistics.median(r[key][1] for r in runs),
    )


def _median_ratio(runs: list[dict], other: str, column: int) -> float:
    """The median over turns of `other`'s seconds over ours (wall: 0, CPU: 1)."""
    return round(statistics.median(r[other][column] / r["ours"][column] for r in runs), 2)


@contextmanager
def _timed(total: list[float]) -> Iterator[None]:
    """Adds the block's wall and CPU seconds to `total`."""
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    total[0] += time.perf_counter() - wall
    total[1] += time.process_time() - cpu


def run_extraction_only(mb: float, work: Path, turns: int = 3) -> dict:
    """The extraction-vs-bare ratio and the model's footprint, without the builds."""
    chars = write_corpus(work / "raw", int(mb * 1_000_000))
    report = {"corpus_chars": chars, "documents": len(list((work / "raw").glob("*.txt")))}
    extraction = extraction_vs_bare(work / "raw", turns=turns)
    return report | {"model": model_footprint(), "extraction": extraction}


def forget_work(cache: Path) -> None:
    """Empty `cache` of every document's work and of the releases built from them, keeping
    the compiled dictionaries: the next build parses, resolves and publishes everything."""
    for kind in ("documents", "releases", "release_inputs"):
        shutil.rmtree(cache / kind, ignore_errors=True)


def two_builds_each_way(raw: Path, work: Path, warm: Path) -> tuple[tuple, tuple]:
    """A full build with one process and one with two, through Prefect and with
    --no-server, taking turns (the compiled dictionaries cached, no document)."""
    out = []
    for plain in ([], ["--no-server"]):
        pair = []
        for workers in ("1", "2"):
            forget_work(warm)
            options = ["--cache", str(warm), "--workers", workers, *plain]
            pair.append(cli_build(raw, work / f"turn{workers}", *options))
        out.append(tuple(pair))
    return out[0], out[1]


def median_ratios(prefix: str, pairs: list[tuple[dict, dict]]) -> dict:
    """Two processes over one: the median of each turn's ratio, of the flow's time and of
    the command's wall time (which includes starting Python and Prefect's server), over all
    turns and over the quiet ones (other processes busy on under a tenth of a core just
    before each of its two builds)."""
    quiet = [(one, two) for one, two in pairs if _quiet(one) and _quiet(two)]
    out = {}
    for suffix, turns in (("", pairs), ("_quiet", quiet)):
        if turns:
            flow = statistics.median(one["flow_s"] / two["flow_s"] for one, two in turns)
            wall = statistics.median(one["wall_s"] / two["wall_s"] for one, two in turns)
            out[f"{prefix}two_over_one_process{suffix}"] = round(flow, 2)
            out[f"{prefix}two_over_one_process_wall{suffix}"] = round(wall, 2)
    out[f"{prefix}two_over_one_process_quiet_turns"] = len(quiet)
    out[f"{prefix}others_cores_per_turn"] = [
        [one["others_cores"], two["others_cores"]] for one, two in pairs
    ]
    return out


def _quiet(build: dict) -> bool:
    return build["others_cores"] is not None and build["others_cores"] < 0.1


def run(mb: float, work: Path, events: int, repeat: int = 1, turns: int = 3) -> dict:
    raw, cache, warm = work / "raw", work / "cache", work / "warm"
    chars = write_corpus(raw, int(mb * 1_000_000))
    report: dict = {"corpus_chars": chars, "documents": len(list(raw.glob("*.txt")))}
    cold = startup_seconds(warm)  # compiles the dictionaries into `warm`
    # Full builds start with the compiled dictionaries cached, as every build after the first
    # does, and no document cached: what is compared is parsing, not each worker's compiling.
    shutil.copytree(warm, cache)
    one = cli_build(raw, work / "one", "--cache", str(cache), "--workers", "1")
    report["peak_rss_mb_full_build"] = round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
    )
    two = cli_build(raw, work / "two", "--cache", str(warm), "--workers", "2")
    nothing = cli_build(raw, work / "one", "--cache", str(cache))
    texts = source_texts()
    new = _LONG_WORD.sub(lambda m: m.group(1) + "zq", texts[0])  # unlike any document there
    (raw / "zz_new.txt").write_text(new, encoding="utf-8")
    one_new = cli_build(raw, work / "one", "--cache", str(cache))
    (raw / "zz_new.txt").unlink()
    # the same builds as plain Python (--no-server): no Prefect at all
    plain = {}
    for workers in (1, 2):
        forget_work(warm)
        plain[workers] = cli_build(
            raw,
            work / f"plain{workers}",
            "--cache",
            str(warm),
            "--workers",
            str(workers),
            "--no-server",
        )
    plain_nothing = cli_build(raw, work / "plain2", "--cache", str(warm), "--no-server")
    report["builds"] = {"full_1_process": one, "full_2_processes": two}
    report["builds"] |= {"no_change": nothing, "one_new_document": one_new}
    report["builds"] |= {
        "no_server_full_1_process": plain[1],
        "no_server_full_2_processes": plain[2],
        "no_server_no_change": plain_nothing,
    }
    # the build pairs of each turn (not `turns`, the extraction's count of runs below)
    pairs = [((one, two), (plain[1], plain[2]))]
    pairs += [two_builds_each_way(raw, work, warm) for _ in range(repeat - 1)]
    report["two_over_one_process_turns"] = len(pairs)
    report |= median_ratios("", [prefect for prefect, _ in pairs])
    report |= median_ratios("no_server_", [plain for _, plain in pairs])
    report["no_change_over_full"] = round(nothing["flow_s"] / one["flow_s"], 3)
    report["no_server_no_change_over_full"] = round(plain_nothing["flow_s"] / plain[1]["flow_s"], 3)
    report["startup_s"] = {
        "prefect_server": one["prefect_server_s"],
        "warm": startup_seconds(cache),
        "cold_compile_and_store": cold,
    }
    report["extraction"] = extraction_vs_bare(raw, turns=turns)
    report["duckdb_synthetic_release"] = readme_latencies(work / "synthetic", events)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in millions of chars")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic release size")
    parser.add_argument(
        "--repeat", type=int, default=3, help="turns of one- and two-process builds (median)"
    )
    parser.add_argument(
        "--turns", type=int, default=3, help="runs of the extraction-vs-bare turns (median)"
    )
    parser.add_argument(
        "--extraction-only",
        action="store_true",
        help="only the extraction-vs-bare ratio and the model's load time and memory",
    )
    parser.add_argument(
        "--out",
        help="JSON report (default: evaluation/bench_builds.json; none with --extraction-only)",
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-builds-"))
    try:
        if args.extraction_only:
            report = run_extraction_only(args.mb, work, args.turns)
        else:
            report = run(args.mb, work, args.events, args.repeat, args.turns)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = json.dumps(report, indent=2)
    out = args.out or (
        None if args.extraction_only else PROJECT_ROOT / "evaluation" / "bench_builds.json"
    )
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
