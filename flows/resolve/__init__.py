"""Resolve stage: actor mentions to actors across spellings and documents, coreference, the
dictionary's links, and event mentions merged into events."""
