"""Re-run the SQL examples in README.md against outputs/ and write their real output back.

Each example is a ```sql block followed by a ```text block; the text block is replaced.
Run `make readme` after a rebuild so the README shows what the data really gives.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from schemas.views import connect_release

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = re.compile(r"(```sql\n(?P<sql>.*?)```\n\n```text\n)(?P<out>.*?)(```)", re.S)


def render(con, sql: str) -> str:
    relation = con.sql(sql)
    return str(relation) if relation is not None else ""


def main() -> int:
    readme = ROOT / "README.md"
    con = connect_release(ROOT / "outputs")
    text = readme.read_text(encoding="utf-8")
    new = EXAMPLE.sub(lambda m: m.group(1) + render(con, m.group("sql")) + m.group(4), text)
    readme.write_text(new, encoding="utf-8")
    print(f"{len(EXAMPLE.findall(text))} examples refreshed in README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
