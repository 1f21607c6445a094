"""Draw GTD event summaries of the project's regions and write each as a plain-text document.

Nothing here ships GTD data: the user points `--gtd` at their own copy of the GTD CSV
(globalterrorismdb_*.csv), and what is written under `--out` stays on their machine.
"""

from __future__ import annotations

import calendar
import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

HERE = Path(__file__).resolve().parent
REGIONS = HERE / "regions.yaml"
# GTD's summaries open with the incident's date, 'MM/DD/YYYY:' (day 00 when GTD has no day).
DATE_PREFIX = re.compile(r"(\d\d)/(\d\d)/(\d{4}):")
SIDECAR = {"notes": "GTD summary, local diagnostic only; never commit (GTD licence)"}
# The coded fields the scorer reads, copied as GTD writes them (text, as the CSV has them).
CODED = ("country_txt", "gname", "gname2", "nkill", "attacktype1_txt", "claimed", "guncertain1")


@dataclass(frozen=True)
class SampleOptions:
    seed: int = 33
    per_country: int = 25
    years: tuple[int, int] = (2000, 2017)
    regions: Path = REGIONS


def region_countries(path: Path = REGIONS) -> dict[str, str]:
    """GTD country name → ISO2 for every country of regions.yaml (regions flattened)."""
    regions = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {country: iso for countries in regions.values() for country, iso in countries.items()}


def read_gtd(path: Path) -> pd.DataFrame:
    """The GTD CSV as text columns: GTD ships it in Latin-1, and every field is kept as written
    (no number parsing), so that a missing count stays missing."""
    with path.open(encoding="latin-1", newline="") as f:
        return pd.DataFrame(list(csv.DictReader(f)), dtype=str)


def eligible(gtd: pd.DataFrame, countries: set[str], years: tuple[int, int]) -> pd.DataFrame:
    """Rows of the regions' countries in the years whose summary opens with its date."""
    year = pd.to_numeric(gtd.iyear, errors="coerce")
    keep = gtd.country_txt.isin(countries) & year.between(*years)
    keep &= (gtd.summary.str.strip() != "") & gtd.summary.str.match(DATE_PREFIX.pattern)
    return gtd[keep]


def draw(rows: pd.DataFrame, options: SampleOptions) -> pd.DataFrame:
    """At most `per_country` rows of each country, then shuffled; the same seed and input draw
    the same rows (pandas' sampling, as the first silver run drew them)."""
    parts = [
        group.sample(min(len(group), options.per_country), random_state=options.seed)
        for _, group in rows.groupby("country_txt")
    ]
    return pd.concat(parts).sample(frac=1, random_state=options.seed)


def readable_summary(summary: str) -> str:
    """'05/23/2013: Assailants…' → 'May 23, 2013: Assailants…' (the US numeric form reads
    either way round outside GTD); 'Month YYYY:' when GTD's day is 00. Nothing else changes.

    >>> readable_summary("05/23/2013: Assailants shot a trader.")
    'May 23, 2013: Assailants shot a trader.'
    >>> readable_summary("06/00/2013: A bomb exploded.")
    'June 2013: A bomb exploded.'
    """
    month, day, year = DATE_PREFIX.match(summary).groups()
    name = calendar.month_name[int(month)]
    head = f"{name} {int(day)}, {year}:" if int(day) else f"{name} {year}:"
    return head + summary[len("MM/DD/YYYY:") :]


def coded_fields(doc_id: str, row: pd.Series, text: str) -> dict:
    """One line of rows.jsonl: the document's id, GTD's coded fields and the text written."""
    fields = {k: row.get(k, "") for k in CODED}
    return {
        "id": doc_id,
        "eventid": row.get("eventid", ""),
        "year": int(row.iyear),
        "month": int(row.imonth),
        "day": int(row.iday),
        "country": fields["country_txt"],
        "gname": fields["gname"],
        "gname2": fields["gname2"],
        "nkill": fields["nkill"],
        "attack": fields["attacktype1_txt"],
        "claimed": fields["claimed"],
        "guncertain": fields["guncertain1"],
        "text": text,
    }


def write_sample(sample: pd.DataFrame, out: Path) -> list[dict]:
    """<out>/raw/gtdNNN.txt with its sidecar, and <out>/rows.jsonl; the rows written."""
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, (_, row) in enumerate(sample.iterrows()):
        doc_id, text = f"gtd{n:03d}", readable_summary(row.summary)
        (raw / f"{doc_id}.txt").write_text(text.strip() + "\n", encoding="utf-8")
        (raw / f"{doc_id}.meta.json").write_text(json.dumps(SIDECAR), encoding="utf-8")
        rows.append(coded_fields(doc_id, row, text))
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    (out / "rows.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


def sample_gtd(gtd_csv: Path, out: Path, options: SampleOptions = SampleOptions()) -> list[dict]:
    """Read the GTD CSV, draw the sample and write it under `out`; the rows written."""
    rows = eligible(read_gtd(gtd_csv), set(region_countries(options.regions)), options.years)
    return write_sample(draw(rows, options), out)
