"""Casualty counts: numbers of people killed, injured and taken hostage in a sentence.

`parse_quantity` reads a number phrase ("more than 200", "as many as three hundred",
"dozens"); `extract_casualties` finds the number phrases of a spaCy sentence that count
people and decides, from the dependency parse, what happened to them. The words (number
words, vague quantities, qualifiers, person nouns, casualty verbs) live in
`dictionaries/quantities.yaml`.

Conventions:
    - A range ("two to four", "10-15", "between 10 and 15") counts as its lower bound with
      qualifier ``at_least``: the only figure every reading of the text supports.
    - Vague quantities take the conventional floors of quantities.yaml ("dozens" → 12,
      "hundreds" → 100, after ACLED's practice), with qualifier ``at_least``.
    - "as many as N" / "up to N" are ``up_to``; "fewer than N" / "at most N" are ``at_most``.
    - "captured or killed some 500" counts 500 killed with qualifier ``about``: the text does
      not split the figure, and a coordinated verb shares its object.
    - Several counts of one kind in a sentence: coordinated nouns ("5 soldiers and 3
      civilians") are added up, otherwise the largest is kept (a subset such as "including
      three Americans" is never added to its whole).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_text, sentence_tokens
from flows.extract.quantity_rules import QuantityRules, default_rules, parse_number_phrase


@dataclass(frozen=True)
class Count:
    """A number the text states, with how exactly it states it.

    Attributes:
        value: the number (a range's lower bound; a vague word's conventional floor).
        qualifier: exact | at_least | more_than | about | up_to | at_most.
        text: the words it came from.
    """

    value: int
    qualifier: str
    text: str


@dataclass(frozen=True)
class Casualties:
    """Killed, injured and hostage counts of one sentence; None where it states none."""

    killed: Count | None
    injured: Count | None
    hostages: Count | None


KINDS = ("killed", "injured", "hostages")
# Month names in full (and "Sept"): a day beside one is a date ("May" only as a name)
MONTH_NAMES = frozenset([name.lower() for name in calendar.month_name if name] + ["sept"])
# What separates a dated list item's date from its words ("10 July - 3 people were killed")
DASHES = frozenset("-–—―─")
# Entity labels whose numbers are never head counts ("500-pound", "$65 million", "2013").
NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
# Dependencies through which a counted phrase is the object, or the subject, of its verb.
OBJECT_DEPS = {"dobj", "obj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# How the words of a number phrase hang off its number ("more than", "some", "two to").
QUANTITY_DEPS = {"quantmod", "advmod", "amod", "compound", "nummod", "det", "cc", "prep", "punct"}
# Predicates on a verb that describe its object's state ("left 20 people dead").
PREDICATE_DEPS = {"oprd", "acomp", "xcomp", "ccomp", "advmod"}


def parse_quantity(text: str) -> Count | None:
    """Read a number phrase.

    Args:
        text: e.g. "33", "more than 200", "as many as three hundred", "dozens", "two to four".

    Returns:
        The count, or None when the words hold no number.

    >>> parse_quantity("more than 200")
    Count(value=200, qualifier='more_than', text='more than 200')
    >>> parse_quantity("two to four")
    Count(value=2, qualifier='at_least', text='two to four')
    """
    parsed = parse_number_phrase(text, default_rules())
    if parsed is None:
        return None
    return Count(value=parsed[0], qualifier=parsed[1], text=text.strip())


def _is_number(token: Token, rules: QuantityRules) -> bool:
    """A token that can head a count: a numeral, a number word or a vague quantity word."""
    if token.lower_ in ("a", "an") or _day_of_month(token):
        return False
    if token.ent_type_ in NOT_COUNTS and not _past_a_dated_items_dash(token):
        return False
    return token.like_num or token.pos_ == "NUM" or token.lower_ in rules.number_words


def _day_of_month(token: Token) -> bool:
    """A day beside its month that the tagger did not take for a date: "10 JULY - 3 people
    were killed" (a list's capitalised date), "on 5 octobre"; "may" only as a name, not as
    the verb of "300 may have died"."""
    if not (token.text.isdigit() and 1 <= int(token.text) <= 31):
        return False
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(
        t.lower_.rstrip(".") in MONTH_NAMES and t.pos_ not in ("AUX", "VERB") for t in beside
    )


def _past_a_dated_items_dash(token: Token) -> bool:
    """A number the tagger's date swallowed past a list item's dash: "10 July - 3 people were
    killed" tags "10 July - 3" a date; the number after the dash counts the noun after it."""
    doc = token.doc
    if token.i < 2 or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "NOUN":
        return False
    dash, month = doc[token.i - 1], doc[token.i - 2]
    return dash.text in DASHES and month.lower_.rstrip(".") in MONTH_NAMES


def _top_number(token: Token, rules: QuantityRules) -> bool:
    """Only the top of a number phrase counts ("hundred" of "three hundred", "four" of
    "two to four"), never its parts."""
    return not (
        _is_number(token.head, rules)
        and token.head != token
        and token.dep_ in ("compound", "quantmod", "nummod", "conj", "prep", "amod")
    )


def _bracket_between(a: Token, b: Token) -> bool:
    """Whether an opening bracket separates two tokens: "200 (Figure 1)" is not 200 figures."""
    low, high = sorted((a.i, b.i))
    return any(t.text in "([{" for t in a.doc[low + 1 : high])


def _counted_phrase(number: Token, rules: QuantityRules) -> tuple[Token, list[Token]] | None:
    """The token standing for the counted people and the nouns naming them, or None when the
    number counts something else ("20 embassies", "500-pound bombs")."""
    head = _misparsed_month_head(number)
    attached = number.dep_ in ("nummod", "amod", "quantmod", "det", "compound")
    if attached and head != number and any(rules.noun_counts(k, head) for k in KINDS):
        return head, [head]  # "left 12 dead", "caused 12 fatalities": the noun is the casualty
    if not attached or head == number or head.pos_ not in ("NOUN", "PROPN"):
        return number, []
    if _bracket_between(number, head):
        return head, []
    nouns = [head]
    while nouns[-1].dep_ == "compound" and nouns[-1].head.pos_ in ("NOUN", "PROPN"):
        nouns.append(nouns[-1].head)  # "32 European tourists hostage": tourists → hostage
    if not any(rules.is_person_noun(n) for n in nouns):
        return None
    return nouns[-1], nouns


def _misparsed_month_head(number: Token) -> Token:
    """The number's head, except a month name the number does not date (not beside it): "10
    JULY - 3 people were killed" hangs "3" on JULY; it counts the noun right after it."""
    head, doc = number.head, number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if (
        head.lower_.rstrip(".") in MONTH_NAMES
        and abs(head.i - number.i) > 1
        and after is not None
        and after.pos_ == "NOUN"
    ):
        return after
    return head


def _role(dep: str) -> set[str]:
    """The dependencies that fill the same slot as dep (subject or object)."""
    return SUBJECT_DEPS if dep in SUBJECT_DEPS else OBJECT_DEPS


def _coordinated_verbs(verb: Token, dep: str) -> list[Token]:
    """The verb plus coordinated verbs that share its argument ("captured or killed X"),
    but not one with its own ("12 were killed and 40 wounded": 40 is wounded's subject)."""

    def free(candidate: Token) -> bool:
        return not any(c.dep_ in _role(dep) for c in candidate.children)

    verbs = [verb]
    if verb.dep_ == "conj" and free(verb.head):
        verbs.append(verb.head)
    verbs += [c for c in verb.children if c.dep_ == "conj" and free(c)]
    return verbs


def _effective_dep(phrase: Token, verb: Token) -> str:
    """A past participle's subject is its patient: "40 wounded" (an elided "were")."""
    has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if phrase.dep_ == "nsubj" and verb.tag_ == "VBN" and not has_perfect:
        return "nsubjpass"
    return phrase.dep_


def _verb_kinds(phrase: Token, rules: QuantityRules) -> set[str]:
    """Kinds given by the verb the counted phrase is the patient (or dying subject) of."""
    while phrase.dep_ == "conj" and phrase.head.pos_ in ("NOUN", "PROPN", "NUM"):
        phrase = phrase.head  # "5 soldiers and 3 civilians": the first conjunct's verb
    verb, kinds = phrase.head, set()
    if verb.pos_ not in ("VERB", "AUX") or phrase.dep_ == "ROOT":
        return kinds
    dep = _effective_dep(phrase, verb)
    before = _verb_right_before(phrase)
    # not where it shares the object with the verb it is joined to ("kidnapped and killed")
    apart = before is not None and verb not in (before, before.head, *before.children)
    if dep in OBJECT_DEPS and apart:
        # "killed nine and injured fifty-seven": the parser hung the second number on the
        # first verb (published as 57 killed); the verb written right before a number is the
        # one it counts for. Session 45: dev counts 572 -> 573, every other figure the same;
        # blind and blind2 events byte-identical (kept as a repair of wrong data)
        verb = before
    for candidate in _coordinated_verbs(verb, dep):
        attached = {c.lower_ for c in candidate.children} | {c.lower_ for c in phrase.children}
        for kind in KINDS:
            if rules.verb_counts(kind, candidate.lemma_, dep, attached):
                kinds.add(kind)
    return kinds


def _verb_right_before(phrase: Token) -> Token | None:
    """The verb written right before a number phrase ("injured [fifty-seven]"), or None."""
    i = phrase.left_edge.i - 1
    if i < phrase.sent.start:
        return None
    word = phrase.doc[i]
    return word if word.pos_ == "VERB" else None


def _own_participle_kinds(phrase: Token, rules: QuantityRules) -> set[str]:
    """Kinds a participle after the counted phrase names, which then says what befell those
    counted whatever verb the parser hung the phrase on: "3 people were killed and over 20
    injured" (the parser makes "20" a conjunct of "killed"; only its "injured" counts it).
    A participle only: in "killed 20 wounded soldiers" the adjective tells who they were.
    Session 45, with `_day_of_month`: dev counts 573 -> 575, types 630 -> 629 (a list item
    "17 FEBRUARY Five people were killed" had 17 dead, enough to make the killing an attack);
    blind and blind2 events byte-identical (kept as a repair of wrong data)."""
    return {
        k for c in phrase.children if c.dep_ == "acl" for k in KINDS if rules.state_counts(k, c)
    }


def _modifier_kinds(phrase: Token, nouns: list[Token], rules: QuantityRules) -> set[str]:
    """Kinds named by the counted noun itself ("38 hostages", "33 dead"), by a participle or
    adjective on it ("20 people killed", "wounded soldiers"), by a predicate on its verb
    ("left 20 people dead"), or by a head noun with "of" ("the deaths of 5 soldiers")."""
    kinds = {kind for kind in KINDS for n in [phrase, *nouns] if rules.noun_counts(kind, n)}
    states = [c for c in phrase.children if c.dep_ in ("acl", "amod", "relcl")]
    first = phrase
    while first.dep_ == "conj":  # "left nine officers and four soldiers dead": both dead
        first = first.head
    if first.dep_ in OBJECT_DEPS:
        states += [c for c in first.head.children if c.dep_ in PREDICATE_DEPS]
    for state in states:
        kinds |= {k for k in KINDS if rules.state_counts(k, state)}
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of":
        kinds |= {k for k in KINDS if rules.head_counts(k, phrase.head.head)}
    return kinds


def _number_text(number: Token) -> str:
    """The words of a number phrase: the number and the qualifying words right before it
    that hang off it ("more than 200", "as many as three hundred", "No one"), never a
    misattached clause ("20 and injured dozens" reads "dozens")."""
    subtree = {t.i for t in number.subtree}
    start = number.i
    while start - 1 in subtree and number.doc[start - 1].dep_ in QUANTITY_DEPS:
        if number.doc[start - 1].lower_.rstrip(".") in MONTH_NAMES:
            break  # "17 FEBRUARY Five people": the date before it is no part of the count
        start -= 1
    while start < number.i and number.doc[start].is_punct:
        start += 1  # "17 FEBRUARY - Five people": the list's dash is no part of the count
    return number.doc[start : number.i + 1].text


def _combine(found: list[tuple[Count, Token]]) -> Count | None:
    """Sum coordinated counts, otherwise keep the largest."""
    groups: dict[int, list[Count]] = {}
    for count, phrase in found:
        root = phrase
        while root.dep_ == "conj":
            root = root.head
        groups.setdefault(root.i, []).append(count)
    best: Count | None = None
    for counts in groups.values():
        qualifiers = {c.qualifier for c in counts}
        total = Count(
            value=sum(c.value for c in counts),
            qualifier=qualifiers.pop() if len(qualifiers) == 1 else "at_least",
            text=" and ".join(c.text for c in counts),
        )
        if best is None or total.value > best.value:
            best = total
    return best


def extract_casualties(sent: Span) -> Casualties:
    """Killed, injured and hostage counts stated in one sentence.

    Args:
        sent: a parsed spaCy sentence (or any span).

    Returns:
        The counts; each is None when the sentence states none of that kind.
    """
    rules = default_rules()
    found: dict[str, list[tuple[Count, Token]]] = {kind: [] for kind in KINDS}
    for token in sentence_tokens(sent):
        if not (_is_number(token, rules) and _top_number(token, rules)):
            continue
        counted = _counted_phrase(token, rules)
        count = parse_quantity(_number_text(token)) if counted else None
        if counted is None or count is None:
            continue
        phrase, nouns = counted
        kinds = _own_participle_kinds(phrase, rules) or _verb_kinds(phrase, rules)
        for kind in kinds | _modifier_kinds(phrase, nouns, rules):
            found[kind].append((count, phrase))
    return Casualties(**{kind: _combine(found[kind]) for kind in KINDS})


def count_token_ids(sent: Span, casualties: Casualties) -> set[int]:
    """Indices of the tokens the sentence's counts were read from (summed counts: each part)."""
    ids: set[int] = set()
    for count in (casualties.killed, casualties.injured, casualties.hostages):
        for part in count.text.split(" and ") if count else ():
            for m in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", sentence_text(sent)):
                start = sent.start_char + m.start()
                span = sent.doc.char_span(start, start + len(part), alignment_mode="expand")
                ids |= {t.i for t in span} if span is not None else set()
    return ids
