"""Coalitions as actors: a multinational force the text names by the word "coalition" ("coalition
military forces conducted ten strikes", "a Kenyan-led coalition airstrike", "the international
coalition"). The words are in dictionaries/generic_agents.yaml (`coalitions`).

A coalition whose leader is named ("the Kenyan-led coalition", "the Kenyan coalition") is keyed
by its leading state, whatever the leader's spelling; one named with no leader is the led
coalition the document named before, else the one coalition of the country the document is most
about ("coalition (XX)"), so that a strike report's "coalition forces" in two countries are one
doer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from flows.extract.places.gazetteer import fold
from flows.extract.roles.mentions import Mention
from flows.resolve.actor_names import bare_name

COALITION_PREFIX = "coalition-"
LEADER_WORDS = 3  # the most words a leader's name has before "-led" ("Saudi Arabian-led")
_LED = re.compile(r"^(.+?)[-‐–]led$", re.IGNORECASE)
_WORD_EDGES = ",;:()“”\"'"
_WORDS = re.compile(r"[\w'’]+")
_AFTER_LEADER = re.compile(r"[-‐–]led((?:\s+[\w'’]+){1,4})")


@lru_cache(maxsize=4)
def _led_head_pattern(heads: tuple[str, ...]) -> re.Pattern:
    """A leader's words before "-led <head>" ("Saudi Arabian-led coalition"), compiled once
    per word list: asked for at every coalition mention of every document."""
    words = "|".join(re.escape(h) for h in heads)
    return re.compile(
        rf"((?:\S+\s+){{0,{LEADER_WORDS - 1}}}\S+?)[-‐–]led\s+(?:{words})\b", re.IGNORECASE
    )


class Coalitions:
    """Which coalition a description names. Mixed into `ActorResolver`, whose state it reads:
    `generic` (the coalition words), `gazetteer`, `text` and `nation_counts` (the document's);
    it fills `coalitions` (key → the coalition's name, country and the names the text gave
    it)."""

    def coalition_key(self, mention: Mention) -> str | None:
        """The coalition a description names ("coalition military forces", "the Kenyan-led
        coalition"); None for any other phrase, a coalition of parties or armed groups ("the
        rebel coalition"), or one led by no state ("a ZLF-led coalition")."""
        before = self._coalition_modifiers(mention.text)
        if before is None:
            return None
        led = self._leader(before)
        if led is not None:
            return self._led_coalition(*led) if led[1] else None
        # "a Kenyan-led coalition airstrike": the parser may leave the leader out of the phrase
        return self._coalition_before(mention.end) or self._theatre_coalition()

    def led_by(self, mention: Mention) -> str | None:
        """The coalition a state's name leads when the text goes on "-led coalition": the
        tagger's "Kenya" in "the Kenya-led coalition forces" stands for the coalition."""
        after = _AFTER_LEADER.match(self.text, mention.end)
        if after is None:
            return None
        words = list(_WORDS.finditer(self.text, after.start(1), after.end()))
        for n in range(len(words), 0, -1):
            phrase = f"{mention.text}-led {' '.join(w.group(0) for w in words[:n])}"
            found = self.coalition_key(replace(mention, text=phrase, end=words[n - 1].end()))
            if found:
                return found
        return None

    def named_coalition(self, mention: Mention) -> bool:
        """Whether a description names a coalition whose leader the document has named, in it
        or before it: it points back to that coalition, not to the nearest named actor."""
        before = self._coalition_modifiers(mention.text)
        if before is None:
            return False
        return self._leader(before) is not None or self._coalition_before(mention.end) is not None

    def _coalition_modifiers(self, text: str) -> list[str] | None:
        """The words before the head of a coalition phrase, None if the phrase is none: a head
        word followed only by force words ("coalition aircraft"), with no word before it of
        a coalition of parties or armed groups."""
        words = self.generic.coalitions if self.generic else None
        if words is None:
            return None
        tokens = [w.strip(_WORD_EDGES) for w in bare_name(text).split()]
        lower = [w.casefold() for w in tokens]
        for i, word in enumerate(lower):
            if word in words.heads and all(w in words.force_words for w in lower[i + 1 :]):
                before = tokens[:i]
                if any(w.casefold() in words.other_kinds for w in before):
                    return None
                return before
        return None

    def _leader(self, before: list[str]) -> tuple[str, str | None] | None:
        """The leader a coalition's modifiers name and its country: "Saudi Arabian-led",
        "US-led", or a nation word right before the head ("the Kenyan coalition"); the
        country None for a leader that is no state; None where no leader is named."""
        for j, word in enumerate(before):
            match = _LED.match(word)
            if match is None:
                continue
            stem = match.group(1)
            for k in range(max(0, j - LEADER_WORDS + 1), j + 1):
                leader = " ".join([*before[k:j], stem])
                country = self._country_word(leader)
                if country:
                    return leader, country
            return stem, None
        if before and (country := self._country_word(before[-1])):
            return before[-1], country
        return None

    def _country_word(self, word: str) -> str | None:
        """The country of a nationality word or a country's name ("Kenyan", "Kenya", "US")."""
        place = self.gazetteer.countries.get(fold(word))
        return self.gazetteer.country_of_demonym(word) or (place.country if place else None)

    def _led_coalition(self, leader: str, country: str) -> str:
        key = f"{COALITION_PREFIX}led-{country.lower()}"
        name = f"{leader}-led coalition"
        self.coalitions.setdefault(key, (name, country, (name,)))
        return key

    def _coalition_before(self, end: int) -> str | None:
        """The last coalition with a leader the document names before `end`."""
        words = self.generic.coalitions if self.generic else None
        if words is None:
            return None
        pattern = _led_head_pattern(tuple(sorted(words.heads)))
        for match in reversed(list(pattern.finditer(self.text[:end]))):
            tokens = [w.strip(_WORD_EDGES) for w in match.group(1).split()]
            for k in range(len(tokens)):
                leader = " ".join(tokens[k:])
                country = self._country_word(leader)
                if country:
                    return self._led_coalition(leader, country)
        return None

    def _theatre_coalition(self) -> str:
        """The coalition of the country the document names most often, one for the document."""
        counts = self.nation_counts
        country = min(sorted(counts), key=lambda c: -counts[c]) if counts else None
        label = self.generic.coalitions.label if self.generic and self.generic.coalitions else ""
        key = COALITION_PREFIX + (country.lower() if country else "unplaced")
        self.coalitions.setdefault(key, (f"{label} ({country})" if country else label, country, ()))
        return key
