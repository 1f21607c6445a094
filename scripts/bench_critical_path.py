"""What a second process gains, measured in CPU time: a figure that holds on a shared machine.

On a machine another job keeps busy, a build's wall time says more about that job than about
the build (scripts/bench_builds.py records `others_cores` beside each build for that reason).
The CPU time each process spends is what its work costs whoever else runs, so this script
estimates each build's critical path from it:

- one process: the build process's CPU over the flow, plus the Prefect server's (the flow
  waits for its answers);
- N processes: the build process's and the server's CPU before and after the parsing, plus
  the parsing's span: the busiest worker's CPU up to the parsing's end (with `--no-server`,
  its start-up included), or all the CPU spent while parsing (workers, build process,
  server) over N cores if that is more.

Idle waits inside the parsing (a worker waiting for its next batch) are not counted, so the
ratio is an upper bound of what an idle machine gives; the wall times are printed beside it.
Each build is a fresh process with the compiled dictionaries cached and no document cached.

    .venv/bin/python -m scripts.bench_critical_path [--mb 0.542164] [--repeat 3] [--no-server]
                                                   [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from flows.settings import PROJECT_ROOT
from scripts.bench_builds import forget_work, write_corpus

_TICK = os.sysconf("SC_CLK_TCK")


def critical_path(
    before: float, after: float, during: float, workers: list[float], n: int
) -> float:
    """CPU seconds on the critical path of a build that parsed in `n` processes: what ran
    before and after the parsing, plus the parsing's span.

    >>> critical_path(1.0, 2.0, 0.5, [6.0, 4.0], 2)  # the busier worker decides
    9.0
    >>> critical_path(1.0, 2.0, 3.0, [6.0, 6.0], 2)  # too much else ran while parsing
    10.5
    """
    return before + after + max(max(workers, default=0.0), (sum(workers) + during) / n)


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK


def child_pids(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


class Marks:
    """At named moments: this process's CPU, that of its children that are not workers (the
    Prefect server), the clock, and each worker's CPU."""

    def __init__(self) -> None:
        self.workers: list[int] = []
        self.at: dict[str, list] = {}

    def __call__(self, name: str) -> None:
        others = sum(process_cpu(c) for c in child_pids(os.getpid()) if c not in self.workers)
        workers = [process_cpu(w) for w in self.workers]
        self.at[name] = [time.process_time(), others, time.perf_counter(), workers]


def mark_parsing(marks: Marks) -> None:
    """Mark the start and end of the parsing, however the build runs its steps."""
    from flows import build, pipeline

    for steps in (build.PlainSteps, pipeline.PrefectSteps):
        each = steps.each_document

        def marked(self, docs, *args, each=each):
            marks("parse_start")
            outcomes = each(self, docs, *args)
            marks("parse_end")
            return outcomes

        steps.each_document = marked


def one_build(raw: Path, out: Path, cache: Path, workers: int, plain: bool) -> dict:
    """A full build in this process; returns its marks."""
    from flows.build import PlainSteps, build_release
    from flows.run.local_pool import worker_pool
    from flows.settings import Settings

    marks = Marks()
    mark_parsing(marks)
    marks("start")  # --no-server: the workers' start-up is the build's
    with worker_pool(workers, Settings().dictionaries_dir, cache) as pool:
        marks.workers = sorted(pool.executor._processes) if pool else []
        if plain:
            build_release(raw, out, cache, PlainSteps(workers))
            marks("end")
        else:
            from flows.pipeline import build_dataset
            from flows.run.prefect_server import api_for_run
            from flows.run.runners import task_runner

            runner = task_runner("local", workers, None)
            with api_for_run():
                marks("start")  # through Prefect: not the server's start (as bench_builds)
                build_dataset.with_options(task_runner=runner)(str(raw), str(out), str(cache))
                marks("end")
    return marks.at


def measure(raw: Path, work: Path, cache: Path, workers: int, plain: bool) -> dict:
    """One build in a fresh process: its critical path, its workers' CPU, its wall time."""
    forget_work(cache)
    out = work / f"out{workers}"
    command = [sys.executable, "-m", "scripts.bench_critical_path", "--one", str(workers)]
    command += ["--raw", str(raw), "--build-out", str(out), "--cache", str(cache)]
    command += ["--no-server"] if plain else []
    done = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"build failed: {done.stderr[-2000:]}")
    at = json.loads(done.stdout.strip().splitlines()[-1])

    def cpu(start: str, end: str) -> float:
        return sum(at[end][i] - at[start][i] for i in (0, 1))

    wall = at["end"][2] - at["start"][2]
    if workers == 1:
        return {
            "critical_path_cpu_s": round(cpu("start", "end"), 2),
            "parsing_cpu_s": round(cpu("parse_start", "parse_end"), 2),
            "wall_s": round(wall, 2),
        }
    started = at["start"][3] or [0.0] * workers  # --no-server: forked after the start
    parsing = [end - begin for begin, end in zip(started, at["parse_end"][3], strict=True)]
    before, after = cpu("start", "parse_start"), cpu("parse_end", "end")
    beside = cpu("parse_start", "parse_end")
    return {
        "critical_path_cpu_s": round(critical_path(before, after, beside, parsing, workers), 2),
        "before_and_after_parsing_cpu_s": round(before + after, 2),
        "beside_the_workers_cpu_s": round(beside, 2),
        "workers_cpu_s": [round(x, 2) for x in parsing],
        "wall_s": round(wall, 2),
    }


def run(mb: float, repeat: int, plain: bool) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-critical-"))
    try:
        raw, cache = work / "raw", work / "cache"
        chars = write_corpus(raw, int(mb * 1_000_000))
        measure(raw, work, cache, 1, True)  # compiles and caches the dictionaries
        turns = []
        for _ in range(repeat):
            one, two = (measure(raw, work, cache, n, plain) for n in (1, 2))
            ratio = one["critical_path_cpu_s"] / two["critical_path_cpu_s"]
            turns.append({"one": one, "two": two, "ratio": round(ratio, 2)})
            print(json.dumps(turns[-1]), file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "corpus_chars": chars,
        "through": "--no-server" if plain else "Prefect",
        "two_over_one_process_cpu_critical_path": statistics.median(t["ratio"] for t in turns),
        "turns": turns,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=0.542164, help="corpus size, million chars")
    parser.add_argument("--repeat", type=int, default=3, help="turns of one and two processes")
    parser.add_argument("--no-server", action="store_true", help="builds as plain Python")
    parser.add_argument("--out", type=Path, help="also write the JSON report here")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one build, in this process
    for option in ("--raw", "--build-out", "--cache"):
        parser.add_argument(option, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        at = one_build(args.raw, args.build_out, args.cache, args.one, args.no_server)
        print(json.dumps(at))
        return 0
    text = json.dumps(run(args.mb, args.repeat, args.no_server), indent=2)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
