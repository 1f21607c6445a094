"""Other names a text gives an actor in passing: "the Dawn Front, also known as X", "Harakat
al-Nur (meaning Light Movement in English)", "Tarek Osmani – also known as Abu Selim –", a
second name in brackets ("the Kraljevska Vojska (Ruritanian Armed Forces)"). The name given is
the same actor as the one it follows, not a second actor, so "the group" after it and the
deeds told under it are that actor's (the gold keeps one actor and lists the given name among
its surface forms)."""

from __future__ import annotations

import re

from flows.extract.document import EntityMention

NAME_LABELS = ("ORG", "PERSON")
# What may stand between the name and the phrase: closing punctuation, footnote residue and
# one bracketed acronym or note ("The Ruritanian Liberation Front (RLF), also known as"),
# a dash opening an aside ("Tarek Osmani – also known as Abu Selim –")
_BEFORE = r"^[\s,;:)\]–—-]*(?:\([^()]{0,30}\)[\s,;:)\]–—-]*)?"
# A name in brackets of its own right after a name of the same kind: "the Kraljevska Vojska
# (Ruritanian Armed Forces)", "Tarek Osmani (Selim Haddad)" (an acronym in brackets is
# read by actor_records.acronym_definitions)
_OPEN = re.compile(r"^\s*\(\s*(?:the\s+)?$", re.IGNORECASE)
_CLOSE = re.compile(r"^\s*\)")
_AFTER = r"\s*(?:the\s+)?[\"“'*_]*\s*$"


def link_pattern(phrases: list[str], glosses: list[str]) -> re.Pattern[str]:
    """The text between a name and another name it is given: one of `phrases` ("also known
    as") after a comma or a bracket, or a bracketed gloss opened by one of `glosses`
    ("(meaning", "(translated as")."""
    said = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    glossed = "|".join(r"\s+".join(map(re.escape, g.split())) for g in glosses)
    return re.compile(rf"{_BEFORE}(?:\(\s*)?(?:{said}|\(\s*(?:{glossed})){_AFTER}", re.IGNORECASE)


def given_names(
    text: str, entities: list[EntityMention], pattern: re.Pattern[str]
) -> list[tuple[EntityMention, EntityMention]]:
    """(name, other name) pairs: each name of a paragraph followed by the next name with only
    an alias phrase between them, in text order (so that a gloss of a given name comes after
    the name it glosses)."""
    named = sorted(
        (e for e in entities if e.mention.label in NAME_LABELS), key=lambda e: e.mention.start
    )
    pairs = []
    for first, then in zip(named, named[1:], strict=False):
        if first.paragraph_index != then.paragraph_index or then.mention.start < first.mention.end:
            continue
        between = text[first.mention.end : then.mention.start]
        if pattern.match(between) or _bracketed(first, then, between, text):
            pairs.append((first, then))
    return pairs


def _bracketed(first: EntityMention, then: EntityMention, between: str, text: str) -> bool:
    """Whether `then` stands alone in brackets right after `first`, a name of the same kind."""
    return (
        first.mention.label == then.mention.label
        and bool(_OPEN.match(between))
        and bool(_CLOSE.match(text[then.mention.end :]))
    )


# A name as the tagger may miss it: capitalised words, Arabic particles and linking words inside
# ("Abu Tarek al Zendi", "Jama'at al-Nur wal-Fajr", "Army of the Sons of the Zenda Hills")
_WORD = r"(?:[A-Z][\w'’\-]*|(?:al|el|ad|ash|as|at|ar|bin|ibn|bint|wal|wa)[\-\s][A-Z][\w'’\-]*)"
_NAME = rf"{_WORD}(?:\s+(?:(?:of|the|and|in|for)\s+){{0,2}}{_WORD}){{0,6}}"


def spelt_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Two names around one of `phrases` ("Tarek Osmani – also known as Abu Selim"), found in
    the text itself: the names need not be names the tagger found."""
    said = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    between = _BEFORE.removeprefix("^")
    return re.compile(
        rf"(?P<name>{_NAME}){between}(?:\(\s*)?(?i:{said})\s+(?i:the\s+)?[\"“'*_]*(?P<given>{_NAME})"
    )


def spelt_given_names(text: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """(name, other name) pairs the text declares with an alias phrase, in text order; a
    sentence's opening "The" is no part of a name."""
    return [
        (re.sub(r"^The\s+", "", m.group("name")), m.group("given")) for m in pattern.finditer(text)
    ]
