"""The dictionary ruler's phrase patterns as token sequences, computed once with the compiled
dictionaries rather than every time a pipeline is built.

spaCy's `EntityRuler.add_patterns` tokenizes each of the ~9,000 phrase patterns, creating a
lexeme for every new word: over a second in every process that builds the pipeline (each
worker of a parallel build). Its `PhraseMatcher` also takes a pattern as the sequence of its
tokens' match attribute (LOWER here, hashes of the lower-cased token texts), which is plain
data: tokenized when the dictionaries are compiled and stored in the start-up cache, the
patterns are added as those sequences, in the same order, and the ruler matches exactly as
before.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.pipeline import EntityRuler

from flows.extract.nlp.model import load_model


class PatternText(NamedTuple):
    """Stands for a pattern's Doc in `EntityRuler.phrase_patterns`, which counts the patterns
    (an empty ruler warns on every call) and lists them (`ruler.patterns` reads `.text`)."""

    text: str


def pattern_tokens(patterns: list[dict]) -> list[tuple[int, ...]]:
    """Each phrase pattern's tokens as the ruler matches them: the LOWER hash of each token
    of the model's tokenizer."""
    tokenizer = load_model().tokenizer
    return [
        tuple(token.lower for token in doc)
        for doc in tokenizer.pipe(p["pattern"] for p in patterns)
    ]


def add_tokenized_patterns(
    ruler: EntityRuler, patterns: list[dict], tokens: list[tuple[int, ...]]
) -> None:
    """What `EntityRuler.add_patterns` does for phrase patterns with an id, given their
    tokens (`pattern_tokens`) instead of their text."""
    if ruler.phrase_matcher_attr != "LOWER":
        raise ValueError("the dictionary ruler must match phrases on LOWER")
    for entry, keyword in zip(patterns, tokens, strict=True):
        label = ruler._create_label(entry["label"], entry["id"])
        ruler._ent_ids[ruler.matcher._normalize_key(label)] = (entry["label"], entry["id"])
        ruler.phrase_matcher.add(label, [keyword])
        ruler.phrase_patterns[label].append(PatternText(entry["pattern"]))
