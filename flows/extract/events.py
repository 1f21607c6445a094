"""Event mentions: each factual trigger with its roles, date, place, counts and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from flows.extract.certainty import assess
from flows.extract.conjunct_events import split_conjuncts
from flows.extract.counted_deeds import split_counted
from flows.extract.counts import Casualties, count_token_ids, extract_casualties
from flows.extract.dates.clauses import deed_dates
from flows.extract.dates.dangling import dangling_dates
from flows.extract.dates.intervals import DateValue, find_dates
from flows.extract.event_scope import (
    beside_country,
    locative,
    names_the_deed,
    pick,
    scope,
    subject_ids,
    telling_date,
    telling_verb,
)
from flows.extract.parsed import sentence_text, sentence_tokens
from flows.extract.places.events import (
    home_of_agency,
    inferred_country,
    outvoted_place,
    owner_country,
)
from flows.extract.places.named import Gazetteer, Place, places_in_sentence
from flows.extract.places.occasions import occasion_place
from flows.extract.retellings import (
    definite_noun,
    known_victims,
    told_before,
    toll_of_deed_told_here,
    toll_only,
    undatable_day_noun,
)
from flows.extract.roles.bracket_aliases import without_bracketed_aliases
from flows.extract.roles.mentions import Mention, mentions
from flows.extract.roles.nationality_doers import without_place_adjectives
from flows.extract.roles.office_roles import office_parties
from flows.extract.roles.sentence_doers import sole_group, sole_state
from flows.extract.roles.syntax import fought_with, governing_doer, parent_groups, partners, roles
from flows.extract.roles.victims import named_victims
from flows.extract.state_organs import organ_state
from flows.extract.triggers.absorbed import absorbing_parent
from flows.extract.triggers.deed_types import (
    by_instrument,
    consequence_of_deed,
    many_dead,
    state_body_formed,
    strike_from_air,
)
from flows.extract.triggers.lexicon import Lexicon
from flows.extract.triggers.sentence import TriggerMatch, find_triggers
from schemas.vocab import VIOLENT_EVENT_TYPES

VIOLENT_TYPES = frozenset(VIOLENT_EVENT_TYPES)
# Life events whose every party is a doer, as the codebook lists them
JOINT_TYPES = frozenset({"group_formation", "rename", "alliance"})
# the deeds a fight can frame with the one struck as its target ("killed in a shootout
# with the guards", "shot in a firefight with the troops"): the other side of the fight did it
FOUGHT_DEED_TYPES = frozenset({"killing", "attack"})


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
    anaphoric: bool = False  # "claimed the raid": a re-mention of an event told before
    # An undated mention's date from the narrative around it (`ReferenceTime`): published when
    # the event has no date of its own, never used to decide which mentions are one event.
    narrative_date: DateValue | None = None
    # The perpetrator is the sentence's only group, not a doer the parse found (`sole_group`):
    # a guess good enough to publish, too weak to decide which mentions are one event.
    inferred_doer: bool = False
    # The n-th of the conjoined deeds one trigger tells (`conjunct_events`); 0 for the first
    part: int = 0
    # The trigger puts someone in office ("parliament elected X as President"): X is the one
    # named, not a head of state acting for the state (`state_heads`)
    names_to_office: bool = False


@dataclass(frozen=True)
class SentenceContext:
    """What the sentence's surroundings tell: publication date, year in force, countries named."""

    published: object
    context_year: int | None
    countries: tuple[str, ...]
    paragraph_country: str | None = None  # the only country the paragraph (or lede) names
    national: frozenset[str] = frozenset()  # countries the document names as such
    # the paragraph names other countries beside paragraph_country (it is the most named)
    paragraph_outvotes: bool = False


def generic_form(
    token: Token,
    date: DateValue | None,
    place: Place | None,
    counts: Casualties,
    cues: dict,
    campaign: bool = False,
) -> str | None:
    """Why a trigger names a kind of event rather than one event, or None. `campaign`: a
    state's forces' operations (`state_campaign`), one event though plural and undated."""
    if token.dep_ == "pobj" and token.head.lower_ in cues["comparison_words"]:
        return "comparison"
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and token.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children)
    ):
        return "idiom"  # "in agreement with the plan", "in accord with"
    if (
        token.tag_ == "NNS"
        and token.lemma_.lower() in cues["activity_nouns"]
        and not any(c.dep_ in ("amod", "compound", "nummod", "nmod") for c in token.children)
    ):
        return "a group's activity"  # "resumed operations in 2011", "expanded its operations"
    if date is not None:
        return None
    if token.tag_ == "VBG" and token.dep_ in (
        "pcomp",
        "pobj",
        "csubj",
        "xcomp",
        "acl",
        "nsubj",
        "dobj",
        "amod",
    ):
        return "gerund"
    auxes = [c for c in token.children if c.dep_ == "aux"]
    if token.dep_ == "conj" and not auxes:  # "It has seized and murdered hostages"
        auxes = [c for c in token.head.children if c.dep_ == "aux"]
    has_count = any(c is not None for c in (counts.killed, counts.injured, counts.hostages))
    perfect = any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    if token.pos_ == "VERB" and perfect and place is None and not has_count:
        return "present perfect without date, place or count"
    counted = any(c.dep_ == "nummod" for c in token.children)  # "six strikes", "two attacks"
    if token.tag_ in ("NNS", "NNPS") and not has_count and not counted and not campaign:
        return "plural without date or count"
    return None


def state_campaign(match: TriggerMatch, doers: list[Mention], cues: dict) -> bool:
    """Operations or offensives by a state or its forces ("Kenyan troops carried out military
    operations against the group", PLOVER MOBILIZE/FIGHT by a state): the campaign the
    codebook's military_operation is, though plural and undated; a group's are its activity."""
    return (
        match.event_type == "military_operation"
        and match.token.tag_ == "NNS"
        and any(
            d.ent_id in cues["state_actors"]
            or d.label in ("GPE", "NORP")
            or d.text.lower().split()[-1] in cues["force_agents"]
            for d in doers
        )
    )


def anchored(
    token: Token,
    place: Place | None,
    counts: Casualties,
    perps: list[Mention],
    targets: list[Mention],
    date: DateValue | None,
) -> bool:
    """A trigger names one event only with a date, place, count or named actor (nominal
    ones may instead be definite with a proper-noun modifier: "the In Amenas attack")."""
    if date is not None or place is not None:
        return True
    if any(c is not None for c in (counts.killed, counts.injured, counts.hostages)):
        return True
    named = [p for p in perps + targets if p.label != "NOUN"]
    if token.pos_ not in ("NOUN", "PROPN"):
        return bool(named)
    proper_modifier = any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in token.children
    )
    definite = any(c.lower_ in ("the", "this", "that") for c in token.children)
    return bool(named) or (proper_modifier and definite)


def sentence_events(
    sent: Span,
    offset: int,
    doc_id: str,
    ctx: SentenceContext,
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    dates: list | None = None,
) -> list[EventMention]:
    """Event mentions of one sentence; `offset` shifts Doc offsets to the normalised text.
    `dates`: the sentence's `find_dates`, when the caller has read them already."""
    matches = find_triggers(sent, lexicon)
    if not matches or is_title_line(sent):
        return []
    # "signed the Good Friday Agreement", "declared a ceasefire": the noun completes the verb's
    # trigger, one event
    matches = [
        m
        for m in matches
        if not any(
            o is not m and m.token.head == o.token and m.token.lemma_.lower() in o.entry.child_lemma
            for o in matches
        )
    ]
    doc, cues = sent.doc, lexicon.cues
    if dates is None:
        dates = find_dates(sent, ctx.published, ctx.context_year)
    deeds = {m.token.i for m in matches}
    places = [
        p
        for p in places_in_sentence(sent, gazetteer, ctx.countries, ctx.national)
        if (locative(doc, p[1], p[2], cues) and not beside_country(doc, p[0], p[1], cues))
        or names_the_deed(doc, p[0], p[1], deeds)
    ]
    casualties = extract_casualties(sent)
    parents = {m.token.i: absorbing_parent(m, matches) for m in matches}
    kept = [m for m in matches if parents[m.token.i] is None]
    counted = count_holder(kept, count_token_ids(sent, casualties))
    out: dict[int, EventMention] = {}
    tokens = [m.token for m in matches]

    def mention_of(match: TriggerMatch, counts: Casualties) -> EventMention | None:
        return build_mention(match, sent, offset, doc_id, dates, places, counts, lexicon, tokens)

    for match in kept:
        counts = casualties if match is counted else Casualties(None, None, None)
        event = mention_of(match, counts)
        if event is not None:
            _place_unnamed(event, match.token, gazetteer, cues, ctx.paragraph_country)
            event.place = outvoted_place(event, ctx.paragraph_outvotes)
            out[match.token.i] = event
    for match in matches:  # an absorbed trigger's victims are its parent's targets
        parent = parents[match.token.i]
        holder = out.get(parent.token.i if parent is not None else match.token.i)
        if holder is None:
            continue
        perps, targets = roles(match.token, cues)
        if parent is not None:
            holder.targets += [shift(m, offset) for m in targets]
            if not holder.perpetrators:
                # "U.S. forces killed him during a raid": who killed is who raided; in "the
                # attack killed nine" the killer is the attack itself, no doer
                at = parent.token.idx
                # "shot in a firefight with the troops": whom the one shot fought shot them
                if match.entry.setting and parent.event_type in FOUGHT_DEED_TYPES:
                    perps = perps + mentions(fought_with(match.token))
                elif parent.entry.setting and match.event_type in FOUGHT_DEED_TYPES and not perps:
                    perps = mentions(fought_with(parent.token))
                doers = [shift(m, offset) for m in perps if not m.start <= at < m.end]
                # "five soldiers died in clashes with X": the one who died is no doer
                struck = {(t.start, t.end) for t in holder.targets}
                holder.perpetrators = [m for m in doers if (m.start, m.end) not in struck]
                if holder.perpetrators and toll_of_deed_told_here(parent.token, cues):
                    holder.anaphoric = False
            if holder.date is None or holder.place is None:
                # "he was killed by an airstrike on 3 May 2011": the clause the strike
                # details says when and where
                _inherit_scope(holder, mention_of(match, Casualties(None, None, None)))
        if match.event_type == "killing" and holder.casualties.killed is None:
            one = named_victims(targets, doc, cues)
            if one is not None:
                holder.casualties = replace(holder.casualties, killed=one)
    triggers = {m.token.i for m in matches}
    for i, event in out.items():
        # "the 1998 Omagh bombing": the town a deed is named after is where, not who
        event.perpetrators = [
            m
            for m in event.perpetrators
            if not any(p is event.place and s <= m.start - offset < e for p, s, e in places)
        ]
        doers = [p.text for p in event.perpetrators]
        event.event_type = by_instrument(doc[i], event.event_type, cues, doers)
        event.perpetrators = without_place_adjectives(
            event.perpetrators, doc[i], event.event_type, gazetteer, offset
        )
        if event.event_type == "attack" and strike_from_air(
            doc[i], event.perpetrators, cues, triggers
        ):
            event.event_type = "airstrike"
        if event.event_type == "killing" and consequence_of_deed(doc[i], triggers):
            event.event_type = by_instrument(doc[i].head, "attack", cues)
        elif event.event_type == "killing" and many_dead(doc[i], event.casualties, cues):
            event.event_type = by_instrument(doc[i], "attack", cues)
        if event.event_type == "group_formation" and state_body_formed(doc[i], cues):
            event.event_type = "political_event"
        if event.event_type in JOINT_TYPES:
            # the codebook's parties: a formation's founders and the new group, a renaming's
            # group, an alliance's every party
            joined = [shift(m, offset) for m in partners(doc[i])]
            event.perpetrators = event.perpetrators + event.targets + joined
            event.targets = []
        event.perpetrators = without_bracketed_aliases(event.perpetrators, doc.text, offset)
        if event.event_type == "leadership_change":  # "named X as its emir": X and "its"
            held = {(m.start, m.end) for m in event.perpetrators + event.targets}
            parties = [shift(m, offset) for m in office_parties(doc[i], cues)]
            event.perpetrators += [m for m in parties if (m.start, m.end) not in held]
        if event.event_type == "group_split":  # the parent it left is the target
            left = [shift(m, offset) for m in parent_groups(doc[i])]
            event.targets += [m for m in left if m not in event.perpetrators]
        if event.event_type == "political_event":
            # "Kenya's Counter-Terrorism Review Board declared": Kenya's act
            event.perpetrators = [organ_state(m, doc, offset) for m in event.perpetrators]
        if event.event_type == "political_event" and not event.perpetrators:
            state = sole_state(sent, event, offset, cues)
            if state is not None:
                event.perpetrators, event.inferred_doer = [shift(state, offset)], True
        # "Gunmen attacked a village as the Front stepped up its campaign": unnamed agents
        # the parse reached are the sentence's only group, as for no doer at all (measured:
        # blind perpetrators 0.5221 -> 0.5310, dev and synthetic unchanged; with any unnamed
        # noun, a pronoun-like "the one", dev lost one)
        unnamed = all(
            m.label == "NOUN" and m.text.split()[-1].lower() in cues["agent_nouns"]
            for m in event.perpetrators
        )
        if event.event_type in VIOLENT_TYPES and unnamed:
            group = sole_group(sent, event, offset, cues)
            if group is not None:
                event.perpetrators, event.inferred_doer = [shift(group, offset)], True
    return [
        part
        for i, event in out.items()
        for part in split_counted(
            split_conjuncts(event, doc[i], tokens, dates, places, cues), doc[i]
        )
    ]


def is_title_line(sent: Span) -> bool:
    """A line with no verb and no closing stop ("The 2015 market bombing") names an event,
    as a title, a caption or a list of links does; it tells none. (The stop matters: the model
    sometimes tags a sentence's only verb as an adjective.)"""
    words = [t for t in sentence_tokens(sent) if not t.is_punct or t.text in ".!?"]
    return (
        bool(words)
        and words[-1].text not in (".", "!", "?")
        and not any(t.pos_ in ("VERB", "AUX") for t in sentence_tokens(sent))
    )


def when_date(token: Token, dates: list) -> DateValue | None:
    """'until 1969, when General Barre took control in a coup': a clause hung on a date by
    "when" tells what happened then."""
    for node in (token, *token.ancestors):
        if node.dep_ != "relcl" or not any(c.lower_ == "when" for c in node.children):
            continue
        at = node.head.idx
        return next((d for d, start, end in dates if start <= at < end), None)
    return None


def fronted_date(sent: Span, dates: list) -> DateValue | None:
    """The sentence's only date when it opens the sentence ("On 3 May, a drone strike
    ... killed X"): a fronted time adverbial sets the time of everything the sentence
    tells, whatever the parser hung it on."""
    if len(dates) != 1:
        return None
    value, start, _ = dates[0]
    lead = sent.doc.text[sent.start_char : start].split()
    return value if len(lead) <= 2 and all(w[:1].isalpha() for w in lead) else None


def _inherit_scope(holder: EventMention, detail: EventMention | None) -> None:
    if detail is None:
        return
    if holder.date is None:
        holder.date = detail.date
    if holder.place is None:
        holder.place = detail.place


def _place_unnamed(
    event: EventMention, token: Token, gazetteer: Gazetteer, cues: dict, country: str | None
) -> None:
    """Where the text supports it, a place for an event none was named for (event_places.py)."""
    if event.place is None and event.event_type in cues["domestic_event_types"]:
        owner = owner_country(token, gazetteer)
        if owner is not None:  # "Tunisia's revolution": the place, not the perpetrator
            event.place, owner_token = owner
            start = event.trigger_end - len(token) - (token.idx - owner_token.idx)
            event.perpetrators = [m for m in event.perpetrators if m.start != start]
            if not event.perpetrators and token.pos_ in ("NOUN", "PROPN"):
                # "X won the Ruritanian presidential election": the clause's doer, as for a noun
                # no word qualifies
                offset = event.trigger_end - len(token) - token.idx
                doers = mentions(governing_doer(token, cues))
                event.perpetrators = [shift(m, offset) for m in doers]
    if event.place is None and event.event_type in cues["enforcement_event_types"]:
        event.place = home_of_agency(token, gazetteer, cues)
    if event.place is None:
        event.place = inferred_country(event.event_type, country)
    elif event.place.country is None and event.place.geo_precision == "city":
        inferred = inferred_country(event.event_type, country)  # a town of unknown country
        if inferred is not None:
            event.place = replace(event.place, country=inferred.country)


def count_holder(matches: list[TriggerMatch], numbers: set[int]) -> TriggerMatch | None:
    """The one violent trigger a sentence's casualty counts belong to: the innermost, if unique.

    "attacks, including a January 2013 strike ... in which 38 hostages died": the strike.
    Several side by side ("stepped up attacks, including a bombing that killed 40"): the one
    whose phrase holds the counted numbers (token indices `numbers`), if unique.
    """
    violent = [m for m in matches if m.event_type in VIOLENT_TYPES]
    innermost = [
        m for m in violent if not any(o is not m and o.token in m.token.subtree for o in violent)
    ]
    if len(innermost) > 1:
        innermost = [m for m in innermost if numbers & {t.i for t in m.token.subtree}]
    return innermost[0] if len(innermost) == 1 else None


def build_mention(
    match: TriggerMatch,
    sent: Span,
    offset: int,
    doc_id: str,
    dates: list,
    places: list,
    casualties: Casualties,
    lexicon: Lexicon,
    others: list[Token],
) -> EventMention | None:
    """One event mention, or None when the trigger reports no single factual event."""
    token, cues = match.token, lexicon.cues
    verdict = assess(token, sent, lexicon, known_past=token.lower_ in match.entry.forms)
    if verdict.certainty is None:
        return None
    ids = scope(token, others, cues)
    dates, bound = deed_dates(token, dates)  # not those of another noun's or deed's clause
    # A date or place inside the subject belongs to the subject ("troops, deployed since 2021,
    # killed ..."; "fighters from Borno attacked ...").
    # ... unless the parser took a preposition's date into it ("on 9 June four men ...")
    own = (ids - subject_ids(token)) | dangling_dates(token.doc, ids, dates)
    # its own phrase's date before the one of the verb it hangs on: "started in the 1990s
    # and seized the capital in 2014"
    inner = own & {t.i for t in token.subtree}
    date = pick(token, dates, inner) or pick(token, dates, own) or pick(token, dates, ids)
    place = pick(token, places, own) or pick(token, places, ids) or occasion_place(token, places)
    sole = dates[0][0] if len(others) == 1 and len(dates) == 1 else None
    told = telling_verb(token, cues)  # "said that ...", "accused X of ..."
    reported = told is not None
    if date is None and token.tag_ in ("VBD", "VBN") and not reported:
        date = sole  # one event, one date in the sentence: "in 2002, but forces killed him"
    if date is None and not reported:
        date = fronted_date(sent, dates)
    if date is None:
        date = when_date(token, dates)
    if date is None and told is not None:
        # "police said on Sunday that gunmen had killed five": the day it was told, the
        # nearest the text comes to the deed's (the annotators' date for such reports)
        date = telling_date(told, dates, cues)
    # A reported deed the sentence's only date singles out, though it dates the telling.
    # A clause bounding the deed by another ("two years after X seized it in 2014") too.
    anchor = date or (sole if reported else None) or bound
    counts = casualties
    perps, targets = roles(token, cues)
    campaign = state_campaign(match, perps, cues)
    if generic_form(token, anchor, place, counts, cues, campaign) or not anchored(
        token, place, counts, perps, targets, anchor
    ):
        return None
    start, end = clause_bounds(sent, token)
    first = token.doc[token.i - len(match.entry.words) + 1]
    return EventMention(
        doc_id,
        match.event_type,
        match.text,
        offset + first.idx,
        offset + token.idx + len(token),
        offset + start,
        offset + end,
        verdict.certainty,
        date,
        place,
        counts,
        [shift(m, offset) for m in perps],
        [shift(m, offset) for m in targets],
        anaphoric=told_before(token, cues)
        or (undatable_day_noun(token, date) and not perps)
        or (
            date is None
            and ((place is None and definite_noun(token, cues)) or known_victims(token, cues))
        )
        or (date is None and place is None and not perps and toll_only(token, counts, cues)),
        names_to_office=puts_in_office(token, cues),
    )


def puts_in_office(token: Token, cues: dict) -> bool:
    """Whether a trigger names someone to an office: "elected", "was appointed", "his election",
    "took office" (the one taking it is put in office, not acting for the state)."""
    lemma = token.lemma_.lower()
    if lemma in cues["appointment_verbs"] or lemma in cues["appointment_nouns"]:
        return True
    taken = cues.get("taken_offices", ())
    return lemma == "take" and any(c.lemma_.lower() in taken for c in token.children)


def shift(mention: Mention, offset: int) -> Mention:
    """Move a mention's Doc offsets into the normalised text."""
    return Mention(
        mention.text, mention.start + offset, mention.end + offset, mention.label, mention.ent_id
    )


def clause_bounds(sent: Span, token: Token, max_chars: int = 400) -> tuple[int, int]:
    """The sentence, or for a long one the words around the trigger, as Doc char offsets."""
    if len(sentence_text(sent)) <= max_chars:
        return sent.start_char, sent.end_char
    lo, hi = token.idx - max_chars // 2, token.idx + max_chars // 2
    toks = [t for t in sentence_tokens(sent) if t.idx >= lo and t.idx + len(t) <= hi]
    return toks[0].idx, toks[-1].idx + len(toks[-1])
