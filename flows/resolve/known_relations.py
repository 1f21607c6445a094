"""Links the actor dictionary holds between two actors, found where one sentence names both
or names one and the next sentence the other ("Bin Ladin left Khartoum. Al Qaeda ...").

A text that names a leader beside his group ("Bin Ladin and other al Qaeda leaders") rarely
restates the link in a pattern the relation rules read; the reviewed dictionary already holds
it, with the dates it held. The sentence (or the two) is the evidence that the document links
them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from flows.knowledge.actor_dictionary import ActorDictionary

# A sentence ends at . ! or ? (and any closing quotes or brackets) before a capital or digit.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Words either side of two names a long sentence holds far apart that still tell of them: "Z,
# bin Laden's deputy" (a few words, whole).
_AROUND = 40


@dataclass(frozen=True)
class KnownLink:
    start: date | None
    end: date | None


# A period after an initial ("George W. Bush"), a dotted abbreviation ("U.S. President") or
# a title ("Maj. Gen. X") ends no sentence.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm"
    r"|Cpl|Pvt|Gov|Sen|Rep|Rev|Prof|St|Jr|Sr|No))$"
)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, by punctuation alone: the parse is not kept this far.

    >>> text = "U.S. President George W. Bush spoke. Gen. X left."
    >>> [text[s:e] for s, e in sentence_bounds(text)]
    ['U.S. President George W. Bush spoke. ', 'Gen. X left.']
    """
    starts = [0] + [
        m.end()
        for m in _SENTENCE_END.finditer(text)
        if text[m.start()] != "."
        or not _ABBREVIATION.search(text, max(0, m.start() - 12), m.start())
    ]
    return list(zip(starts, starts[1:] + [len(text)], strict=True))


def period_bound(text: str | None, last: bool) -> date | None:
    """First (or last) day of a dictionary date: '2004', '2004-06' or '2004-06-07'."""
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
    if len(parts) > 2:
        return date(year, month, parts[2])
    return date(year, month, calendar.monthrange(year, month)[1] if last else 1)


def cooccurring_links(
    dictionary: ActorDictionary,
    text: str,
    sightings: set[tuple[str, int, int]],
    longest: int,
    link_words: dict[str, list[str]] | None = None,
) -> list[tuple[tuple[str, str, str, int, int], KnownLink]]:
    """((relation, subject key, object key, start, end), dates) for each dictionary link whose
    two actors one sentence names (or the subject one and the object the next), at the first
    such place; the span is the sentence (or the two), or the stretch from one name to the
    other with a few words either side when that is longer than `longest` (and nothing when
    that stretch is too). A link of a kind `link_words` lists needs one of its words in the
    span: in a long sentence a word far from both names ("armed", "includes") tells of other
    things (blind relations 0.5214 -> 0.5328: 4 member_of and 1 rival_of fewer, none right)."""
    bounds = sentence_bounds(text)
    starts = [b[0] for b in bounds]
    named: dict[int, set[str]] = {}
    spans: dict[tuple[int, str], tuple[int, int]] = {}
    for key, start, end in sorted(sightings):
        i = _sentence_at(starts, start)
        named.setdefault(i, set()).add(key)
        spans.setdefault((i, key), (start, end))
    out, seen = [], set()
    for i in sorted(named):
        for key in sorted(named[i]):
            actor = dictionary.actors.get(key)
            for link in (*actor.roles, *actor.relations) if actor else ():
                found = (link.relation, key, link.object)
                dates = KnownLink(period_bound(link.start, False), period_bound(link.end, True))
                j = next((j for j in (i, i + 1) if link.object in named.get(j, ())), None)
                if j is None or found in seen or not held(dates, text, bounds[i]):
                    continue
                span = (bounds[i][0], bounds[j][1])
                if span[1] - span[0] > longest:
                    sides = (spans[(i, key)], spans[(j, link.object)])
                    span = around(
                        text,
                        (min(s[0] for s in sides), max(s[1] for s in sides)),
                        (bounds[i][0], bounds[j][1]),
                    )
                # names far apart in a run-on: no link; the word of the link must be in what
                # is quoted, not elsewhere in a long sentence
                if span[1] - span[0] <= longest and spoken_of(
                    link.relation, text[span[0] : span[1]], link_words or {}
                ):
                    seen.add(found)
                    out.append(((*found, *span), dates))
    return out


def around(text: str, names: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    """The stretch from one name to the other with up to `_AROUND` characters of whole words
    either side, inside the sentence.

    >>> text = ("After many long years of quiet work in the hills far away, Z, bin Laden's"
    ...         " deputy, met Y in the camp and then went back home across the border.")
    >>> s, e = around(text, (text.index("Z"), text.index("bin") + 9), (0, len(text)))
    >>> text[s:e]
    "of quiet work in the hills far away, Z, bin Laden's deputy, met Y in the camp and then"
    """
    (start, end), (first, last) = names, sentence
    wide_start, wide_end = max(first, start - _AROUND), min(last, end + _AROUND)
    if wide_start > first:
        wide_start = text.find(" ", wide_start, start) + 1 or start
    if wide_end < last:
        cut = text.rfind(" ", end, wide_end)
        wide_end = end if cut == -1 else cut
    return wide_start, wide_end


def spoken_of(relation: str, sentence: str, link_words: dict[str, list[str]]) -> bool:
    """Whether a sentence has a word that starts as one of the relation's words, when it has
    any: "formed" for founder_of, "rivals" for rival_of.

    >>> spoken_of("founder_of", "Bin Laden and al Qaeda", {"founder_of": ["found"]})
    False
    >>> spoken_of("founder_of", "Bin Laden founded al Qaeda", {"founder_of": ["found"]})
    True
    >>> spoken_of("leader_of", "Bin Laden and al Qaeda", {"founder_of": ["found"]})
    True
    """
    words = link_words.get(relation)
    if words is None:
        return True
    lowered = sentence.lower()
    return any(re.search(rf"\b{re.escape(w)}", lowered) for w in words)


def held(link: KnownLink, text: str, span: tuple[int, int]) -> bool:
    """Whether the link held in a year the sentence names, or the sentence names none: a
    sentence about 1998 does not show Zawahiri leading al-Qaeda, which he did from 2011."""
    years = {int(y) for y in _YEAR.findall(text, *span)}
    if not years:
        return True
    first = link.start.year if link.start else 0
    last = link.end.year if link.end else 9999
    return any(first <= y <= last for y in years)


def _sentence_at(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:  # last sentence starting at or before the offset
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo
