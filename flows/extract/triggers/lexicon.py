"""Loads the word lists extraction runs on: triggers, cues and the event-type crosswalk."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from flows.extract.triggers.cameo import cameo_triggers
from flows.knowledge.petrarch.dictionary import load_cameo_event_types
from flows.knowledge.petrarch.verb_dictionary import VerbDictionary, load_verbs
from schemas.vocab import EVENT_TYPES


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a lemma (one or more words) that can report an event."""

    lemma: str
    pos: tuple[str, ...]
    event_type: str
    particle: tuple[str, ...] = ()
    child_lemma: tuple[str, ...] = ()
    by_object: dict[str, str] = field(default_factory=dict)
    by_modifier: dict[str, str] = field(default_factory=dict)
    object_required: tuple[str, ...] = ()
    subject_required: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()  # inflected forms the lemmatizer gets wrong ("rebranded", "retook")
    # a fight that frames a death: "killed in a gun battle" is a killing, the battle its setting
    setting: bool = False
    # a noun that names a deed only as what someone claims or is held responsible for
    claimed_only: bool = False
    source: str = "triggers.yaml"  # where the entry comes from: the hand-written list or CAMEO

    @property
    def words(self) -> list[str]:
        return self.lemma.split()


@dataclass(frozen=True)
class Lexicon:
    """Triggers indexed by their last lemma, cue lists, and the event-type crosswalk."""

    triggers: dict[str, list[Trigger]]
    cues: dict[str, list[str] | frozenset[str]]
    event_types: dict[str, dict]
    version: str


def _read_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _trigger(entry: dict, source: Path) -> Trigger:
    if entry.get("type") not in EVENT_TYPES:
        raise ValueError(
            f"{source}: trigger {entry.get('lemma')!r} has unknown type {entry.get('type')!r}"
        )
    return Trigger(
        lemma=entry["lemma"].lower(),
        pos=tuple(entry.get("pos", ["VERB", "NOUN"])),
        event_type=entry["type"],
        particle=tuple(entry.get("particle", ())),
        child_lemma=tuple(entry.get("child_lemma", ())),
        by_object=dict(entry.get("by_object", {})),
        by_modifier=dict(entry.get("by_modifier", {})),
        object_required=tuple(entry.get("object_required", ())),
        subject_required=tuple(entry.get("subject_required", ())),
        forms=tuple(f.lower() for f in entry.get("forms", ())),
        setting=bool(entry.get("setting", False)),
        claimed_only=bool(entry.get("claimed_only", False)),
        source=entry.get("source", source.name),
    )


def load_lexicon(
    dictionaries_dir: Path,
    force_agents: Iterable[str] = (),
    agent_nouns: Iterable[str] = (),
    armed_groups: Iterable[str] = (),
    state_actors: Iterable[str] = (),
) -> Lexicon:
    """Read triggers.yaml, cues.yaml and event_types.yaml; raises ValueError on a bad entry.

    `force_agents`: the nouns that name a state's armed forces ("troops", "army"), for triggers
    that need a force as their subject ("troops entered the country"); `GenericAgents.forms_of`
    gives PETRARCH's. `agent_nouns`: every agent noun ("gunmen", "rebels"), for triggers that
    need an actor as their subject (`GenericAgents.nouns`). `armed_groups`: the entity ids
    ("actor:boko_haram") of the armed groups the actor dictionary knows, the only names a
    violent event's doer is guessed from (`events.sole_group`). `state_actors`: the entity ids
    of the dictionary's states and state forces, whom an airstrike's doer may be guessed from
    too."""
    trig_path = dictionaries_dir / "triggers.yaml"
    raw = _read_yaml(trig_path)
    triggers = [_trigger(entry, trig_path) for entry in raw["triggers"]]
    petrarch = dictionaries_dir / "petrarch"
    verbs_path = petrarch / "verbs.yaml"
    verbs = load_verbs(verbs_path)
    triggers += [
        _trigger(entry, verbs_path)
        for entry in cameo_triggers(
            verbs,
            load_cameo_event_types(petrarch / "cameo_event_types.yaml"),
            # only verbs: a hand-written noun ("clash") leaves CAMEO's verb ("clashed with")
            {w for t in triggers if "VERB" in t.pos for w in (t.words[0], t.words[-1])},
        )
    ]
    index: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        for key in {trigger.words[-1], *trigger.forms}:
            index.setdefault(key, []).append(trigger)
    cues = {
        k: [str(x).lower() for x in vals]
        for k, vals in _read_yaml(dictionaries_dir / "cues.yaml").items()
        if k != "version"
    }
    # Sets: looked up for every candidate subject ("agent_nouns" holds some 5,000 forms).
    cues["force_agents"] = frozenset(force_agents)
    cues["agent_nouns"] = frozenset(agent_nouns)
    cues["armed_groups"] = frozenset(armed_groups)
    cues["state_actors"] = frozenset(state_actors)
    # the words that make a name the dictionary does not know an armed group's, as the resolver
    # types discovered actors (coreference.yaml), for the doer guessed from a sentence's groups
    coreference = _read_yaml(dictionaries_dir / "coreference.yaml")
    cues["armed_group_words"] = [str(w).lower() for w in coreference["armed_group_words"]]
    cues["disapproval_verbs"] = disapproval_verbs(verbs, cues["support_verbs"])
    types = _read_yaml(dictionaries_dir / "event_types.yaml")["event_types"]
    missing = set(EVENT_TYPES) - set(types)
    if missing:
        raise ValueError(f"event_types.yaml lacks {sorted(missing)}")
    return Lexicon(index, cues, types, str(raw.get("version", "")))


# CAMEO's root 11, "disapprove": 110 disapprove, 111 criticize or denounce, 112 accuse.
DISAPPROVAL_CODES = frozenset({"110", "111", "112"})


def disapproval_verbs(verbs: VerbDictionary, support_verbs: Iterable[str]) -> frozenset[str]:
    """One-word verbs PETRARCH codes as disapproving ("condemn", "censure", "deplore"), whose
    subject meets a deed rather than does it ("the minister censured the attack"); not the
    verbs that lend their subject to the deed ("claim" an attack)."""
    support = set(support_verbs)
    return frozenset(
        v.verb.lower()
        for v in verbs.verbs
        if v.code in DISAPPROVAL_CODES and " " not in v.verb and v.verb.lower() not in support
    )
