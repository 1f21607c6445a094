"""PETRARCH2/Phoenix non-state armed actors merged into the reviewed actor dictionary.

The reviewed entries of dictionaries/actors.yaml win: a Phoenix actor any of whose names the
dictionary already knows is left out. A form several merged Phoenix actors claim becomes an
ambiguous alias, which resolution settles by the countries in context. What is added keeps its
provenance in its key (`pet_<slug>`): these entries are imported, not reviewed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import yaml

from flows.ids import slugify
from flows.knowledge.actor_dictionary import ActorDictionary, DictionaryActor, match_key
from flows.knowledge.petrarch.dictionary import PetrarchActor

IMPORTED_PREFIX = "pet_"
_SMALL = {"of", "the", "and", "for", "in", "on", "al", "el", "de", "del", "la", "y", "to"}
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")


def display_name(upper: str) -> str:
    """PETRARCH's upper-case name as a reader writes it: 'REVOLUTIONARY ARMED FORCES OF
    COLOMBIA' → 'Revolutionary Armed Forces of Colombia'; acronyms stay upper case."""
    words = upper.replace("_", " ").split()
    out = []
    for i, w in enumerate(words):
        lower = w.lower()
        if i and lower in _SMALL:
            out.append(lower)
        elif len(w) <= 5 and w.isalpha() and not any(v in w for v in "AEIOU"):
            out.append(w)  # "PKK", "FLNC"
        else:
            cased = _cased_word(w)
            # the article inside a name is written lower case: "Abu al-Abbas"
            out.append(
                cased[:3].lower() + cased[3:] if i and cased[:3] in ("Al-", "El-") else cased
            )
    return " ".join(out)


# Lower-case links inside a hyphened transliteration ("Lashkar-e-Jhangvi", "Hizb-ul-Mujahideen",
# "Abu al-Abbas" after its first word): "-e-", "-i-", "-ul-" ... and the Arabic article
_LINKS = {"e", "i", "ul", "ud", "ut", "ur", "us", "o", "al", "el"}


def _cased_word(word: str) -> str:
    """One upper-case word as written: each part after a hyphen or slash capitalised
    ('SELF-DEFENSE' → 'Self-Defense', 'ASSOCIATION/ULSTER' → 'Association/Ulster'), a
    transliteration's inner link lower case ('LASHKAR-E-JHANGVI' → 'Lashkar-e-Jhangvi'), and
    the letter after an opening apostrophe capitalised ("'AZIZ" → "'Aziz")."""
    parts = re.split(r"([-/])", word)
    out = []
    for i, part in enumerate(parts):
        lower = part.lower()
        inner = 0 < i < len(parts) - 1 and parts[i - 1] == "-" and parts[i + 1] == "-"
        if part in "-/" or (inner and lower in _LINKS):
            out.append(lower)
            continue
        lead = len(part) - len(part.lstrip("'’`"))
        out.append(part[:lead] + part[lead : lead + 1].upper() + part[lead + 1 :].lower())
    return "".join(out)


def _forms(actor: PetrarchActor) -> list[str]:
    """Name and synonyms, a bracketed acronym split off ('… (AJB)' → '…', 'AJB')."""
    forms = []
    for raw in (actor.name, *actor.synonyms):
        text = raw.replace("_", " ").strip()
        paren = _PAREN.search(text)
        if paren:
            forms.append(paren.group(1).strip())
            text = text[: paren.start()].strip()
        forms.append(text)
    out = []
    for form in forms:
        if not form or not re.search(r"[A-Za-z]{2}", form):
            continue  # "313", "39649": numbers are no names
        is_acronym = " " not in form and len(form) <= 6
        out.append(form.upper() if is_acronym else display_name(form))
    return list(dict.fromkeys(out))


def _is_group(forms: list[str], group_words: list[str]) -> bool:
    words = set(" ".join(forms).lower().replace("-", " ").split())
    text = " " + " ".join(forms).lower() + " "
    multi = [w for w in group_words if " " in w]
    return (
        bool(words & set(group_words))
        or any(f" {w} " in text for w in multi)
        or any(f.isupper() and len(f) >= 3 for f in forms)
    )


def _a_name(form: str, first: bool, group_words: list[str], places: frozenset[str]) -> bool:
    """Whether a Phoenix form can stand for its actor in running text: not a place ("Bolivia"),
    not a bare organisation word ("Organization"), and, unless it is the entry's own name, not
    a single ordinary word ("Paradise" for a Dagestani jamaat)."""
    key = match_key(form)
    if key in places or key in group_words:
        return False
    single = " " not in form and "-" not in form and not form.isupper()
    return first or not single


def load_merge_policy(path: Path) -> tuple[set[str], list[str], set[str]]:
    """(Phoenix kinds to merge, organisation words, the rebel sectors of the country file's
    actors to merge too) from dictionaries/petrarch_merge.yaml."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    sectors = {str(c).upper() for c in data.get("country_file_sectors", ())}
    return set(data["kinds"]), [w.lower() for w in data["organisation_words"]], sectors


def _rebel_forms(actor: PetrarchActor, sectors: frozenset[str]) -> list[str] | None:
    """The own name of a country-file actor coded as one of that country's rebels or
    insurgents ("FREE SYRIAN ARMY" [SYRREB]); None for any other. Only its own name: the
    country file lumps a movement's commanders and brigades in as its synonyms."""
    if actor.kind != "state" or not any(c.code and c.code[3:6] in sectors for c in actor.codes):
        return None
    return _forms(replace(actor, synonyms=()))


def _rebel_coded(actor: PetrarchActor, sectors: frozenset[str]) -> bool:
    """An armed actors' file entry coded only as some country's rebels ("SHINING PATH"
    [PERREB]) is a group though its name has no organisation word; the file's people carry
    a militant group's code (IMG...) instead, or a kunya ("ABU ...")."""
    return (
        actor.kind == "nonstate_military"
        and bool(actor.codes)
        and all(len(c.code or "") == 6 and c.code[3:] in sectors for c in actor.codes)
        and not actor.name.upper().startswith(("ABU ", "ABOU "))
        and not re.search(r"\d", actor.name)  # "MAY 15", "21 JUNE": dates in running text
        # a name of one word ("TIGERS", "HISBA", "THE INEVITABLES") is another text's word as
        # often as this group's
        and len(match_key(actor.name).split()) > 1
    )


def merge_petrarch_groups(
    dictionary: ActorDictionary,
    phoenix: list[PetrarchActor],
    group_words: list[str],
    kinds: frozenset[str] = frozenset({"nonstate_military"}),
    places: frozenset[str] = frozenset(),
    rebel_sectors: frozenset[str] = frozenset(),
) -> ActorDictionary:
    """The dictionary plus Phoenix's non-state armed actors it does not know, and the country
    file's rebels (`rebel_sectors`); `places` are the match keys of the gazetteer's place
    names, which no actor form may take."""
    known = {match_key(f) for a in dictionary.actors.values() for f in a.names()}
    known |= {match_key(a) for a in dictionary.ambiguous_aliases}
    candidates = [(a, _forms(a)) for a in phoenix if a.kind in kinds]
    claims: dict[str, int] = {}
    for _, forms in candidates:
        for mk in {match_key(f) for f in forms}:
            claims[mk] = claims.get(mk, 0) + 1
    # the country file's rebels the armed actors' file does not already name
    for actor in phoenix:
        forms = _rebel_forms(actor, rebel_sectors)
        keys = {match_key(f) for f in forms or ()}
        if forms and not keys & claims.keys():
            candidates.append((actor, forms))
            claims.update(dict.fromkeys(keys, 1))
    added = dict(dictionary.actors)
    # a form several Phoenix actors claim ("National Liberation Army": Bolivia's and
    # Colombia's) names each of them; resolution picks by the countries in context
    sharing: dict[str, list[str]] = {}
    for actor, forms in candidates:
        keys = [match_key(f) for f in forms]
        if not forms or any(k in known for k in keys):
            continue
        worded = _is_group(forms, group_words)
        if not (worded or _rebel_coded(actor, rebel_sectors)):
            continue
        named = [
            (f, k)
            for i, (f, k) in enumerate(zip(forms, keys, strict=True))
            if _a_name(f, i == 0, group_words, places)
            # a group admitted by its code alone keeps no acronym of two letters ("AN" for
            # Aryan Nations is the article): the acronyms that make a group are three or more
            and (worded or len(f) > 2)
        ]
        own = [f for f, k in named if claims[k] == 1]
        shared = [f for f, k in named if claims[k] > 1]
        if not own and not (shared and actor.country):
            continue
        name = ([f for f in own if not f.isupper()] or own or shared)[0]
        # known only by a shared name: keyed by it and its country
        key = IMPORTED_PREFIX + slugify(name if own else f"{name} {actor.country}")
        if key in added:
            continue
        for form in shared:
            sharing.setdefault(form, []).append(key)
        added[key] = DictionaryActor(
            key=key,
            name=name,
            actor_type="armed_group",
            country=actor.country,
            wikidata_id=None,
            aliases=tuple(f for f in own + shared if f != name),
            former_names=(),
            metonyms=(),
            roles=(),
            relations=(),
            exact_case=not worded,
        )
    ambiguous = dict(dictionary.ambiguous_aliases)
    for form, holders in sharing.items():
        if len(holders) > 1:
            ambiguous[form] = tuple(holders)
        else:  # the other claimants were left out: the form stays unresolved, as before
            actor = added[holders[0]]
            if actor.name == form:
                del added[holders[0]]
            else:
                added[holders[0]] = replace(
                    actor, aliases=tuple(a for a in actor.aliases if a != form)
                )
    return ActorDictionary(dictionary.version, added, ambiguous)


def merge_petrarch_states(
    dictionary: ActorDictionary, phoenix: list[PetrarchActor]
) -> ActorDictionary:
    """The dictionary plus a state for each country Phoenix.Countries names (its entry coded by
    the bare three-letter country code, "COLOMBIA" = COL) that the dictionary has no state for:
    without one, "Colombia" or "the Colombian government" resolves to no actor. Only the
    country's own name is taken; its synonyms are mostly cities, which are places."""
    covered = {a.country for a in dictionary.actors.values() if a.actor_type == "state"}
    added = dict(dictionary.actors)
    for actor in phoenix:
        country = actor.country
        bare = [c for c in actor.codes if c.code and len(c.code) == 3 and c.code.isalpha()]
        if actor.kind != "state" or not country or not bare or country in covered:
            continue
        name = display_name(actor.name)
        key = IMPORTED_PREFIX + slugify(name)
        if key in added:
            continue
        covered.add(country)
        added[key] = DictionaryActor(
            key=key,
            name=name,
            actor_type="state",
            country=country,
            wikidata_id=None,
            aliases=(),
            former_names=(),
            metonyms=(),
            roles=(),
            relations=(),
        )
    return ActorDictionary(dictionary.version, added, dictionary.ambiguous_aliases)
