"""Text a news corpus saved tokenized, Penn Treebank style (the CNN/Daily Mail "tokenized
stories" summarisation projects keep): "-LRB- CNN -RRB- -- Gunmen killed 12 , police said .",
"do n't", "the group 's", quotes as `` and ''. The tagger and parser read such text badly
("-LRB-" is no bracket, " 's" no possessive), so the view writes the bracket escapes back and
draws each detached mark onto the word before it; the raw text and its offsets stay as they are.
"""

from __future__ import annotations

import re

# Penn Treebank escapes of brackets and quotes, with the space on their inner side
_OPENERS = {"-LRB-": "(", "-LSB-": "[", "-LCB-": "{", "``": '"'}
_CLOSERS = {"-RRB-": ")", "-RSB-": "]", "-RCB-": "}", "''": '"'}
_OPEN = re.compile(r"(?<!\S)(-L[RSC]B-|``) ")
_CLOSE = re.compile(r" (-R[RSC]B-|'')(?!\S)")
# a mark or clitic the tokenizer set off from the word before it
_DETACHED = re.compile(r"(?<=[\w'\")\]}-]) ([,.;:?!%]|'s|'S|'re|'ve|'ll|'d|'m|n't)(?=\s|$)")
# how sure a text must look tokenized: an escape, or commas and stops set off this often
_ESCAPE = re.compile(r"(?<!\S)-[LR][RSC]B-(?!\S)")
_SPACED_MARKS = 3


def looks_tokenized(text: str) -> bool:
    """An escaped bracket, or several commas and full stops set off by spaces."""
    if _ESCAPE.search(text):
        return True
    return text.count(" , ") >= _SPACED_MARKS and text.count(" . ") >= _SPACED_MARKS


def token_repairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, written) over each escape and detached mark of a tokenized text; none for
    ordinary prose.

    >>> token_repairs("-LRB- CNN -RRB- -- It is n't over , he said .")[:2]
    [(0, 6, '('), (9, 15, ')')]
    """
    if not looks_tokenized(text):
        return []
    found = [(m.start(), m.end(), _OPENERS[m.group(1)]) for m in _OPEN.finditer(text)]
    found += [(m.start(), m.end(), _CLOSERS[m.group(1)]) for m in _CLOSE.finditer(text)]
    found += [(m.start(), m.end(), m.group(1)) for m in _DETACHED.finditer(text)]
    found.sort()
    kept, end = [], 0
    for start, stop, written in found:  # "-RRB- ." : the closer first, the stop after it
        if start >= end:
            kept.append((start, stop, written))
            end = stop
    return kept
