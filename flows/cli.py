"""The command-line interface behind `python -m flows`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from flows.publish.release_folder import (
    ReleaseLocked,
    UnsafeOutput,
    check_out_dir,
    leftovers,
    recover,
)
from flows.run.orphans import mark_run, reap_orphan_servers
from flows.run.runners import RUNNERS
from flows.settings import Settings, default_cache_dir

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
    from flows.build import NothingToPublish

    if not Path(args.raw).is_dir():
        print(f"error: input folder {args.raw} does not exist; pass --raw DIR", file=sys.stderr)
        return 2
    if args.max_mb is not None:
        os.environ["MILITANT_EVENTS_MAX_MB"] = str(args.max_mb)
    try:
        check_out_dir(Path(args.out), Path(args.raw))
    except UnsafeOutput as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 2
    reap_orphan_servers()
    mark_run()
    cache_dir = None if args.no_cache or not args.cache else args.cache
    try:
        build = plain_build(args) if args.no_server else prefect_build(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        manifest, build_seconds, server = build(cache_dir)
    except NothingToPublish as exc:
        print(f"error: nothing published, {args.out}/ left as it was: {exc}", file=sys.stderr)
        return 1
    except ReleaseLocked as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 1
    print(summary(manifest, args.out))
    print(f"Built in {build_seconds:.1f} s ({server})")
    print(
        f"Parsed {len(manifest['parsed'])} documents"
        + (f", {manifest['reused']} others from the cache ({cache_dir})" if cache_dir else "")
    )
    print_report(Path(args.out) / "run_report.json")
    return 0


Build = Callable[[str | None], tuple[dict, float, str]]


def prefect_build(args: argparse.Namespace) -> Build:
    """The build as a Prefect flow run; with no API configured, against a temporary server
    whose start-up is timed apart. Raises ValueError for options that do not fit."""
    from flows.pipeline import build_dataset
    from flows.run.local_pool import worker_pool
    from flows.run.prefect_server import api_for_run
    from flows.run.runners import task_runner

    runner = task_runner(args.runner, args.workers, args.address)

    local = args.workers if args.runner == "local" else 1

    def build(cache_dir: str | None) -> tuple[dict, float, str]:
        start = time.perf_counter()
        # the workers get ready while the server starts (flows/run/local_pool.py); what the
        # pool cost this process (loading the dictionaries) counts as build time
        with worker_pool(local, Settings().dictionaries_dir, cache_dir):
            preparing = time.perf_counter() - start
            with api_for_run() as server_seconds:
                start = time.perf_counter()
                manifest = build_dataset.with_options(task_runner=runner)(
                    raw_dir=args.raw, out_dir=args.out, cache_dir=cache_dir
                )
                build_seconds = preparing + time.perf_counter() - start
        return manifest, build_seconds, f"Prefect's temporary server: {server_seconds:.1f} s"

    return build


def plain_build(args: argparse.Namespace) -> Build:
    """The same build as plain Python (`--no-server`): no Prefect import, server or run
    record. Raises ValueError for options that do not fit."""
    from flows.build import PlainSteps, build_release
    from flows.run.local_pool import worker_pool

    if args.runner != "local" or args.address:
        raise ValueError("--no-server parses on this machine; --runner dask goes through Prefect")
    steps = PlainSteps(args.workers)

    def build(cache_dir: str | None) -> tuple[dict, float, str]:
        start = time.perf_counter()
        with worker_pool(args.workers, Settings().dictionaries_dir, cache_dir):
            manifest = build_release(Path(args.raw), Path(args.out), cache_dir, steps)
        return manifest, time.perf_counter() - start, "no Prefect server: --no-server"

    return build


def print_report(path: Path) -> None:
    """Say on stderr what in the input folder was not published, and why."""
    report = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for item in report.get("documents_with_problems", []):
        why = item["error"] or item["warnings"]
        print(f"  note: {item['doc_id']}: {item['status']}: {why}", file=sys.stderr)
    for item in report.get("not_documents", []):
        print(f"  note: {item['path']}: {item['message']}", file=sys.stderr)


QUERY_STATEMENTS = {"SELECT"}


def run_query(args: argparse.Namespace) -> int:
    """Run one read-only query against the release; bad SQL is one line and exit 1."""
    import duckdb

    from schemas.views import connect_release

    views = Path(args.out) / "views.sql"
    if not views.exists():
        print(f"error: {views} not found; run `make run` first", file=sys.stderr)
        return 2
    try:
        statements = duckdb.extract_statements(args.sql)
    except duckdb.Error as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return 1
    kinds = [s.type.name for s in statements]
    refused = [k for k in kinds if k not in QUERY_STATEMENTS]
    if len(statements) != 1 or refused:
        what = ", ".join(refused) if refused else f"{len(statements)} statements"
        print(
            f"error: the query tool runs one SELECT against the release, read-only ({what} refused)",
            file=sys.stderr,
        )
        return 1
    try:
        con = connect_release(Path(args.out), read_only=True)
        con.sql(args.sql).show(max_width=200, max_rows=args.limit)
    except duckdb.Error as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return 1
    return 0


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def run_serve(args: argparse.Namespace) -> int:
    """Serve the flow as a scheduled deployment (runs until stopped; needs a Prefect server)."""
    from flows.pipeline import build_dataset

    build_dataset.serve(
        name="build-dataset",
        cron=args.cron,
        parameters={
            "raw_dir": str(Path(args.raw).resolve()),
            "out_dir": str(Path(args.out).resolve()),
            "cache_dir": None
            if args.no_cache or not args.cache
            else str(Path(args.cache).resolve()),
        },
        pause_on_shutdown=False,
    )
    return 0


def run_clean(args: argparse.Namespace) -> int:
    """Remove what killed runs left: temporary servers, staging and previous folders."""
    for pid in reap_orphan_servers():
        print(f"stopped orphaned temporary Prefect server (pid {pid})")
    out = Path(args.out).resolve()
    for entry in leftovers(out):
        print(f"removing {entry}" if out.exists() else f"restoring {entry} as {out}")
    recover(out)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build the dataset from raw/ into outputs/")
    build.add_argument("--raw", default="raw", help="input folder (default: raw)")
    build.add_argument("--out", default="outputs", help="output folder (default: outputs)")
    build.add_argument(
        "--max-mb",
        type=float,
        default=None,
        help="per-document size limit in MB (default 32; bigger files get status too_large)",
    )
    build.add_argument(
        "--cache",
        default=default_cache_dir(),
        help="folder of per-document work and compiled dictionaries kept between runs "
        "(default: .cache in the project, or $MILITANT_EVENTS_CACHE)",
    )
    build.add_argument(
        "--no-cache", action="store_true", help="parse every document; read and write no cache"
    )
    build.add_argument(
        "--workers", type=int, default=1, help="processes that parse documents (default 1)"
    )
    build.add_argument(
        "--runner",
        choices=RUNNERS,
        default="local",
        help="where documents are parsed: local processes, or a Dask cluster (default local)",
    )
    build.add_argument(
        "--address",
        default=None,
        help="with --runner dask: a running scheduler, tcp://host:port (default: a local cluster "
        "of --workers processes)",
    )
    build.add_argument(
        "--no-server",
        action="store_true",
        help="run as plain Python, without Prefect (no server, no run record): for one-off "
        "runs and tests; the release is the same bytes",
    )
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
    serve.add_argument("--cache", default=default_cache_dir(), help="as for build")
    serve.add_argument("--no-cache", action="store_true", help="as for build")
    serve.set_defaults(func=run_serve)
    clean = sub.add_parser("clean", help="stop orphaned servers and remove killed runs' leftovers")
    clean.add_argument("--out", default="outputs")
    clean.set_defaults(func=run_clean)
    args = parser.parse_args(argv)
    return args.func(args)
