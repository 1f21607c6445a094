"""A town written with the region or country it lies in: "Strabane, County Tyrone",
"Maiduguri, Borno State", "Kayes, Mali".

The qualifier after the comma says where the town is, so the two must agree:
    - a town the gazetteer put in another country than its qualifier names is looked up again
      in the qualifier's country ("Birmingham" is in England and in Alabama);
    - a qualifier that resolved to a town abroad, after a division word ("County Tyrone": a
      town in Pennsylvania), is a division the gazetteer lacks, not a second place.
A list of places ("in Paris, Brussels and London") is no town and qualifier: the qualifier
must not be followed by "and"/"or".

A chain of them ("Zenda, Tarlenheim, Ruritania", "Zenda town, Tarlenheim province, Ruritania")
ends in the country every link lies in: each town or region before it is looked up again there,
and keeps that country even where the gazetteer holds it only abroad.
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
    return _after_comma(town.end, qualifier, division_nouns)


def _after_comma(comma: int, qualifier: Span, division_nouns: frozenset[str]) -> tuple[bool, bool]:
    """Whether `qualifier` follows the comma at token `comma` as "[Division] Qualifier", not
    as one of a list; and whether a division word stands between."""
    doc = qualifier.doc
    between = doc[comma + 1 : qualifier.start]
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
        country = _chain_country(ordered[i:], division_nouns)
        if country is not None and place.geo_precision in ("city", "region"):
            if place.country != country:
                place = _placed_in(place, span, gazetteer, country)
            out.append((place, span))
            continue
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


def _chain_country(chain: list[Found], division_nouns: frozenset[str]) -> str | None:
    """The country a chain of places ends in ("Zenda town, Tarlenheim province, Ruritania"),
    each linked to the next by a comma (after the name's own division word, "Zenda town,");
    None when the first place is not followed by such a chain ending in a country. Measured
    (session 33) on 296 event summaries of an independent event dataset (GTD, May-June 2013,
    local diagnostic): event country right 233 -> 237 of 239 found (namesakes abroad: a town
    in Chile, a region in Mongolia or the Philippines); dev, blind and synthetic releases
    byte-identical (no such chain where the gazetteer chose a namesake)."""
    for (_, span), (nxt, nspan) in zip(chain, chain[1:], strict=False):
        comma = _comma_after(span, division_nouns)
        if comma is None or not _after_comma(comma, nspan, division_nouns)[0]:
            return None
        if nxt.geo_precision == "country":
            return nxt.country
    return None


def _comma_after(span: Span, division_nouns: frozenset[str]) -> int | None:
    """The comma after a place name and its own division words ("Isabela province,")."""
    doc, at = span.doc, span.end
    while at < len(doc) and doc[at].lower_ in division_nouns:
        at += 1
    return at if at < len(doc) and doc[at].text == "," else None


def _placed_in(place: Place, span: Span, gazetteer: Gazetteer, country: str) -> Place:
    """The place of that name in `country`; else the name in that country, unlocated."""
    again = gazetteer.lookup(span.text, [country])
    if again is not None and again.country == country:
        return again
    return Place(span.text, country, None, None, place.geo_precision)
