"""`python -m evaluation.check_gold GOLD.yaml …`: check gold files against their documents.

Every quote must be found in the raw document, every type, precision and certainty must be a
contract value. Prints one line per file; exit 1 if any file is wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evaluation.gold import load_gold


def main(argv: list[str]) -> int:
    bad = 0
    for name in argv:
        path = Path(name)
        corpus = path.parent.parent.parent / "corpus" / path.parent.name
        try:
            doc = load_gold(path, [corpus, path.parent])
        except (ValueError, FileNotFoundError, KeyError) as exc:
            print(f"FAIL {path}: {type(exc).__name__}: {exc}")
            bad += 1
            continue
        print(
            f"ok   {path}: {len(doc.events)} events, {len(doc.relations)} relations, "
            f"{len(doc.actors)} actors"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
