"""Event mentions: each factual trigger with its roles, date, place, counts and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from flows.extract.certainty import assess
from flows.extract.counts import Casualties, extract_casualties
from flows.extract.dates import DateValue, find_dates
from flows.extract.lexicon import Lexicon
from flows.extract.places import Gazetteer, Place, places_in_sentence
from flows.extract.roles import Mention, roles
from flows.extract.triggers import TriggerMatch, find_triggers

VIOLENT_TYPES = {"attack", "bombing", "airstrike", "kidnapping", "killing"}


@dataclass
class EventMention:
    """One place in a document that reports an event. Offsets are into the normalised text."""

    doc_id: str
    event_type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    clause_start: int
    clause_end: int
    certainty: str
    date: DateValue | None
    place: Place | None
    casualties: Casualties
    perpetrators: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    paragraph_index: int = 0


@dataclass(frozen=True)
class SentenceContext:
    """What the sentence's surroundings tell: publication date, year in force, countries named."""

    published: object
    context_year: int | None
    countries: tuple[str, ...]


def anchored(match: TriggerMatch, date: DateValue | None, place: Place | None,
             casualties: Casualties, perps: list[Mention]) -> bool:
    """A nominal trigger names a specific event only with a date, place, count or named actor.

    Plural nouns ("attacks on Western targets") need a date, a place or a count.
    """
    token = match.token
    if token.pos_ not in ("NOUN", "PROPN"):
        return True
    has_count = any(c is not None for c in (casualties.killed, casualties.injured, casualties.hostages))
    if date is not None or has_count or place is not None:
        return True
    if token.tag_ in ("NNS", "NNPS"):
        return False
    named = [p for p in perps if p.label not in ("NOUN", "PRON")]
    proper_modifier = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    definite = any(c.lower_ in ("the", "this", "that") for c in token.children)
    return bool(named) or (proper_modifier and definite)


def _in_subtree(token: Token, start: int, end: int) -> bool:
    sub = list(token.subtree)
    return sub[0].idx <= start and end <= sub[-1].idx + len(sub[-1])


def nearest(token: Token, found: list[tuple[object, int, int]], single: bool):
    """The value found inside the trigger's phrase or clause; any in the sentence if it is alone."""
    if not found:
        return None
    clause = token if token.pos_ == "VERB" else token.head
    inside = [f for f in found if _in_subtree(token, f[1], f[2])]
    inside = inside or [f for f in found if _in_subtree(clause, f[1], f[2])]
    pool = inside or (found if single else [])
    if not pool:
        return None
    return min(pool, key=lambda f: abs(f[1] - token.idx))[0]


def clause_bounds(sent: Span, token: Token, max_chars: int = 400) -> tuple[int, int]:
    """The sentence, or for a long one the clause around the trigger, as Doc char offsets."""
    if len(sent.text) <= max_chars:
        return sent.start_char, sent.end_char
    lo, hi = token.idx - max_chars // 2, token.idx + max_chars // 2
    toks = [t for t in sent if t.idx >= lo and t.idx + len(t) <= hi]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def sentence_events(sent: Span, offset: int, doc_id: str, ctx: SentenceContext,
                    lexicon: Lexicon, gazetteer: Gazetteer) -> list[EventMention]:
    """Event mentions of one sentence; `offset` shifts Doc offsets to the normalised text."""
    matches = find_triggers(sent, lexicon)
    if not matches:
        return []
    dates = find_dates(sent, ctx.published, ctx.context_year)
    places = places_in_sentence(sent, gazetteer, ctx.countries)
    casualties = extract_casualties(sent)
    single = len(matches) == 1
    out = []
    for match in matches:
        verdict = assess(match.token, sent, lexicon)
        if verdict.certainty is None:
            continue
        perps, targets = roles(match.token, sent)
        date = nearest(match.token, dates, single)
        place = nearest(match.token, places, single)
        counts = casualties if single or match.event_type in VIOLENT_TYPES else Casualties(None, None, None)
        if not anchored(match, date, place, counts, perps):
            continue
        start, end = clause_bounds(sent, match.token)
        n = len(match.entry.words)
        first = match.token.doc[match.token.i - n + 1]
        out.append(EventMention(
            doc_id, match.event_type, match.text, offset + first.idx,
            offset + match.token.idx + len(match.token), offset + start, offset + end,
            verdict.certainty, date, place, counts,
            [shift(m, offset) for m in perps], [shift(m, offset) for m in targets],
        ))
    return out


def shift(mention: Mention, offset: int) -> Mention:
    """Move a mention's Doc offsets into the normalised text."""
    return Mention(mention.text, mention.start + offset, mention.end + offset, mention.label, mention.ent_id)


def latest_year(doc: Doc, upto: int) -> int | None:
    """The last four-digit year named in the paragraph before char `upto` (for "In December")."""
    years = [int(t.text) for t in doc if t.idx < upto and t.like_num and len(t.text) == 4
             and t.text.isdigit() and 1900 <= int(t.text) <= 2100]
    return years[-1] if years else None
