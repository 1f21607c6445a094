"""A town written with the region or country it lies in: "Strabane, County Tyrone",
"Maiduguri, Borno State", "Kayes, Mali".

The qualifier after the comma says where the town is, so the two must agree:
    - a town the gazetteer put in another country than its qualifier names is looked up again
      in the qualifier's country ("Birmingham" is in England and in Alabama);
    - a qualifier that resolved to a town abroad, after a division word ("County Tyrone": a
      town in Pennsylvania), is a division the gazetteer lacks, not a second place.
A list of places ("in Paris, Brussels and London") is no town and qualifier: the qualifier
must not be followed by "and"/"or".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from flows.extract.places.gazetteer import Gazetteer, Place

Found = tuple[Place, Span]


def _qualifies(town: Span, qualifier: Span, division_nouns: frozenset[str]) -> tuple[bool, bool]:
    """Whether `qualifier` follows `town` as "Town, [Division] Qualifier", and whether a
    division word stands between the comma and the qualifier's name."""
    doc = town.doc
    if town.end >= len(doc) or doc[town.end].text != "," or qualifier.start <= town.end:
        return False, False
    between = doc[town.end + 1 : qualifier.start]
    if not all(t.text[:1].isupper() and t.lower_ in division_nouns for t in between):
        return False, False
    if qualifier.end < len(doc) and doc[qualifier.end].lower_ in ("and", "or"):
        return False, False
    divided = len(between) > 0 or qualifier[0].lower_ in division_nouns
    return True, divided


def agree_with_qualifiers(
    found: list[Found], gazetteer: Gazetteer, division_nouns: frozenset[str]
) -> list[Found]:
    """The places of a sentence, each town moved into its qualifier's country where the
    gazetteer holds it there, and qualifiers that are no places dropped."""
    ordered = sorted(found, key=lambda f: f[1].start)
    dropped: set[int] = set()
    out: list[Found] = []
    for i, (place, span) in enumerate(ordered):
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if place.geo_precision == "city" and nxt is not None:
            qualifier, qspan = nxt
            follows, divided = _qualifies(span, qspan, division_nouns)
            if follows and qualifier.country and qualifier.country != place.country:
                if qualifier.geo_precision in ("country", "region"):
                    place = _in_country(place, span, gazetteer, [qualifier.country])
                elif divided and place.country:
                    dropped.add(i + 1)
        if i not in dropped:
            out.append((place, span))
    return out


def _in_country(place: Place, span: Span, gazetteer: Gazetteer, countries: Sequence[str]) -> Place:
    again = gazetteer.lookup(span.text, countries)
    return again if again is not None and again.country in countries else place
