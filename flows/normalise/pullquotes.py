"""Find pull-quotes among paragraph keys without comparing every pair of paragraphs.

A pull-quote is a short key repeated inside a longer one, verbatim or lightly edited.
Comparing each candidate with every other paragraph is quadratic in document size (a
20 MB report was still normalising after 26 minutes), so two indexes narrow the search
to paragraphs that can match, and the same tests as before decide:

- Verbatim: keys are space-normalised, so a candidate "t0 t1 ... tk" found in a longer key
  has its interior tokens t1 ... t(k-1) as whole tokens there. Only the occurrences of the
  candidate's rarest interior token are checked. A candidate of one or two tokens can only
  sit in a key with a token at least as long as its longest one (rare in prose).
- Edited: the fuzzy comparison only runs against keys sharing at least
  `_MIN_WORD_OVERLAP` of the candidate's longer words. Such a key contains one of the
  candidate's n - ceil(0.8 n) + 1 rarest words (prefix filtering), so only those words'
  posting lists are read.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable

from rapidfuzz import fuzz

from flows.normalise.rules import Tunables

_WORD = re.compile(r"\w{4,}")
# Share of a candidate's longer words that must occur in the other paragraph before the
# (slower) fuzzy comparison runs; bracketed insertions change only a word or two.
_MIN_WORD_OVERLAP = 0.8

Usable = Callable[[int], bool]


def pull_quote_indexes(keys: list[str], tunables: Tunables) -> list[int]:
    """Indexes of the keys that repeat part of a longer key, in order.

    A candidate (between `pull_quote_min_chars` and `pull_quote_max_chars` long) is a
    pull-quote when it is contained in a longer key or, if at least
    `pull_quote_fuzzy_min_chars` long and sharing most of its longer words with it, when
    rapidfuzz's partial_ratio reaches `pull_quote_min_score`. Candidates are decided in
    order, and a key found to be a pull-quote is no longer a source for later ones.

    >>> pull_quote_indexes(["a long paragraph that repeats the short one", "repeats the"],
    ...     Tunables(pull_quote_min_chars=5))
    [1]
    """
    t = tunables
    candidates = [
        i
        for i, key in enumerate(keys)
        if t.pull_quote_min_chars <= len(key) <= t.pull_quote_max_chars
    ]
    if not candidates:
        return []
    verbatim = _VerbatimIndex(keys, candidates)
    edited = _EditedIndex(keys, candidates, t)
    marked = bytearray(len(keys))
    found: list[int] = []
    for i in candidates:
        length = len(keys[i])

        def usable(j: int, length: int = length) -> bool:
            return not marked[j] and len(keys[j]) > length

        if verbatim.contained(i, usable) or edited.similar(i, usable):
            marked[i] = 1
            found.append(i)
    return found


class _VerbatimIndex:
    """Where each candidate's rarest interior token occurs, to find verbatim repeats."""

    def __init__(self, keys: list[str], candidates: list[int]) -> None:
        self.keys = keys
        counts = Counter(token for key in keys for token in key.split(" "))
        self.anchors: dict[int, tuple[str, int]] = {}
        self.longest_token: dict[int, int] = {}
        for i in candidates:
            tokens = keys[i].split(" ")
            if len(tokens) < 3:
                self.longest_token[i] = max(len(token) for token in tokens)
                continue
            # The first rarest interior token, and its offset in the candidate.
            a = min(range(1, len(tokens) - 1), key=lambda m: counts[tokens[m]])
            self.anchors[i] = (tokens[a], sum(len(token) + 1 for token in tokens[:a]))
        self.postings = _token_positions(keys, {token for token, _ in self.anchors.values()})
        self.by_token_length = _keys_by_longest_token(keys, self.longest_token)

    def contained(self, i: int, usable: Usable) -> bool:
        """Whether candidate `i` occurs verbatim in a key that `usable` admits."""
        short = self.keys[i]
        if i in self.anchors:
            token, offset = self.anchors[i]
            for j, pos in self.postings[token]:
                start = pos - offset
                if start >= 0 and usable(j) and self.keys[j].startswith(short, start):
                    return True
            return False
        lengths, order = self.by_token_length
        for n in range(bisect_left(lengths, self.longest_token[i]), len(order)):
            j = order[n]
            if usable(j) and short in self.keys[j]:
                return True
        return False


def _token_positions(keys: list[str], wanted: set[str]) -> dict[str, list[tuple[int, int]]]:
    """(key index, character offset) of every occurrence of each wanted token."""
    postings: dict[str, list[tuple[int, int]]] = {token: [] for token in wanted}
    for j, key in enumerate(keys):
        pos = 0
        for token in key.split(" "):
            if token in postings:
                postings[token].append((j, pos))
            pos += len(token) + 1
    return postings


def _keys_by_longest_token(keys: list[str], needs: dict[int, int]) -> tuple[list[int], list[int]]:
    """Keys whose longest token could hold a short candidate, sorted by that length."""
    if not needs:
        return [], []
    floor = min(needs.values())
    pairs = []
    for j, key in enumerate(keys):
        longest = max(len(token) for token in key.split(" "))
        if longest >= floor:
            pairs.append((longest, j))
    pairs.sort()
    return [length for length, _ in pairs], [j for _, j in pairs]


class _EditedIndex:
    """Posting lists of the candidates' rarest longer words, to find edited repeats."""

    def __init__(self, keys: list[str], candidates: list[int], t: Tunables) -> None:
        self.keys = keys
        self.score = t.pull_quote_min_score
        self.words = [set(_WORD.findall(key)) for key in keys]
        frequency = Counter(word for words in self.words for word in words)
        self.probes: dict[int, list[str]] = {}
        for i in candidates:
            words = self.words[i]
            if len(keys[i]) < t.pull_quote_fuzzy_min_chars or not words:
                continue
            # A key sharing ceil(0.8 n) of the n words shares one of any n - ceil(0.8 n) + 1.
            needed = math.ceil(_MIN_WORD_OVERLAP * len(words))
            rarest = sorted(words, key=lambda w: (frequency[w], w))
            self.probes[i] = rarest[: len(words) - needed + 1]
        wanted = {word for probe in self.probes.values() for word in probe}
        self.postings: dict[str, list[int]] = {word: [] for word in wanted}
        for j, words in enumerate(self.words):
            for word in words & wanted:
                self.postings[word].append(j)

    def similar(self, i: int, usable: Usable) -> bool:
        """Whether candidate `i` fuzzily repeats part of a key that `usable` admits."""
        if i not in self.probes:
            return False
        short, words = self.keys[i], self.words[i]
        seen: set[int] = set()
        for word in self.probes[i]:
            for j in self.postings[word]:
                if j in seen:
                    continue
                seen.add(j)
                if not usable(j) or len(words & self.words[j]) < _MIN_WORD_OVERLAP * len(words):
                    continue
                if fuzz.partial_ratio(short, self.keys[j], score_cutoff=self.score) >= self.score:
                    return True
        return False
