"""Which of a sentence's dates a deed may take: not those of a clause that tells another
noun's story ("killed a commander who had joined in 2009"), nor those of a clause or phrase
that bounds the deed's time by another's ("two years after Al-Shabaab seized it in 2014",
"since its inception in 1991")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from flows.extract.dates.intervals import DateValue, date_rules
from flows.extract.parsed import verb_above


def deed_dates(token: Token, dates: list) -> tuple[list, DateValue | None]:
    """The sentence's dates (value, start, end) the trigger's deed may take, and the date of a
    clause that bounds it by another deed: that date does not date the deed, but singles it out
    (anchors it) as well as a date would, unless the trigger is a gerund naming an activity
    ("a focus on attacking Western targets, after France intervened in January 2013")."""
    doc = token.doc
    dates = outside(dates, doc, noun_clauses(token))
    bounded = outside(dates, doc, bounding_clauses(token))
    bound = next((value for value, *_ in dates if all(value is not v for v, *_ in bounded)), None)
    if token.tag_ == "VBG":
        bound = None
    return outside(bounded, doc, bounding_phrases(token)), bound


def noun_clauses(token: Token) -> set[int]:
    """Token indices of the clauses that describe another noun of the sentence ("killed a
    commander who had joined in 2015", "seized the town, captured by the army in 2012"): what
    they date is that noun's story, not the trigger's deed. A clause on the trigger itself ("the
    bombing, which took place on Tuesday") or holding it is the deed's own."""
    out: set[int] = set()
    for t in token.sent:
        if token in t.subtree:
            continue
        if t.dep_ in ("relcl", "acl") and t.head != token:
            out |= {x.i for x in t.subtree}
    return out


def bounding_clauses(token: Token) -> set[int]:
    """Token indices of the adverbial clauses that bound the deed's time by another deed's
    (`_bounding_clause`), when they do not hold the trigger."""
    return {
        x.i for t in token.sent if token not in t.subtree and _bounding_clause(t) for x in t.subtree
    }


def bounds_time(prep: Token) -> bool:
    """A preposition that bounds a time by another ("after", "since", "until": dates.yaml's
    open_ended_words): what its phrase dates is that other time."""
    return prep.dep_ == "prep" and prep.lower_ in date_rules().open_ended_words


def bounding_phrases(token: Token) -> set[int]:
    """Token indices of the phrases that bound the deed's time by another's ("days after the
    elections in May", "since 2007"; `bounds_time`) when they do not hold the trigger."""
    return {x.i for t in token.sent if bounds_time(t) and token not in t.subtree for x in t.subtree}


def _bounding_clause(clause: Token) -> bool:
    """An adverbial clause that bounds the deed's time by another's ("after Al-Shabaab seized
    the town in 2012, troops attacked it"): its date is that other deed's. The words are
    dates.yaml's open_ended_words, which bound a date on one side the same way."""
    if clause.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return bool(marks) and marks[0] in date_rules().open_ended_words


def outside(found: list[tuple[object, int, int]], doc: Doc, ids: set[int]) -> list:
    """The found values (value, start, end) whose span does not lie in the token set `ids`."""
    if not ids:
        return found
    kept = []
    for value, start, end in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not all(t.i in ids for t in span):
            kept.append((value, start, end))
    return kept


def story_dates(sent: Span, dates: list) -> list[DateValue]:
    """The sentence's known dates the story moves on to: not one in a phrase that bounds a time
    by another's ("the first police fatality since 1998", "before 2005"; dates.yaml's
    open_ended_words). After "On 10 March 2009 the group claimed the first killing of an
    officer since 1998", an undated deed told next happened in 2009, not in 1998."""
    bounds = {x.i for t in sent if bounds_time(t) for x in t.subtree}
    return [value for value, *_ in outside(dates, sent.doc, bounds) if value.start is not None]


def on_main_line(doc: Doc, start: int, end: int) -> bool:
    """Whether the trigger at characters `start`..`end` of `doc` is a verb of its sentence's
    main clause (its root, or a verb conjoined with it): the foreground of a narrative, which
    tells its events in the order and at the time the story has reached ("On 3 May the ZLF took
    Zenda. The council declared a curfew."), unlike a deed named by a noun ("the Ruritanian
    intervention"), told in a clause on another word ("the council, which then elected Rupert")
    or as an aim ("obliged to send troops"), or in a perfect ("has twice seized towns", "had
    taken Zenda"): the background, which the story's time does not date (foreground and
    background, Hopper 1979)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    chain = [span.root]
    while chain[-1].dep_ == "conj" and chain[-1].pos_ == "VERB":
        chain.append(chain[-1].head)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for t in chain for c in t.children)
    return chain[-1].dep_ == "ROOT" and chain[-1].pos_ == "VERB" and not perfect


def told_later(doc: Doc, start: int, end: int, story: DateValue) -> bool:
    """Whether the trigger at characters `start`..`end` of `doc` tells its deed as coming some
    time after the story's time `story`, no more said: an adverb of dates.yaml later_words on
    the trigger or its verb ("the council later released Rupert"). Against a coarse time (later_open_precisions) the deed lies from that time on, its
    end open, as after_story_words tell; a day's "later" stays that day's episode."""
    rules = date_rules()
    if story.precision not in rules.later_open_precisions:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    verb = verb_above(token)
    words = set(rules.later_words)
    return any(c.dep_ == "advmod" and c.lower_ in words for t in {token, verb} for c in t.children)


def told_running(token: Token) -> bool:
    """Whether the deed at `token` is told as still going on when it is told: its verb in the
    present perfect or present progressive ("troops have sealed the hills", "the army is
    sweeping Zenda"), or a word of continuation on the deed or its verb ("the search
    continues", "the operation is still under way", "an ongoing offensive"; dates.yaml
    running_words). Such a deed began before the day it was told (`told_days.running_days`)."""
    verb = verb_above(token)
    words = set(date_rules().running_words)
    for t in {token, verb}:
        if present_aux(t, "have") or (t.tag_ == "VBG" and present_aux(t, "be")):
            return True
        if t.lemma_.lower() in words:
            return True
        phrases = (" ".join(x.lower_ for x in c.subtree) for c in t.children)
        if any(c.lemma_.lower() in words for c in t.children) or words.intersection(phrases):
            return True
    return False


def present_aux(token: Token, lemma: str) -> bool:
    """Whether `token` has an auxiliary of `lemma` in the present tense: "have" for the present
    perfect ("has seized"), "be" for the progressive ("is sweeping")."""
    return any(
        c.dep_ == "aux" and c.lemma_ == lemma and c.tag_ in ("VBZ", "VBP") for c in token.children
    )
