"""`python -m evaluation.silver sample|score`: draw GTD summaries, or score a release built on them.

python -m evaluation.silver sample --gtd globalterrorismdb_0718dist.csv --out /tmp/silver
python -m flows build --raw /tmp/silver/raw --out /tmp/silver/release
python -m evaluation.silver score --rows /tmp/silver/rows.jsonl --release /tmp/silver/release
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evaluation.silver.report import failure_classes, table, wrong_rows
from evaluation.silver.sample import REGIONS, SampleOptions, sample_gtd
from evaluation.silver.score import score_release


def year_range(text: str) -> tuple[int, int]:
    """'2000-2017' → (2000, 2017); '2013' → (2013, 2013)."""
    first, _, last = text.partition("-")
    try:
        return int(first), int(last or first)
    except ValueError:
        raise argparse.ArgumentTypeError(f"years must be YYYY or YYYY-YYYY, not {text!r}") from None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m evaluation.silver", description=__doc__.split("\n")[0]
    )
    sub = p.add_subparsers(dest="command", required=True)
    regions = argparse.ArgumentParser(add_help=False)
    regions.add_argument(
        "--regions", type=Path, default=REGIONS, help="GTD countries and their ISO2 codes (YAML)"
    )
    s = sub.add_parser(
        "sample", parents=[regions], help="write GTD summaries as documents, and their coded fields"
    )
    s.add_argument("--gtd", type=Path, required=True, help="your copy of the GTD CSV (Latin-1)")
    s.add_argument("--out", type=Path, required=True, help="folder for raw/ and rows.jsonl")
    s.add_argument("--seed", type=int, default=33)
    s.add_argument("--per-country", type=int, default=25, help="at most this many rows each")
    s.add_argument("--years", type=year_range, default=(2000, 2017), help="e.g. 2000-2017")
    c = sub.add_parser(
        "score", parents=[regions], help="score a release built from the sample's raw/"
    )
    c.add_argument("--rows", type=Path, required=True, help="rows.jsonl written by sample")
    c.add_argument("--release", type=Path, required=True, help="the release folder (flows build)")
    c.add_argument(
        "--verbose", "-v", action="store_true", help="list the rows each check got wrong"
    )
    c.add_argument("--failures", action="store_true", help="why named groups were missed")
    c.add_argument("--json", type=Path, help="write one record per row to this JSON-lines file")
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    if args.command == "sample":
        if not args.gtd.is_file():
            print(
                f"no GTD CSV at {args.gtd}: give the path of your copy with --gtd", file=sys.stderr
            )
            return 2
        options = SampleOptions(args.seed, args.per_country, args.years, args.regions)
        rows = sample_gtd(args.gtd, args.out, options)
        print(f"wrote {len(rows)} summaries to {args.out / 'raw'} and {args.out / 'rows.jsonl'}")
        return 0
    records = score_release(args.rows, args.release, args.regions)
    print(table(records))
    if args.json:
        lines = [json.dumps(r, default=str, ensure_ascii=False) for r in records]
        args.json.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.verbose:
        print(wrong_rows(records))
    if args.failures:
        print("\n" + failure_classes(records))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
