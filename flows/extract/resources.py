"""Everything extraction reads, loaded once per run: the NLP pipeline and the dictionaries."""

from __future__ import annotations

import gc
import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path

from spacy.language import Language

from flows.cache.fingerprint import code_hash, environment_hash
from flows.cache.store import Store, digest, no_collection
from flows.extract.nlp.pipeline import build_pipeline, ent_label, ruler_patterns
from flows.extract.nlp.ruler_tokens import pattern_tokens
from flows.extract.places.named import Gazetteer
from flows.extract.relations import RelationCues, load_relation_cues
from flows.extract.triggers.lexicon import Lexicon, load_lexicon
from flows.knowledge.actor_dictionary import ActorDictionary, load_actor_dictionary, match_key
from flows.knowledge.generic_agents import GenericAgents, load_generic_agents
from flows.knowledge.petrarch.actors import (
    load_merge_policy,
    merge_petrarch_groups,
    merge_petrarch_states,
)
from flows.knowledge.petrarch.dictionary import load_actors


@dataclass(frozen=True)
class Resources:
    patterns: tuple = field(repr=False)  # the entity ruler's, compiled and tokenized
    lexicon: Lexicon
    gazetteer: Gazetteer
    relation_cues: RelationCues
    actors: ActorDictionary
    generic: GenericAgents

    @cached_property
    def nlp(self) -> Language:
        """The spaCy pipeline with the dictionary ruler, built on first use: a build whose
        documents all come from the cache never parses, and saves the ~2 s.

        The pipeline and the dictionaries then live as long as the process: they are moved
        out of the cyclic collector's sight (`gc.freeze`), so that the full collections
        that parsing's and the rules' many small objects set off no longer walk them
        (0.5 -> 0.2 s of collection on the bench corpus's first pass, 0.2 -> 0.1 s after).
        """
        with no_collection():
            nlp = build_pipeline(self.patterns)
        gc.freeze()
        return nlp


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


def load_resources(dictionaries_dir: Path, cache_dir: Path | None = None) -> Resources:
    """Load dictionaries and build the NLP pipeline, once per process per dictionary content.

    Compiling the dictionaries takes ~10 s (gazetteer and ruler); a scheduled process or a test
    session that runs the flow several times reuses them as long as no dictionary file
    changed, and with `cache_dir` a new process reads them compiled from disk (the start-up
    cache, keyed on the dictionaries, the code and the libraries).
    """
    hashes = dictionary_hashes(dictionaries_dir)
    fingerprint = hashlib.sha256(json.dumps(hashes, sort_keys=True).encode()).hexdigest()
    memo = (str(dictionaries_dir.resolve()), fingerprint)
    store = Store(cache_dir, "resources") if cache_dir else None
    key = digest(code_hash(), environment_hash(), fingerprint)
    if memo not in _LOADED:
        build = partial(compile_dictionaries, dictionaries_dir)
        compiled = store.get_or_build(key, build) if store else build()
        while len(_LOADED) >= 2:  # a scheduled process keeps the last two versions, no more
            del _LOADED[next(iter(_LOADED))]
        _LOADED[memo] = (compiled, assemble(compiled))
    elif store and not store.path(key).exists():  # compiled here: worker processes read it
        store.put(key, _LOADED[memo][0])
    return _LOADED[memo][1]


def dictionary_hashes(dictionaries_dir: Path) -> dict[str, str]:
    """sha256 of every dictionary file: what a run's knowledge was (manifest, cache key)."""
    return {
        p.relative_to(dictionaries_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(dictionaries_dir.rglob("*.yaml"))
    }


# (dictionaries folder, content fingerprint) -> (compiled dictionaries, resources)
_LOADED: dict[tuple[str, str], tuple[tuple, Resources]] = {}


def assemble(compiled: tuple) -> Resources:
    """Resources from the compiled dictionaries; the NLP pipeline is built from the patterns
    when first used (spaCy's own objects are not worth pickling: loading them back rebuilds
    the ruler anyway)."""
    lexicon, gazetteer, relation_cues, actors, generic, patterns = compiled
    return Resources(patterns, lexicon, gazetteer, relation_cues, actors, generic)


def compile_dictionaries(dictionaries_dir: Path) -> tuple:
    """Everything extraction reads but the NLP pipeline, and the ruler's entries to build it:
    plain data, what the start-up cache stores."""
    gazetteer = Gazetteer.load(dictionaries_dir)
    places = gazetteer.place_names()  # for the ruler and to keep places out of actor names
    kinds, organisation_words, rebel_sectors = load_merge_policy(
        dictionaries_dir / "petrarch_merge.yaml"
    )
    phoenix = load_actors(dictionaries_dir / "petrarch" / "actors.yaml")
    actors = merge_petrarch_groups(
        load_actor_dictionary(dictionaries_dir / "actors.yaml"),
        phoenix,
        organisation_words,
        frozenset(kinds),
        frozenset(match_key(name) for name, _ in places),
        frozenset(rebel_sectors),
    )
    actors = merge_petrarch_states(actors, phoenix)
    generic = load_generic_agents(dictionaries_dir)
    armed = (f"actor:{k}" for k, a in actors.actors.items() if a.actor_type == "armed_group")
    states = (
        f"actor:{k}" for k, a in actors.actors.items() if a.actor_type in ("state", "state_force")
    )
    lexicon = load_lexicon(
        dictionaries_dir, generic.forms_of("MIL"), generic.nouns(), armed, states
    )
    cues = load_relation_cues(dictionaries_dir)
    exact_ids = frozenset(f"actor:{k}" for k, a in actors.actors.items() if a.exact_case)
    patterns, exact, loose = ruler_patterns(ruler_entries(actors, places), exact_ids)
    patterns = (patterns, exact, loose, pattern_tokens(patterns))
    return lexicon, gazetteer, cues, actors, generic, patterns
