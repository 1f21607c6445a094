"""Relations between actors stated in one sentence: the cue words (`cues`), dependency helpers
(`syntax`), verb patterns (`verbs`) and noun patterns with the per-sentence collector (`nouns`)."""

from flows.extract.relations.cues import RelationCues, RelationFound, load_relation_cues
from flows.extract.relations.nouns import find_relations

__all__ = ["RelationCues", "RelationFound", "find_relations", "load_relation_cues"]
