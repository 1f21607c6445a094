"""Extract everything one document states: event mentions, relation mentions, named actors."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial

from flows.extract.certainty import assess_relation
from flows.extract.claimed_deeds import claimed_deed
from flows.extract.dated_lists import LIST_TIME, leading_date, opens_list, record_item, tells_past
from flows.extract.dates.clauses import on_main_line, story_dates, told_later
from flows.extract.dates.intervals import DateValue, date_rules, parse_date
from flows.extract.dates.items import ItemDay, item_day
from flows.extract.dates.narrative import (
    ReferenceTime,
    bounded_by_next,
    date_lede,
    narrative_date,
    sentence_date,
    told_after,
)
from flows.extract.dates.sentence_dates import find_dates
from flows.extract.dates.story_months import story_months
from flows.extract.event_mention import EventMention, shift
from flows.extract.event_scope import latest_year, other_deeds, pick
from flows.extract.events import VIOLENT_TYPES, SentenceContext, sentence_events
from flows.extract.nlp.recurring_names import recurring_organisations
from flows.extract.nlp.surnames import lone_surnames_as_persons
from flows.extract.parsed import doc_entities, doc_text, sentence_text
from flows.extract.places.gazetteer import Place
from flows.extract.places.paragraph_countries import (
    acting_among_others,
    countries_named,
    countries_of,
    country_counts,
    document_countries,
    dominant_country,
    paragraph_places,
    sole_country,
)
from flows.extract.relations import find_relations
from flows.extract.resources import Resources
from flows.extract.roles.mentions import ACTOR_ENT_LABELS, Mention
from flows.extract.sections import Heading, heading_country, heading_year, readings, value_before
from flows.extract.segment import Segment
from flows.extract.suspicions import suspected_deed
from flows.extract.table_rows import RowContext, apply_rows, bare_date_year, month_at

# Dependencies by which a name qualifies the noun after it: "al-Qaeda [militants]",
# "al-Qaeda's [militants]" (a possessive names the same people as the compound). Measured
# (issue 9, possessive added): blind relations .5628 -> .5652; blind F1/perp, dev, synthetic
# unchanged.
MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")


@dataclass(frozen=True)
class EntityMention:
    """A named actor candidate in the normalised text."""

    mention: Mention
    paragraph_index: int
    is_subject: bool = False  # the name is a clause's subject: the likeliest thing "it" points to
    is_main_subject: bool = False  # ...of its sentence's main clause, likelier still
    modifies: str = ""  # lemma of the noun the name modifies: "al-Qaeda [militants]"
    word_before: str = ""  # lower-cased word before the name: "[core] Al Qaeda"


@dataclass(frozen=True)
class RelationMention:
    """A relation stated in a document, actors not yet resolved. Offsets: normalised text."""

    doc_id: str
    relation_type: str
    subject: Mention
    object: Mention
    date: DateValue | None
    certainty: str
    clause_start: int
    clause_end: int
    paragraph_index: int


@dataclass
class DocumentExtraction:
    doc_id: str
    events: list[EventMention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)


def relation_scope(anchor) -> set[int]:
    """The anchor's phrase without its subordinate clauses (their dates are theirs)."""
    ids = {t.i for t in anchor.subtree}
    for child in anchor.children:
        if child.dep_ in ("advcl", "relcl", "ccomp", "acl"):
            ids -= {t.i for t in child.subtree}
    return ids


def extract_relations(
    seg: Segment,
    sent,
    ctx: SentenceContext,
    doc_id: str,
    resources: Resources,
    dates: list | None = None,
) -> list[RelationMention]:
    """Relations the sentence states; `dates`: its `find_dates`, when read already."""
    found = find_relations(sent, resources.relation_cues)
    if not found:
        return []
    if dates is None:
        dates = find_dates(sent, ctx.published, ctx.context_year)
    out = []
    for rel in found:
        certainty = assess_relation(rel.anchor, sent, resources.lexicon)
        if certainty is None:
            continue
        when = pick(rel.anchor, dates, relation_scope(rel.anchor))
        if when is None and rel.date_hint:
            when = parse_date(rel.date_hint, ctx.published, ctx.context_year)
        out.append(
            RelationMention(
                doc_id,
                rel.relation_type,
                shift(rel.subject, seg.start),
                shift(rel.object, seg.start),
                when,
                certainty,
                seg.start + sent.start_char,
                seg.start + sent.end_char,
                seg.index,
            )
        )
    return out


def extract_document(
    doc_id: str,
    published: date | None,
    segments: list[Segment] | Callable[[], Iterable[Segment]],
    resources: Resources,
    items: list[ItemDay] | None = None,
    published_year: int | None = None,
    sections: list[Heading] | None = None,
    rows: list[RowContext] | None = None,
) -> DocumentExtraction:
    """Run every extractor over every sentence of the document's body paragraphs.

    `items`: a news digest's dated items (flows/extract/dates/items.py); `rows`: a table's
    data rows, each one record (flows/extract/table_rows.py). `segments` is the
    parsed paragraphs, or, for a long document, a function that parses them
    anew on each call: the document is then read twice (once for the countries it is about,
    once to extract), holding one batch of parses at a time, so memory stays bounded.
    """
    passes = segments if callable(segments) else (lambda: segments)
    found: set[str] = set()
    places: list[list[tuple[Place, bool]]] = []
    named: list[list[str]] = []  # the countries each paragraph names in any use, per mention
    title_places: list[tuple[Place, bool]] = []
    for seg in passes():
        here = countries_named(seg, resources)
        found |= set(here)
        if seg.kind == "title":
            title_places = paragraph_places(seg, resources)
        else:
            places.append(paragraph_places(seg, resources))
            named.append(here)
    national = frozenset(found)
    per_paragraph = [countries_of(p, national) for p in places]
    unsettled = [acting_among_others(p, national, n) for p, n in zip(places, named, strict=True)]
    title_countries = countries_of(title_places, national)
    result = _extract(
        doc_id,
        published,
        passes(),
        per_paragraph,
        title_countries,
        national,
        resources,
        items,
        unsettled,
        published_year,
        sections,
    )
    if rows:  # a table's row is one record
        result.events = apply_rows(
            result.events,
            result.entities,
            rows,
            resources.gazetteer,
            published,
            partial(bare_date_year, published, published_year, sections or [], rows),
            sorted(national),
            partial(month_at, sections or [], rows),
        )
    return result


def _extract(
    doc_id: str,
    published: date | None,
    segments: Iterable[Segment],
    per_paragraph: list[dict[str, int]],
    title_countries: dict[str, int],
    national: frozenset[str],
    resources: Resources,
    items: list[ItemDay] | None = None,
    unsettled: list[bool] | None = None,
    published_year: int | None = None,
    sections: list[Heading] | None = None,
) -> DocumentExtraction:
    """`unsettled`: per body paragraph, whether it is set in no country (`acting_among_others`)."""
    result = DocumentExtraction(doc_id)
    counts = country_counts(per_paragraph)
    countries = document_countries(counts)
    lede = (per_paragraph[0] if per_paragraph else {}) or title_countries
    dominant = dominant_country(counts)
    written = published.year if published else published_year  # for "last year"
    story_year = written
    body = (seg for seg in segments if seg.kind == "body")
    section_year = None
    section_years = readings(sections or [], heading_year)
    country_reader = partial(heading_country, gazetteer=resources.gazetteer)
    section_countries = readings(sections or [], country_reader)
    reference = ReferenceTime(None, -1)
    news = published is not None
    untimed: list = []  # deeds a news story told before it named the day
    storyless = date_rules().types_not_dated_by_story
    bounded_precisions = date_rules().bounded_story_precisions
    unsettled = unsettled or [False] * len(per_paragraph)
    surnames: set[str] = set()  # family names of the people named so far
    organisations: set[tuple[str, ...]] = set()  # organisation names tagged so far
    header: list[EventMention] = []  # the deeds the line introducing a dated list names
    for seg, own, among_others in zip(body, per_paragraph, unsettled, strict=True):
        headed = value_before(section_years, seg.start)
        if published is None and headed is not None and headed != section_year:
            # a section's heading names its year: the story is in it from there on
            story_year = section_year = headed
        # a section headed by a country's name is about that country ("## Ruritania")
        section = value_before(section_countries, seg.start)
        opening = {section: 1} if section else lede
        paragraph_country = None if among_others else sole_country(own, opening, dominant)
        outvotes = paragraph_country is not None and len(own) > 1
        lone_surnames_as_persons(seg.doc, surnames)
        recurring_organisations(seg.doc, organisations)
        for ent in doc_entities(seg.doc):
            if ent.label_ in ACTOR_ENT_LABELS:
                m = Mention(
                    ent.text,
                    seg.start + ent.start_char,
                    seg.start + ent.end_char,
                    ent.label_,
                    ent.ent_id_,
                )
                root = ent.root  # spaCy works it out anew on each access
                holder = root.head if root.dep_ == "appos" else root
                subject = holder.dep_ in ("nsubj", "nsubjpass")
                main = subject and holder.head.dep_ == "ROOT"
                # "al-Qaeda's fighters" names the fighters as "al-Qaeda fighters" does
                modifier = root.dep_ in MODIFIER_DEPS and root.head.i > root.i
                before = seg.doc[ent.start - 1].lower_ if ent.start > 0 else ""
                result.entities.append(
                    EntityMention(
                        m,
                        seg.index,
                        subject,
                        main,
                        root.head.lemma_.lower() if modifier else "",
                        before,
                    )
                )
        # the date the paragraph opens with when it is a dated list's item; `lead` while the
        # item's sentences have told nothing past it ("3 March 2014:" parsed as a sentence)
        item = lead = sent = None
        told_in_item: list[EventMention] = []
        bounded: list[EventMention] = []  # dated by a coarse story time in the sentence before
        events_of = partial(
            sentence_events,
            offset=seg.start,
            doc_id=doc_id,
            lexicon=resources.lexicon,
            gazetteer=resources.gazetteer,
        )
        for sent in seg.doc.sents:
            # A bare month ("that September") takes the last year named up to the end of its sentence,
            # else the publication's.
            # A text with no publication date (an encyclopedia article, a report) tells its
            # story in order: a bare "On 12 June" is in the year last named before it.
            year = latest_year(seg.doc, sent.end_char, written) or story_year
            # a digest's item is a story of its own day (flows/extract/dates/items.py)
            day = item_day(items or [], seg.start + sent.start_char, seg.start + sent.end_char)
            when, year = (published, year) if day is None else (day, day.year)
            ctx = SentenceContext(when, year, countries, paragraph_country, national, outvotes)
            dates = find_dates(sent, when, year)
            # "The following February": the first February after the story's time
            story = reference.date if reference.holds(seg.index) and day is None else None
            dates = story_months(dates, doc_text(seg.doc), story)
            # a chronicle's deed told after a coarse time lies between it and the next one
            bounded = bounded_by_next(bounded, dates)
            if sent.start == 0:
                lead = item = leading_date(sent, dates)
            found = events_of(sent, ctx=ctx, dates=dates, listed=lead[0] if lead else None)
            if not found:
                # "Sources suspect the ZLF.", "The ZLF claimed responsibility.": whom the deed
                # told before is suspected of or claimed by (the cheap test of the sentence's
                # verbs first, the document's deeds only then)
                cues = resources.lexicon.cues
                suspected = suspected_deed(sent, seg.start, doc_id, cues) or claimed_deed(
                    sent, seg.start, doc_id, cues
                )
                if suspected and any(e.event_type in VIOLENT_TYPES for e in result.events):
                    found = [suspected]
            told_in_item += found if lead else []
            if lead and tells_past(sent, lead):
                # an item naming no deed of its own records the deed its list's header names
                found = record_item(header, found, told_in_item, seg.doc, seg.start, lead)
                lead = None
            told = [d for d, _, _ in dates if d.start is not None]
            after = told_after(sentence_text(sent))
            moved = None  # the story's time as this sentence's own phrase moved it
            if reference.holds(seg.index) and not after:
                # "The following month, ...": the story moves on from where it was
                moved = narrative_date(sentence_text(sent), reference.date)
                reference = ReferenceTime(moved, seg.index) if moved else reference
            ends = [o.trigger_end - 1 - seg.start for o in found]
            for k, ev in enumerate(found):
                ev.paragraph_index = seg.index
                ev.item = seg.index if item else -1
                if day is not None:  # told with no date of its own: on the item's day
                    ev.narrative_date = (
                        DateValue(day, day, "day", str(day)) if ev.date is None else None
                    )
                    result.events.append(ev)
                    continue
                violent = ev.event_type in VIOLENT_TYPES
                # a campaign or a summarised act is no episode of the story: the story's time
                # does not date it (dates.yaml types_not_dated_by_story), unless it is told
                # as a verb of the sentence's main clause, the story's foreground
                storied = ev.date is None and (
                    ev.event_type not in storyless
                    or on_main_line(
                        seg.doc, ev.trigger_start - seg.start, ev.trigger_end - seg.start
                    )
                )
                if ev.date is None and told:
                    # the sentence's date, though not in the event's phrase, before the date
                    # the story had reached: "rebranded AQI to form the MSC in January 2006"
                    ev.narrative_date = sentence_date(
                        dates, ev.trigger_start - seg.start, other_deeds(ends, k, seg.doc)
                    )
                elif storied and reference.dates_deed(seg.index, violent, news):
                    ev.narrative_date = reference.date
                    at = (ev.trigger_start - seg.start, ev.trigger_end - seg.start)
                    if moved is None and told_later(seg.doc, *at, reference.date):
                        # "The council later released Rupert": after a coarse time, from it on
                        ev.narrative_date = replace(reference.date, open_end=True)
                    elif (
                        not news
                        and not after
                        and moved is None
                        and reference.date.precision in bounded_precisions
                    ):
                        bounded.append(ev)
                elif storied and violent and news:
                    untimed.append(ev)
                if after and ev.narrative_date is not None:
                    # "In the following weeks the ZLF took Zenda": from then on
                    ev.narrative_date = replace(ev.narrative_date, open_end=True)
                result.events.append(ev)
            moving = story_dates(sent, dates)
            if moving and day is None:
                reference = ReferenceTime(moving[-1], seg.index)
            if told and day is None:
                untimed = date_lede(untimed, told)
            result.relations += extract_relations(seg, sent, ctx, doc_id, resources, dates)
        bounded = bounded_by_next(bounded, [])  # the paragraph names no later time
        header = header if item else []
        # a line introducing a list names the deed its items record ("Here are the ZLF
        # leaders killed in the air campaign:"): its deeds, read as the items' dates anchor them
        if sent is not None and opens_list(sent):
            header = events_of(sent, ctx=ctx, dates=dates, listed=LIST_TIME)
        if published is None:
            story_year = latest_year(seg.doc, len(doc_text(seg.doc)), written) or story_year
    return result
