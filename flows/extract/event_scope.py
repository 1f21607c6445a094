"""Which dates and places belong to a trigger: its phrase, its verb's modifiers, locative use."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from flows.extract.dates.clauses import bounds_time
from flows.extract.parsed import opening_preposition, sentence_tokens
from flows.extract.places.gazetteer import Place


def scope(token: Token, others: list[Token], cues: dict) -> set[int]:
    """Token indices whose dates and places belong to the trigger's event.

    The trigger's own phrase, plus the direct modifiers of the verb it depends on
    ("On April 11, 2007, AQIM perpetrated ... bombings"; "In 2003, he ..., taking hostages"),
    minus the phrases of other triggers inside it ("attacks, including a January 2013 strike").
    """
    ids = {t.i for t in token.subtree}
    verb = governing_verb(token) or claiming_verb(token, cues) or _suffered_in(token, cues)
    if verb is not None:
        for child in verb.children:
            if child != token and (
                child.dep_ in ("prep", "npadvmod", "advmod") or _fronted_setting(child, cues)
            ):
                ids |= {t.i for t in child.subtree}
    for other in others:
        if other != token and other.i in ids and token not in other.subtree:
            ids -= {t.i for t in other.subtree}
    said = _speech_modifiers(token, cues) | (_speech_modifiers(verb, cues) if verb else set())
    return ids - said


def _suffered_in(token: Token, cues: dict) -> Token | None:
    """The victim noun a deed noun tells the circumstances of: "his death in an airstrike in
    August 2017", "her capture in a raid near Zenda": the death and the strike are one event,
    so the death's date and place are the strike's."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    noun = prep.head
    return noun if noun.lemma_.lower() in cues["victim_nouns"] else None


def telling_verb(token: Token, cues: dict) -> tuple[Token, Token] | None:
    """The verb that tells of the deed, and the clause that tells it: a speech verb whose
    reported clause holds the trigger ("media reported on 22 June that insurgents had been
    killed"), or a verb of accusation ("accused ARSA of murdering civilians", "blamed X for
    the killings")."""
    verb = governing_verb(token) or token
    for clause in (token, verb):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in cues["attribution_verbs"]:
            return clause.head, clause
    prep = token.head
    accusing = prep.head.lemma_.lower() in cues["accusation_verbs"]
    if token.dep_ in ("pcomp", "pobj") and prep.lower_ in ("of", "for") and accusing:
        return prep.head, prep
    return None


def telling_date(told: tuple[Token, Token], dates: list, cues: dict):
    """When the deed was told, from the telling verb's own modifiers, those the parser hung on
    the reported clause included ("officials said on Sunday they had ..."); `told`:
    telling_verb's verb and clause."""
    verb, clause = told
    ids = {t.i for t in verb.subtree} - {t.i for t in clause.subtree}
    return pick(verb, dates, ids | _speech_modifiers(clause, cues))


def _speech_modifiers(token: Token, cues: dict) -> set[int]:
    """In "officials said on Sunday they had dismantled a cell" the parser often hangs "on
    Sunday" on the reported verb; a modifier between the speech verb and the reported clause's
    subject dates the saying, not the deed."""
    head = token.head
    if token.dep_ != "ccomp" or head.lemma_.lower() not in cues["attribution_verbs"]:
        return set()
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or head.i > token.i:
        return set()
    first = min(t.i for t in subjects[0].subtree)
    return {
        t.i
        for c in token.children
        if head.i < c.i < first and c.dep_ in ("prep", "npadvmod", "advmod")
        for t in c.subtree
    }


def claiming_verb(token: Token, cues: dict) -> Token | None:
    """The verb of "claimed responsibility for the attacks": a claim is dated with its deed
    ("On 3 May the faction claimed the raids on two border posts")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "for":
        return None
    noun = prep.head
    if noun.lemma_.lower() not in cues.get("responsibility_words", ()) or noun.dep_ != "dobj":
        return None
    return noun.head if noun.head.pos_ in ("VERB", "AUX") else None


def subject_ids(token: Token) -> set[int]:
    """Token indices of a verb trigger's subject phrases."""
    return {t.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def governing_verb(token: Token) -> Token | None:
    """The verb whose argument or adjunct the trigger is: 'fell to a coup', 'AQIM perpetrated bombings'."""
    if token.dep_ in ("dobj", "nsubj", "nsubjpass", "advcl", "xcomp", "conj", "attr"):
        head = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        head = token.head.head
    else:
        return None
    return head if head != token and head.pos_ in ("VERB", "AUX") else None


def within(found: list[tuple[object, int, int]], doc: Doc, ids: set[int]) -> list:
    """Values whose span lies in the token set `ids`, nearest to the trigger first."""
    out = []
    for value, start, end in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and all(t.i in ids for t in span):
            out.append((value, start))
    return out


def pick(token: Token, found: list[tuple[object, int, int]], ids: set[int]):
    """The value in scope nearest to the trigger, or None."""
    inside = within(found, token.doc, ids)
    return min(inside, key=lambda v: abs(v[1] - token.idx))[0] if inside else None


def locative(doc: Doc, start: int, end: int, cues: dict, arguments: bool = True) -> bool:
    """A place named as where something happened: after a locative preposition ("in Gao"), as
    an argument ("seized Gao"), or modifying a place-like noun ("the In Amenas gas facility");
    not where support came from ("from the United States") nor whose forces ("Rwandan troops",
    "a U.S. drone strike")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    while len(span) > 1 and span[0].dep_ == "det":  # "the U.S.": the article is no root
        span = span[1:]
    root = span.root
    while root.dep_ == "conj":
        root = root.head
    if _fronted_preposition(span, cues):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of":  # "a swath of northern Mali"
        governor = root.head.head
        # "pushed out of Mogadishu", "north of Gao": a compound preposition
        return (
            governor.lemma_.lower() in cues["place_nouns"]
            or governor.lower_ in cues["locative_prepositions"]
        )
    if root.dep_ == "pobj" and root.head.lower_ == "to":  # "troops deployed to Somalia"
        return root.head.head.lemma_.lower() in cues["destination_words"]
    if root.dep_ == "pobj":
        return root.head.lower_ in cues["locative_prepositions"]
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        head = root.head
        if head.lemma_.lower() in cues["facility_nouns"]:
            return True
        # "in Borno state", "in Nigeria's Borno": a place's name on a place is where the
        # place is, if that place is where.
        if head.lemma_.lower() in cues["place_nouns"] or head.ent_type_ in ("GPE", "LOC"):
            return locative(doc, head.idx, head.idx + len(head), cues, arguments)
        return False
    # As a verb's argument a place is where ("seized Gao"), unless asked for settings only
    # ("Washington has finite resources" names a government, not a scene).
    return arguments


def _opening_preposition(word: Token, cues: dict) -> bool:
    return opening_preposition(word, cues["locative_prepositions"])


def _fronted_setting(child: Token, cues: dict) -> bool:
    """A place phrase opening the sentence that the parser made a subject (see
    `_opening_preposition`)."""
    first = child.doc[child.left_edge.i]
    return child.dep_ == "nsubj" and _opening_preposition(first, cues) and first.head == child


def _fronted_preposition(span, cues: dict) -> bool:
    """A place after an opening preposition the tagger took for part of its name."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1]
    return _opening_preposition(word, cues) and word.head.i in range(span.start, span.end)


def _token_at(doc: Doc, start: int) -> Token | None:
    """The token a character offset falls in."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span.root if span is not None else None


def beside_country(doc: Doc, place: Place, start: int, cues: dict) -> bool:
    """A country named as what a deed was near ("killed 28 soldiers near Mali"): a place
    beside that country, so not in it (a town "near Gao" is in Gao's country, and stays)."""
    if place.geo_precision != "country":
        return False
    root = _token_at(doc, start)
    if root is None:
        return False
    while root.dep_ in ("compound", "conj") and root.head != root:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in cues["proximity_prepositions"]


def names_the_deed(doc: Doc, place: Place, start: int, deeds: set[int]) -> bool:
    """A town or region an event noun is named after ("the Omagh bombing", "the Marrakesh
    attack"): where the deed was. A country so placed is whose deed it was ("U.S. strikes").
    A place, country or town, that an event noun is "of" is where the deed was done ("the
    invasion of Iraq", "the bombing of Sanaa")."""
    root = _token_at(doc, start)
    if root is None:
        return False
    if root.dep_ == "det" and root.i + 1 < len(doc):  # "the Benghazi attack"
        root = doc[root.i + 1]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i in deeds:
        return True
    if place.geo_precision not in ("city", "region"):
        return False
    while root.dep_ == "compound" and root.head.i not in deeds and root.head != root:
        root = root.head
    return root.dep_ in ("compound", "nmod") and root.head.i in deeds


def latest_year(doc: Doc, upto: int, current: int | None = None) -> int | None:
    """The last year named in the paragraph before char `upto` (for "In December"): a
    four-digit year, or one told from the year of writing (`current`: "this year", "last
    year"), which counts only where that year is known."""
    starts, years = _named_years(doc)
    k = bisect_left(starts, upto)  # the years are in text order: those before `upto`
    for year in reversed(years[:k]):
        if isinstance(year, int):
            return year
        if current is not None:
            return current + year[0]
    return None


# Years told from the year of writing: "this year", "last year", "next year" ("the previous
# year" is told from the story's year, "the past year" is a span: neither is here).
RELATIVE_YEARS = {"this": 0, "last": -1, "next": 1}


def _named_years(doc: Doc) -> tuple[list[int], list[int | tuple[int]]]:
    """Offsets and values of the paragraph's years, found once per parse: asked for every
    sentence, a scan each time made the paragraph quadratic. A year told from the year of
    writing is given as a one-tuple of its distance from it ("last year": (-1,))."""
    if "named_years" not in doc.user_data:
        found: list[tuple[int, int | tuple[int]]] = []
        for t in sentence_tokens(doc):
            if (
                t.like_num
                and len(t.text) == 4
                and t.text.isdigit()
                and 1900 <= int(t.text) <= 2100
                and not _attributive(t)
                and not _bounding(t)
                and not _aside(t)
            ):
                found.append((t.idx, int(t.text)))
            elif (told := _relative_year(t)) is not None and not _bounding(t) and not _aside(t):
                found.append((t.idx, (told,)))
        doc.user_data["named_years"] = ([s for s, _ in found], [y for _, y in found])
    return doc.user_data["named_years"]


def _relative_year(word: Token) -> int | None:
    """How many years from the year of writing "this year", "last year", "next year" lie
    (0, -1, 1); None for any other word, and for "the last year of the war"."""
    if word.lower_ != "year" or word.i == 0:
        return None
    before = word.doc[word.i - 1]
    if before.lower_ not in RELATIVE_YEARS or before.head != word:
        return None
    if any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
        return None
    return RELATIVE_YEARS[before.lower_]


def _bounding(year: Token) -> bool:
    """A year in a phrase that bounds another time ("the first fatality since 1998", "until
    1999"; dates.yaml's open_ended_words): the story has not reached it, so a bare "in June"
    after it is not in that year."""
    prep = next((t for t in year.ancestors if t.dep_ == "prep"), None)
    return prep is not None and bounds_time(prep)


def _aside(year: Token) -> bool:
    """A year told in passing: in a relative clause on a noun ("two leaders who had helped
    plan the 2015 attacks, and another involved in a plot in 2015") or in a clause that looks
    ahead ("the army later stated in April 2017 that he might be alive"). It dates what the
    aside tells, not the story, so a bare "On 4 December" stays in the year the story reached."""
    for node in (year, *year.ancestors):
        if node.dep_ == "relcl":
            return True
        if node.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "advmod" and c.lower_ in ("later", "subsequently") for c in node.children
        ):
            return True
    return False


def _attributive(year: Token) -> bool:
    """A year that names which deed a noun is ("one seized in the 1999 raid", "the 2011
    revolution"): it points back to another time and does not move the story to it, so a bare
    "on 15 March" after it stays in the year the story had reached."""
    head = year.head
    following = next((t for t in year.doc[year.i + 1 :] if not t.is_punct), None)
    return (
        year.dep_ in ("compound", "nummod", "amod", "nmod")
        and head.pos_ == "NOUN"
        and head.i > year.i
        # but the year of a date it opens: "the attempted 2009 Christmas bombing"
        and not (following is not None and following.ent_type_ == "DATE" and following != head)
    )


def other_deeds(trigger_ends: list[int], own: int, doc: Doc) -> tuple[int, ...]:
    """Of the sentence's triggers (`trigger_ends`: the offset of each one's last character),
    those other than the one at index `own`, less the verbs conjoined with it: "the movement broke
    apart and renamed itself the Dawn Front in 2004" tells two deeds of one time."""
    token = _token_at(doc, trigger_ends[own])
    joined = {t.i for t in token.conjuncts} if token is not None else set()
    out = []
    for k, end in enumerate(trigger_ends):
        other = _token_at(doc, end)
        if k == own or (other is not None and other.i in joined and other.pos_ == "VERB"):
            continue
        out.append(end)
    return tuple(out)
