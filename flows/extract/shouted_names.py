"""Names written in capitals ("The NORTHERN FRONT FOR LIBERATION (NFL) is ..."), recased for
the parser.

Some encyclopedia dumps render an article's bold lead names in capitals. The tagger has learnt
names from mixed-case prose, so a run of capitalised words goes untagged, and "the group" then
points back to whatever name it did tag. The parser is given the run in title case instead; the
text keeps its length, so every offset holds, and quotes are cut from the source as before.
"""

from __future__ import annotations

import calendar
import re

# Two or more words of capitals in a row; hyphens and apostrophes inside a word ("AL-NUR").
_RUN = re.compile(r"\b[A-Z][A-Z'’-]*[A-Z](?:[ \t]+[A-Z][A-Z'’-]*[A-Z])+\b")
_WORD = re.compile(r"[A-Z][A-Z'’-]*[A-Z]")
_LETTERS = re.compile(r"[A-Z]+")
_ROMAN = re.compile(r"[IVXLC]+")
_VOWELS = frozenset("AEIOUY")
# Joining words inside a name, lower case as a name writes them ("Islamic State of Iraq").
_JOINING = frozenset({"OF", "FOR", "AND", "THE", "IN", "ON", "AT", "TO", "OR", "DE", "DEL", "LA"})
# A month written in capitals next to a day or a year ("20 JANUARY - An IED ...", "MARCH 3,
# 2019"), as chronologies and datelines write them: the tagger reads "20" as a number and the
# month as part of a name, so the date goes unread.
_MONTHS = "|".join(name.upper() for name in calendar.month_name if name)
_SHOUTED_MONTH = re.compile(rf"(?<=\d )(?:{_MONTHS})\b|\b(?:{_MONTHS})(?= \d{{1,4}}\b)")


def acronyms(text: str) -> frozenset[str]:
    """Words the text writes in capitals outside a run of them ("the IRA", "(ARSA)"): these
    are acronyms, and keep their capitals inside a run too."""
    inside = {m.start() for run in _RUN.finditer(text) for m in _WORD.finditer(text, *run.span())}
    return frozenset(m.group() for m in _WORD.finditer(text) if m.start() not in inside)


def recased(text: str, keep: frozenset[str] = frozenset()) -> str:
    """`text` with each run of capitalised words in title case, save acronyms: a word in `keep`,
    a roman numeral, a word without a vowel. A run needs a word of four letters or more
    ("NFL TV" stays as it is). Same length as `text`.

    >>> recased("The NORTHERN FRONT FOR LIBERATION (NFL) said.")
    'The Northern Front for Liberation (NFL) said.'
    >>> recased("the REAL NFL and UNOSOM II", frozenset({"NFL"}))
    'the Real NFL and Unosom II'
    >>> recased("20 JANUARY - An IED exploded; MAY 2017; the MAY group")
    '20 January - An IED exploded; May 2017; the MAY group'
    """
    text = _SHOUTED_MONTH.sub(lambda m: m.group().capitalize(), text)
    if not _RUN.search(text):
        return text

    def word(m: re.Match) -> str:
        w = m.group()
        if w in _JOINING and m.start() > 0:
            return w.lower()
        if w in keep or _ROMAN.fullmatch(w) or not _VOWELS & set(w):
            return w
        return _LETTERS.sub(lambda p: p.group()[0] + p.group()[1:].lower(), w)

    def run(m: re.Match) -> str:
        words = _WORD.findall(m.group())
        if max(len(w) for w in words) < 4:
            return m.group()
        return _WORD.sub(word, m.group())

    return _RUN.sub(run, text)
