"""Command line: `python -m flows build [--raw DIR] [--out DIR]` and `python -m flows query SQL`."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from flows.cli import main  # noqa: E402  (the settings above must precede Prefect's import)

if __name__ == "__main__":
    sys.exit(main())
