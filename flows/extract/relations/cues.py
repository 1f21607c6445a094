"""What relation patterns read: the cue words of dictionaries/relation_cues.yaml, the shape of
a found relation, and which kinds of actor can hold each relation type."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path

import yaml
from spacy.tokens import Token

from flows.extract.roles.mentions import ACTOR_ENT_LABELS, GROUP_PRONOUNS, PERSON_PRONOUNS, Mention

ACTOR_LABELS = ACTOR_ENT_LABELS


@dataclass(frozen=True)
class RelationCues:
    role_nouns: dict[str, str]
    lead_verbs: dict[str, str]
    formation_verbs: set[str]
    split_verbs: dict[str, list[str]]
    rename_verbs: set[str]
    former_name_phrases: list[str]
    allegiance_verbs: dict[str, list[str]]
    alliance_verbs: dict[str, str]
    leadership_nouns: dict[str, str]
    leadership_verbs: set[str]
    former_name_markers: list[str]
    alliance_objects: set[str]
    relation_kinds: dict[str, dict[str, list[str]]]
    affiliation_suffixes: dict[str, str]
    group_nouns: frozenset[str]
    merger_nouns: frozenset[str]
    alliance_prepositions: list[str]
    support_verbs: frozenset[str]
    force_nouns: frozenset[str]
    command_modifiers: frozenset[str]
    succession_verbs: frozenset[str]
    succession_nouns: dict[str, str]
    implicit_state_nouns: frozenset[str]
    unit_nouns: frozenset[str]
    name_adopting_verbs: frozenset[str]
    state_leader_nouns: frozenset[str]
    role_status_words: frozenset[str]
    support_suffixes: frozenset[str]
    dictionary_link_words: dict[str, list[str]]
    deputy_modifiers: frozenset[str]
    organ_nouns: frozenset[str]
    copular_verbs: frozenset[str]
    affiliation_participles: dict[str, str]
    nationality_holders: frozenset[str]
    inclusion_verbs: frozenset[str]
    split_nouns: frozenset[str]
    split_noun_prepositions: list[str]
    origin_verbs: frozenset[str]
    alliance_nouns: frozenset[str]
    absorption_verbs: frozenset[str]
    joint_words: frozenset[str]
    same_kind_relations: frozenset[str]
    body_head_nouns: frozenset[str]

    @cached_property
    def role_noun_heads(self) -> frozenset[str]:
        """What a role noun's last word may be: every title, and what follows each of its
        spaces ("prime minister": "minister")."""
        return frozenset(
            title[i + 1 :] for title in self.role_nouns for i, c in enumerate(title) if c == " "
        ) | frozenset(self.role_nouns)

    @cached_property  # asked for every verb of every sentence
    def known_verbs(self) -> set[str]:
        return (
            set(self.lead_verbs)
            | self.formation_verbs
            | set(self.split_verbs)
            | self.rename_verbs
            | set(self.allegiance_verbs)
            | set(self.alliance_verbs)
            | self.leadership_verbs
            | self.support_verbs
            | self.succession_verbs
            | self.name_adopting_verbs
            | {"appoint", "name", "make", "install"}
        )


# How a field's YAML list becomes its value, by the field's declared type; others as read.
_FROM_YAML = {"frozenset[str]": frozenset, "set[str]": set}


def load_relation_cues(dictionaries_dir: Path) -> RelationCues:
    """relation_cues.yaml, one key per field of RelationCues."""
    with (dictionaries_dir / "relation_cues.yaml").open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return RelationCues(
        **{f.name: _FROM_YAML.get(f.type, _as_read)(raw[f.name]) for f in fields(RelationCues)}
    )


def _as_read(value):
    return value


@dataclass(frozen=True)
class RelationFound:
    """A relation stated in a sentence, before actors are resolved (Doc offsets)."""

    relation_type: str
    subject: Mention
    object: Mention
    anchor: Token  # the word the relation hangs on, for dating and certainty
    date_hint: str | None = (
        None  # a date the pattern itself implies ("prior to 2007": renamed in 2007)
    )


def kind_of(mention: Mention) -> str | None:
    """person, group or state, from the entity label or the pronoun; None if it cannot tell."""
    if mention.label == "PERSON" or mention.text.lower() in PERSON_PRONOUNS:
        return "person"
    if mention.label in ("ORG", "NOUN") or mention.text.lower() in GROUP_PRONOUNS:
        return "group"
    if mention.label in ("GPE", "NORP"):
        return "state"
    return None


def fits(rel: str, subject: Mention, obj: Mention, cues: RelationCues) -> bool:
    """Whether the subject and object are of kinds that can hold the relation."""
    kinds = cues.relation_kinds.get(rel, {})
    if rel in cues.same_kind_relations and kind_of(subject) != kind_of(obj):
        return False  # a group succeeds a group, a person a person
    return kind_of(subject) in kinds.get("subject", ()) and kind_of(obj) in kinds.get("object", ())
