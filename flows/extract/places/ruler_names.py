"""The place names a spaCy EntityRuler is given: countries, curated regions and sites, and towns
above the population thresholds of places.yaml, each also in plain ASCII."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pycountry

from flows.extract.places.town_index import AYN_HAMZA


class RulerNames:
    """The names `Gazetteer` gives the EntityRuler. Mixed into `Gazetteer`, whose state it
    reads: `ruler_labels` (curated names and their labels), `towns` and `settings`."""

    def place_names(self) -> list[tuple[str, str]]:
        """(surface form, GPE/LOC/FAC) for a spaCy EntityRuler.

        Countries, curated regions and sites, and towns above the population thresholds of
        places.yaml, each also in plain ASCII ("Umm Qasr" for "Umm Qaşr"); a leading "the"
        is dropped so that entity spans match spaCy's. Names in `ruler_exclude` (English
        words, the adjectival "U.S.") and names with brackets or commas are left out.
        """
        exclude = set(self.settings["ruler_exclude"])
        names = {_strip_article(name): label for name, label in self.ruler_labels.items()}
        for surface in _country_surfaces(self.settings):
            names.setdefault(_strip_article(surface), "GPE")
        for town in self._ruler_towns():
            names.setdefault(_strip_article(town), "GPE")
        names.update({_ascii(name): label for name, label in names.items() if _ascii(name)})
        return sorted(
            (name, label)
            for name, label in names.items()
            if name not in exclude and name[:1].isupper() and not set(name) & set("(),")
        )

    def _ruler_towns(self) -> Iterator[str]:
        focus = set(self.settings["ruler_focus_countries"])
        focus |= self.towns.countries_in_continents(self.settings["ruler_focus_continents"])
        for town in self.towns:
            floor = (
                self.settings["ruler_focus_min_population"]
                if town.country in focus
                else self.settings["ruler_min_population"]
            )
            if town.population >= floor:
                yield town.name


def _strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _ascii(name: str) -> str:
    """Plain-ASCII spelling of a name with diacritics and ayn/hamza marks, else ''."""
    if name.isascii():
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = "".join(c for c in plain if c not in AYN_HAMZA).replace("’", "'")
    return plain if plain.isascii() else ""


def _country_surfaces(settings: dict) -> list[str]:
    surfaces = [c.name for c in pycountry.countries if "," not in c.name]
    surfaces += [getattr(c, "common_name", "") for c in pycountry.countries]
    surfaces += [form for forms in settings["country_aliases"].values() for form in forms]
    return [s for s in surfaces if s]
