"""Offset-preserving clean-up of one line: markdown, footnote markers, whitespace.

A line becomes a `Piece`: its clean text plus, for every kept character, the raw index it
was copied from. Characters are only ever deleted (or a whitespace run collapsed to one
space), never rewritten, so evidence offsets found in the clean text map back exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.ingest.formats import FILLER

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
# Longer runs are not note numbers (and would be absurd ones); they stay in the text.
_MAX_MARKER_DIGITS = 4
# "[12]", "[^12]" (not a link's "[12](…)") and the editors' bracketed notes of wikis.
_BRACKET_MARKER = re.compile(
    r"\[\^?(\d{1,3})\](?![(:])"
    r"|\[(?:citation|clarification|verification) needed\]"
    r"|\[(?:who|when|where|which)\?\]"
)
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")

_BULLET = re.compile(r"^[-*•‣▪]\s+")
# Markdown escapes only ever precede ASCII punctuation ("\$65", "\*").
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
# Paired asterisks hugging non-space text; a lone "*" (footnote star, maths) is left alone.
# The span is bounded so a line full of stray asterisks cannot go quadratic.
_EMPHASIS = re.compile(r"(?<![*\w])(\*{1,3})(?![\s*])(.{1,2000}?)(?<![\s*])\1(?![*\w])")
# "[text](target)": the text is prose, the brackets and target are markup. Editorial
# brackets such as "[AQIM's]" have no "(target)" and are kept.
_LINK = re.compile(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(([^()\s]*)\)")

# A wire-copy dateline opening a paragraph ("MOGADISHU, March 12 (Reuters) - "): where and
# when the story was filed, not where or when its events happened, so it leaves the prose.
# A press release's dateline in title case ("Strelsau – The ministry ...", "Zenda, Ruritania —
# The ..."): up to three capitalised words, a long dash and a capitalised word, so that a
# sentence opening with a name and a dash ("Zenda Front – a group formed ...") stays.
_DATELINE = re.compile(
    r"^[\u2060\u200b]*(?:[A-Z][A-Z'.\- ]{2,40}(?:, [A-Z][A-Za-z'.\- ]{1,30}){0,2}"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z ]{2,30}\))?[ \t]*[-–—]+ "
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"[\u2060\u200b]* [–—] (?=[A-Z])"
    # an agency's name alone ("(CNN) -- "), as news corpora keep a story's opening
    r"|\([\u2060]*[A-Z][A-Za-z ]{1,30}\)[\u2060]*[ \t]*[-–—]+ )"
)

_QUOTE_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
    }
)


@dataclass(frozen=True)
class Piece:
    """Clean text of one line (or of several joined lines) with its raw offsets.

    Attributes:
        text: the clean text.
        offsets: raw index of each character of `text`.
        markers: (position in `text` right after which a footnote marker stood, note number).
    """

    text: str
    offsets: tuple[int, ...]
    markers: tuple[tuple[int, int], ...] = ()


def fold_key(text: str) -> str:
    """Comparison key that ignores quote style, dash style, case and spacing.

    >>> fold_key("Obama’s  “war”") == fold_key('obama\\'s "WAR"')
    True
    """
    return " ".join(text.translate(_QUOTE_FOLD).casefold().split())


def clean_line(line: str, base: int) -> Piece:
    """Strip markup and footnote markers from one line, keeping raw offsets.

    Args:
        line: the raw line (no newline).
        base: raw index of `line[0]`.

    Returns:
        The clean `Piece`; leading/trailing whitespace is dropped and inner runs collapse
        to one space mapped to the run's first raw character.
    """
    drop = bytearray(len(line))
    _mark_markup(line, drop)
    markers = _mark_footnote_markers(line, drop)
    if not markers and 1 not in drop:  # most lines: nothing to drop, only spaces to collapse
        return _assemble_words(line, base)
    return _assemble(line, base, drop, markers)


def _mark_markup(line: str, drop: bytearray) -> None:
    """Flag markdown bullets, escapes, emphasis delimiters and link syntax for deletion."""
    dateline = _DATELINE.match(line)
    if dateline:
        drop[: dateline.end()] = b"\x01" * dateline.end()
    bullet = _BULLET.match(line)
    if bullet:
        drop[bullet.start() : bullet.end()] = b"\x01" * (bullet.end() - bullet.start())
    for m in _ESCAPE.finditer(line):
        drop[m.start()] = 1
    for m in _EMPHASIS.finditer(line):
        for start, end in ((m.start(1), m.end(1)), (m.end(2), m.end())):
            drop[start:end] = b"\x01" * (end - start)
    for m in _LINK.finditer(line):
        drop[m.start()] = 1
        drop[m.end(1) : m.end()] = b"\x01" * (m.end() - m.end(1))
    if FILLER in line:  # markup a format reader blanked inside a word (flows/formats)
        for i, ch in enumerate(line):
            if ch == FILLER:
                drop[i] = 1


def _mark_footnote_markers(line: str, drop: bytearray) -> dict[int, int]:
    """Flag footnote markers for deletion: superscript-digit runs, and the bracketed ones of
    encyclopedias and Markdown ("[12]", "[^12]", "[citation needed]"), which otherwise glue
    two sentences into one ("killed X.[12] Officials said"). Returns {start: note number}."""
    markers: dict[int, int] = {}
    for m in _BRACKET_MARKER.finditer(line):
        if m.group(1):
            markers[m.start()] = int(m.group(1))
        drop[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _SUPERSCRIPT_RUN.finditer(line):
        if len(m.group()) > _MAX_MARKER_DIGITS:
            continue
        markers[m.start()] = int(m.group().translate(_SUPERSCRIPT_TO_ASCII))
        drop[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return markers


def _assemble_words(line: str, base: int) -> Piece:
    """`_assemble` of a line with nothing to drop, a word at a time instead of a character
    at a time: its words joined by one space, mapped to the first raw character of the run
    of whitespace it stands for.

    >>> piece = _assemble_words("  Gao\u00a0 fell. ", 10)
    >>> piece.text, piece.offsets
    ('Gao fell.', (12, 13, 14, 15, 17, 18, 19, 20, 21))
    """
    offsets: list[int] = []
    end = 0
    for word in line.split():  # str.split's whitespace is str.isspace's
        start = line.find(word, end)
        if offsets:
            offsets.append(base + end)
        end = start + len(word)
        offsets.extend(range(base + start, base + end))
    return Piece(" ".join(line.split()), tuple(offsets), ())


def _assemble(line: str, base: int, drop: bytearray, markers: dict[int, int]) -> Piece:
    """Copy the kept characters, collapsing whitespace runs and trimming the ends."""
    chars: list[str] = []
    offsets: list[int] = []
    found: list[tuple[int, int]] = []
    in_space = False
    for i, ch in enumerate(line):
        if i in markers:
            # The marker belongs after the word it follows, not after a space.
            at = len(chars) - 1 if in_space and chars else len(chars)
            found.append((at, markers[i]))
        if drop[i]:
            continue
        if ch.isspace():
            # One space per run; it is synthetic when the raw char is a tab or NBSP.
            if chars and not in_space:
                chars.append(" ")
                offsets.append(base + i)
            in_space = True
            continue
        in_space = False
        chars.append(ch)
        offsets.append(base + i)
    if chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    end = len(chars)
    return Piece("".join(chars), tuple(offsets), tuple((min(p, end), n) for p, n in found))
