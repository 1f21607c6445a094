"""Throughput of each stage on the documents in raw/ (or --raw DIR), without Prefect.

Reports seconds, characters per second and each stage's share of the total, so that a change
can be judged by ratios rather than by wall-clock assertions in tests.

    .venv/bin/python -m scripts.benchmark [--raw DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from flows.extract.document import extract_document
from flows.extract.resources import load_resources
from flows.extract.segment import segment
from flows.ingest.folder import ingest
from flows.normalise import load_boilerplate_rules, normalise
from flows.settings import Settings


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def run_once(docs, rules, resources) -> dict[str, float]:
    spent = {"normalise": 0.0, "segment": 0.0, "extract": 0.0}
    for doc in docs:
        norm, t = timed(normalise, doc.text, rules)
        spent["normalise"] += t
        segs, t = timed(segment, norm, resources.nlp)
        spent["segment"] += t
        _, t = timed(extract_document, doc.doc_id, None, segs, resources)
        spent["extract"] += t
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw", default=str(Settings().raw_dir))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = Settings()
    _, load_s = timed(load_resources, settings.dictionaries_dir)
    resources = load_resources(settings.dictionaries_dir)
    rules = load_boilerplate_rules(settings.dictionaries_dir / "boilerplate.yaml")
    docs = [d for d in ingest(Path(args.raw)) if d.status == "ok"]
    chars = sum(d.n_chars for d in docs)
    runs = [run_once(docs, rules, resources) for _ in range(args.repeat)]
    total = statistics.median(sum(r.values()) for r in runs)
    print(f"{len(docs)} documents, {chars} characters; resources loaded in {load_s:.1f} s")
    for stage in runs[0]:
        secs = statistics.median(r[stage] for r in runs)
        print(
            f"  {stage:10} {secs:7.2f} s  {chars / secs:10.0f} chars/s  {secs / total:6.1%} of total"
        )
    print(f"  {'all':10} {total:7.2f} s  {chars / total:10.0f} chars/s  (median of {args.repeat})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
