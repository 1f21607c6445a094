"""The command-line interface behind `python -m flows`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

TRY_QUERY = (
    "SELECT event_type, date_start, date_precision, location, killed, certainty, perpetrators "
    "FROM events_readable ORDER BY date_start NULLS LAST LIMIT 10"
)


def summary(manifest: dict, out_dir: str) -> str:
    counts = manifest["row_counts"]
    lines = [
        f"Published dataset {manifest['dataset_version']} to {out_dir}/",
        "  "
        + ", ".join(
            f"{counts[t]} {t}"
            for t in (
                "documents",
                "events",
                "event_mentions",
                "actors",
                "actor_mentions",
                "relations",
                "quarantine",
            )
        ),
        "Try a query:",
        f'  .venv/bin/python -m flows query "{TRY_QUERY}"',
    ]
    return "\n".join(lines)


def run_build(args: argparse.Namespace) -> int:
    from flows.pipeline import NothingToPublish, build_dataset

    if not Path(args.raw).is_dir():
        print(f"error: input folder {args.raw} does not exist; pass --raw DIR", file=sys.stderr)
        return 2
    try:
        manifest = build_dataset(raw_dir=args.raw, out_dir=args.out)
    except NothingToPublish as exc:
        print(f"error: nothing published, {args.out}/ left as it was: {exc}", file=sys.stderr)
        return 1
    print(summary(manifest, args.out))
    return 0


def run_query(args: argparse.Namespace) -> int:
    from schemas.views import connect_release

    views = Path(args.out) / "views.sql"
    if not views.exists():
        print(f"error: {views} not found; run `make run` first", file=sys.stderr)
        return 2
    con = connect_release(Path(args.out))
    con.sql(args.sql).show(max_width=200, max_rows=args.limit)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Serve the flow as a scheduled deployment (runs until stopped; needs a Prefect server)."""
    from flows.pipeline import build_dataset

    build_dataset.serve(
        name="build-dataset",
        cron=args.cron,
        parameters={
            "raw_dir": str(Path(args.raw).resolve()),
            "out_dir": str(Path(args.out).resolve()),
        },
        pause_on_shutdown=False,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build the dataset from raw/ into outputs/")
    build.add_argument("--raw", default="raw", help="input folder (default: raw)")
    build.add_argument("--out", default="outputs", help="output folder (default: outputs)")
    build.set_defaults(func=run_build)
    query = sub.add_parser("query", help="run SQL against the published release's views")
    query.add_argument("sql")
    query.add_argument("--out", default="outputs", help="release folder (default: outputs)")
    query.add_argument("--limit", type=int, default=40, help="rows to show")
    query.set_defaults(func=run_query)
    serve = sub.add_parser(
        "serve",
        help="run the build on a cron schedule (needs `prefect server start` and PREFECT_API_URL)",
    )
    serve.add_argument("--cron", default="0 3 * * *", help="schedule (default: 03:00 daily)")
    serve.add_argument("--raw", default="raw")
    serve.add_argument("--out", default="outputs")
    serve.set_defaults(func=run_serve)
    args = parser.parse_args(argv)
    return args.func(args)
