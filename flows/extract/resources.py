"""Everything extraction reads, loaded once per run: the NLP pipeline and the dictionaries."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from flows.actor_dictionary import ActorDictionary, load_actor_dictionary, match_key
from flows.extract.lexicon import Lexicon, load_lexicon
from flows.extract.nlp import build_pipeline, ent_label
from flows.extract.places import Gazetteer
from flows.extract.relations import RelationCues, load_relation_cues
from flows.generic_agents import GenericAgents, load_generic_agents
from flows.petrarch.actors import load_merge_policy, merge_petrarch_groups
from flows.petrarch.dictionary import load_actors


@dataclass(frozen=True)
class Resources:
    nlp: Language
    lexicon: Lexicon
    gazetteer: Gazetteer
    relation_cues: RelationCues
    actors: ActorDictionary
    generic: GenericAgents


def ruler_entries(
    actors: ActorDictionary, places: list[tuple[str, str]]
) -> list[tuple[str, str, str]]:
    """(surface form, label, id) for the entity rulers: actors first, then the gazetteer's
    place names (`Gazetteer.place_names`)."""
    entries = []
    for form, key in actors.surface_forms():
        entries.append((form, ent_label(actors.actors[key].actor_type), f"actor:{key}"))
    for alias in actors.ambiguous_aliases:  # tagged, then settled by context in resolve
        entries.append((alias, "ORG", f"ambiguous:{alias}"))
    for name, label in places:
        entries.append((name, label, f"place:{name}"))
    return entries


def load_resources(dictionaries_dir: Path) -> Resources:
    """Load dictionaries and build the NLP pipeline, once per process per dictionary content.

    Building takes ~10 s (gazetteer and ruler); a scheduled process or a test session that
    runs the flow several times reuses it as long as no dictionary file changed.
    """
    hashes = dictionary_hashes(dictionaries_dir)
    fingerprint = hashlib.sha256(json.dumps(hashes, sort_keys=True).encode()).hexdigest()
    return _load(str(dictionaries_dir.resolve()), fingerprint)


def dictionary_hashes(dictionaries_dir: Path) -> dict[str, str]:
    """sha256 of every dictionary file: what a run's knowledge was (manifest, cache key)."""
    return {
        p.relative_to(dictionaries_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(dictionaries_dir.rglob("*.yaml"))
    }


@lru_cache(maxsize=2)
def _load(directory: str, fingerprint: str) -> Resources:
    dictionaries_dir = Path(directory)
    gazetteer = Gazetteer.load(dictionaries_dir)
    places = gazetteer.place_names()  # for the ruler and to keep places out of actor names
    kinds, organisation_words = load_merge_policy(dictionaries_dir / "petrarch_merge.yaml")
    actors = merge_petrarch_groups(
        load_actor_dictionary(dictionaries_dir / "actors.yaml"),
        load_actors(dictionaries_dir / "petrarch" / "actors.yaml"),
        organisation_words,
        frozenset(kinds),
        frozenset(match_key(name) for name, _ in places),
    )
    nlp = build_pipeline(ruler_entries(actors, places))
    generic = load_generic_agents(dictionaries_dir)
    return Resources(
        nlp,
        load_lexicon(dictionaries_dir, generic.forms_of("MIL"), generic.nouns()),
        gazetteer,
        load_relation_cues(dictionaries_dir),
        actors,
        generic,
    )
