"""The vocabulary of counts (dictionaries/quantities.yaml) and the number-phrase reader.

Kept apart from `counts.py` so that the date rules can read "three days ago" with the same
number words without loading spaCy-specific code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from flows.settings import Settings

# Dashes written between two numbers or inside "thirty-eight".
DASHES = "-–—"


@dataclass(frozen=True)
class KindRules:
    """Words that make a count one kind of casualty (see quantities.yaml)."""

    verbs: frozenset[str]
    intransitive: frozenset[str]
    verb_needs_state: dict[str, frozenset[str]]
    nouns: frozenset[str]
    heads: frozenset[str]
    states: frozenset[str]


@dataclass(frozen=True)
class QuantityRules:
    """The contents of quantities.yaml (plus nationality plurals from demonyms.yaml)."""

    units: dict[str, int]
    tens: dict[str, int]
    multipliers: dict[str, int]
    approximate_multipliers: frozenset[str]
    zero_words: frozenset[str]
    vague: dict[str, int]
    qualifiers: tuple[tuple[str, str], ...]
    range_joiners: frozenset[str]
    person_nouns: frozenset[str]
    demonym_forms: frozenset[str]
    kinds: dict[str, KindRules]

    @property
    def number_words(self) -> frozenset[str]:
        """Single words that can head a number phrase."""
        words = set(self.units) | set(self.tens) | set(self.multipliers)
        words |= {w for w in self.vague if " " not in w}
        return frozenset(words - {"a", "an"})

    def is_person_noun(self, token: Token) -> bool:
        """Whether a noun counts people ("civilians", "Americans", "hostages")."""
        words = {token.lower_, token.lemma_.lower()}
        return bool(words & self.person_nouns) or token.text in self.demonym_forms

    def noun_counts(self, kind: str, token: Token) -> bool:
        """Whether the counted noun itself names the kind ("38 hostages", "33 dead")."""
        return token.lower_ in self.kinds[kind].nouns

    def head_counts(self, kind: str, token: Token) -> bool:
        """Whether a noun governing "of N" names the kind ("the deaths of 5 soldiers")."""
        return (
            token.lower_ in self.kinds[kind].heads or token.lemma_.lower() in self.kinds[kind].heads
        )

    def state_counts(self, kind: str, token: Token) -> bool:
        """Whether a participle or adjective on the counted noun names the kind."""
        rules = self.kinds[kind]
        return token.lower_ in rules.states or (
            token.lemma_.lower() in rules.verbs
            and token.lemma_.lower() not in rules.verb_needs_state
            and token.tag_ == "VBN"
        )

    def verb_counts(self, kind: str, lemma: str, dep: str, attached: set[str]) -> bool:
        """Whether a verb makes its patient (or dying subject) a casualty of a kind.

        Args:
            kind: killed, injured or hostages.
            lemma: the verb's lemma.
            dep: how the counted phrase hangs off the verb.
            attached: lowercased words attached to the verb or the phrase ("hostage", "dead").
        """
        rules = self.kinds[kind]
        lemma = lemma.lower()
        if lemma not in rules.verbs:
            return False
        if lemma in rules.verb_needs_state and not attached & rules.verb_needs_state[lemma]:
            return False
        if dep in ("nsubj", "csubj"):
            return lemma in rules.intransitive
        return dep in ("dobj", "obj", "nsubjpass", "oprd", "attr", "dative", "conj", "appos")


def _kind(raw: dict) -> KindRules:
    return KindRules(
        verbs=frozenset(raw["verbs"]),
        intransitive=frozenset(raw.get("intransitive", [])),
        verb_needs_state={k: frozenset(v) for k, v in (raw.get("verb_needs_state") or {}).items()},
        nouns=frozenset(raw["nouns"]),
        heads=frozenset(raw["heads"]),
        states=frozenset(raw["states"]),
    )


@lru_cache(maxsize=4)
def load_quantity_rules(dictionaries_dir: Path) -> QuantityRules:
    """Read quantities.yaml and the nationality plurals of demonyms.yaml, once per folder."""
    raw = yaml.safe_load((dictionaries_dir / "quantities.yaml").read_text(encoding="utf-8"))
    demonyms = yaml.safe_load((dictionaries_dir / "demonyms.yaml").read_text(encoding="utf-8"))
    try:
        return _quantity_rules(raw, demonyms)
    except (KeyError, TypeError) as error:
        raise ValueError(
            f"{dictionaries_dir}/quantities.yaml or demonyms.yaml: missing or malformed entry "
            f"{error}; see the files' comments"
        ) from error


def _quantity_rules(raw: dict, demonyms: dict) -> QuantityRules:
    """The parsed YAML, typed."""
    qualifiers = [(p, q) for q, phrases in raw["qualifiers"].items() for p in phrases]
    return QuantityRules(
        units=raw["units"],
        tens=raw["tens"],
        multipliers=raw["multipliers"],
        approximate_multipliers=frozenset(raw["approximate_multipliers"]),
        zero_words=frozenset(raw["zero_words"]),
        vague={str(k): int(v) for k, v in raw["vague"].items()},
        # longest first: "as many as" before "many", "more than" before "over"
        qualifiers=tuple(sorted(qualifiers, key=lambda pq: len(pq[0]), reverse=True)),
        range_joiners=frozenset(str(j) for j in raw["range_joiners"]),
        person_nouns=frozenset(raw["person_nouns"]),
        demonym_forms=frozenset(f for forms in demonyms["demonyms"].values() for f in forms),
        kinds={kind: _kind(raw[kind]) for kind in ("killed", "injured", "hostages")},
    )


def default_rules() -> QuantityRules:
    """The rules of the run's dictionaries folder."""
    return load_quantity_rules(Settings().dictionaries_dir)


def _words(text: str) -> list[str]:
    """Lowercased words with digit grouping removed and dashes split off."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return re.findall(rf"\d+(?:\.\d+)?|[{DASHES}]|[a-z.']+", text)


def _match_phrase(words: list[str], i: int, phrases: list[str] | tuple[str, ...]) -> str | None:
    """The longest phrase that the words starting at i spell out."""
    for phrase in sorted(phrases, key=len, reverse=True):
        parts = phrase.split()
        if words[i : i + len(parts)] == parts:
            return phrase
    return None


def _joins_number_words(words: list[str], i: int, start: int, rules: QuantityRules) -> bool:
    """Whether words[i] glues one number together: "thirty-eight", "three hundred and twenty"
    (but "two-four" and "ten and twelve" are ranges)."""
    previous = words[i - 1] if i > start else ""
    following = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in DASHES:
        return previous in rules.tens and following in rules.units
    return (
        words[i] == "and"
        and previous in rules.multipliers
        and (following in rules.units or following in rules.tens)
    )


def _read_number(words: list[str], i: int, rules: QuantityRules) -> tuple[int, int, bool] | None:
    """A number at position i → (value, next position, approximate) or None."""
    if i < len(words) and re.fullmatch(r"\d+(?:\.\d+)?", words[i]):
        value, i = float(words[i]), i + 1
        if i < len(words) and words[i] in rules.multipliers:
            value, i = value * rules.multipliers[words[i]], i + 1
        return int(value), i, words[i - 1] in rules.approximate_multipliers
    total, current, start, approximate = 0, 0, i, False
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in rules.units and (word not in ("a", "an") or following in rules.multipliers):
            current += rules.units[word]
        elif word in rules.tens:
            current += rules.tens[word]
        elif word in rules.multipliers:
            approximate |= word in rules.approximate_multipliers
            if rules.multipliers[word] >= 1000:
                total, current = total + max(current, 1) * rules.multipliers[word], 0
            else:
                current = max(current, 1) * rules.multipliers[word]
        elif not _joins_number_words(words, i, start, rules):
            break
        i += 1
    if i == start or (i == start + 1 and words[start] in ("a", "an")):
        return None
    return total + current, i, approximate


def parse_number_phrase(text: str, rules: QuantityRules) -> tuple[int, str] | None:
    """Read "more than 200", "two to four", "dozens" → (value, qualifier), or None.

    Ranges give their lower bound and ``at_least``; vague words their floor and ``at_least``.
    """
    words = _words(text)
    if words[:1] and words[0] in rules.zero_words:
        return 0, "exact"
    qualifier = None
    i = 1 if words[:1] == ["between"] else 0
    for phrase, name in rules.qualifiers:
        if _match_phrase(words, i, [phrase]):
            qualifier, i = name, i + len(phrase.split())
            break
    number = _read_number(words, i, rules)
    if number is None:
        vague = _match_phrase(words, i, tuple(rules.vague))
        if vague is None:
            return None
        return rules.vague[vague], qualifier or "at_least"
    value, i, approximate = number
    if i < len(words) and words[i] in rules.range_joiners:
        upper = _read_number(words, i + 1, rules)
        if upper is not None:
            return min(value, upper[0]), "at_least"
    return value, qualifier or ("about" if approximate else "exact")
