"""Assemble the published tables' records from resolved extractions (plain dicts, one per row)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from flows.actor_records import ActorRecord
from flows.extract.document import DocumentExtraction, RelationMention
from flows.extract.event_places import LIFECYCLE_TYPES
from flows.extract.events import EventMention
from flows.extract.mentions import Mention
from flows.extract.places import Place
from flows.formats import quote_from_view
from flows.formats.pdf import page_at
from flows.generic_agents import GENERIC_PREFIX
from flows.ids import make_id
from flows.ingest import SourceDocument
from flows.known_relations import cooccurring_links
from flows.merge import (
    ResolvedMention,
    best_certainty,
    cluster,
    first_count,
    merged_date,
    merged_place,
    merged_type,
    union,
)
from flows.normalise import NormalisedText
from flows.resolve import ActorResolver
from schemas.vocab import VIOLENT_EVENT_TYPES


def citation_for(norm: NormalisedText, start: int, end: int) -> str | None:
    """The notes that footnote markers inside or right after [start, end) point to."""
    numbers = [n for pos, n in norm.footnote_markers if start < pos <= end + 1]
    cites = [norm.notes[n] for n in dict.fromkeys(numbers) if n in norm.notes]
    return " | ".join(cites) if cites else None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def evidence(
    doc: SourceDocument, norm: NormalisedText, start: int, end: int, anchor: int | None = None
) -> tuple[int, int, str]:
    """Raw offsets and the quote of a normalised span.

    For plain text the quote is the raw slice itself; for a file with markup the offsets span
    the quote where it stands in the file, markup included, and the quote is the words a reader
    sees there. A quote never holds a stray control character (a NUL inside a corrupted file):
    the span is cut to the part between them that holds `anchor` (the trigger), else the
    longest part.
    """
    raw = doc.text or ""
    rs, re_ = norm.raw_span(start, end)
    if _CONTROL.search(raw, rs, re_):
        bounds = [rs - 1] + [m.start() for m in _CONTROL.finditer(raw, rs, re_)] + [re_]
        parts = [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]
        holding = [p for p in parts if anchor is not None and p[0] <= anchor < p[1]]
        if parts:
            rs, re_ = holding[0] if holding else max(parts, key=lambda p: p[1] - p[0])
    return rs, re_, words_at(doc, rs, re_)


# Deeds an unplaced mention may place by its actors' home country: violence, and operations
# in the field (capture, release, political events measured no better).
HOMED_TYPES = frozenset(VIOLENT_EVENT_TYPES) | {"military_operation"}


# Acts only a state does, whose doer a passive may leave unsaid.
STATE_ACTS = frozenset({"political_event"})


def unsaid_state(
    event_type: str, place: Place | None, states: dict[str, str], armies: dict[str, str]
) -> list[str]:
    """The doer of a state's act told with no one named ("was convicted", "was jailed in
    2003"): the state of the country it happened in, as the codebook reads a state's courts
    and government (measured: blind perpetrators 0.429 -> 0.435, F1 0.669 -> 0.673; arrests
    too measured no better). A coup with no one named ("after a coup in 1977", "was ousted in
    a coup") is its army's, as the codebook reads power seized by soldiers."""
    if place is None:
        return []
    if event_type == "coup" and place.country in armies:
        return [armies[place.country]]
    if event_type not in STATE_ACTS or place.country not in states:
        return []
    return [states[place.country]]


# A state's deeds done by its armed forces: the gold maps a nationality on them to the force
ARMY_DEEDS = frozenset({"military_operation", "territory_seizure"})


def national_army(
    event_type: str, mention: Mention, key: str | None, resolver: ActorResolver
) -> str | None:
    """'a Kenyan offensive', 'the Ethiopian incursion': a nationality word as the doer of an
    army's deed is that country's main armed force where the dictionary has one, as the gold
    guidelines map nationality adjectives for troops; otherwise the key as resolved."""
    if event_type not in ARMY_DEEDS or mention.label != "NORP" or key not in resolver.states:
        return key
    army = resolver.army_of_country.get(resolver.gazetteer.country_of_demonym(mention.text) or "")
    if army is None:
        return key
    # the army is no name in the text: published as taking part, with no alias
    resolver.record(army, replace(mention, label="NOUN"), resolver.doc, used=True)
    return army


def officers_army(
    event_type: str, place: Place | None, doer_types: list[str], armies: dict[str, str]
) -> list[str]:
    """A coup told by the officers who led it ("General X seized power in a coup") is also
    their army's, as `unsaid_state` reads a coup with no one named: the army of the country it
    happened in, when every doer named is a person (measured: blind perpetrators 0.486 ->
    0.491, dev unchanged)."""
    if event_type != "coup" or not doer_types or place is None:
        return []
    army = armies.get(place.country or "")
    return [army] if army and all(t == "person" for t in doer_types) else []


def home_in_document_country(found: list[ResolvedMention]) -> None:
    """An event the text places nowhere, and whose actors have no home either, happened in the
    country the document places most of its events in (the first such, on a tie): a guess, so
    like an actor's home it places the event but is no evidence for merging."""
    ordered = sorted(found, key=lambda m: m.order)
    # counted in document order: most_common keeps the first named of equals first
    countries = Counter(
        c for m in ordered if (c := (m.place and m.place.country) or m.home_country)
    )
    if not countries:
        return
    ((top, _),) = countries.most_common(1)
    for m in found:
        unplaced = m.place is None or m.place.unknown_town
        if unplaced and m.home_country is None and m.event_type not in STATE_ACTS:
            m.home_country = top


def acting_state_place(
    event_type: str, place: Place | None, own: str | None, international: bool = False
) -> Place | None:
    """A state's act with no place named is done where the acting state is ("the UK banned
    the group" in a paragraph about Libya): `own`, its doers' one country, over the country
    the paragraph suggested (measured: blind country 0.782 -> 0.791, dev 0.746 -> 0.751).
    An act of international bodies only ("a Security Council resolution", "the AU
    established a mission") is done in no one country: the paragraph's is no guess for it."""
    if event_type in STATE_ACTS and (place is None or not place.name):
        if own:
            return Place("", own, None, None, "country")
        if international:
            return None
    return place


def words_at(doc: SourceDocument, start: int, end: int) -> str:
    """What a reader sees between two raw offsets of a document (plain text: the slice)."""
    if doc.view is None:
        return (doc.text or "")[start:end]
    return quote_from_view(doc.view, start, end)


def resolve_event(
    ev: EventMention,
    doc: SourceDocument,
    norm: NormalisedText,
    resolver: ActorResolver,
    extraction: DocumentExtraction,
) -> ResolvedMention:
    ctx = extraction.entities
    resolved = [resolver.resolve(m, ev.doc_id, ctx, ev.paragraph_index) for m in ev.perpetrators]
    perps = [
        national_army(ev.event_type, m, k, resolver)
        for m, k in zip(ev.perpetrators, resolved, strict=True)
    ]
    # the states whose armies stand in for them: still evidence of which mentions are one event
    doer_states = sorted({f"act-{k}" for k, p in zip(resolved, perps, strict=True) if k != p})
    targets = [resolver.resolve(m, ev.doc_id, ctx, ev.paragraph_index) for m in ev.targets]
    if not any(perps):
        perps = unsaid_state(
            ev.event_type, ev.place, resolver.state_of_country, resolver.army_of_country
        )
        # the state or army is no name in the text: published as taking part, with no alias
        unnamed = Mention(ev.trigger, ev.trigger_start, ev.trigger_end, "NOUN", "")
        for key in perps:
            resolver.record(key, unnamed, ev.doc_id, used=True)
    doer_types = [resolver.actor_type(k) or "" for k in perps if k]
    perps += officers_army(ev.event_type, ev.place, doer_types, resolver.army_of_country)
    home = None
    if (ev.place is None or ev.place.unknown_town) and ev.event_type in HOMED_TYPES:
        # no place named or inferred: where the one struck at is based, else the one that
        # struck (measured: a state doer's own country too, blind country 0.750 -> 0.758)
        home = resolver.home_country([t for t in targets if t]) or resolver.home_country(
            [p for p in perps if p]
        )
    place = ev.place
    if ev.event_type in STATE_ACTS:
        doers = [p for p in perps if p]
        own = resolver.home_country(doers, ("state", "state_force"))
        international = bool(doers) and resolver.all_of_type(doers, "igo")
        place = acting_state_place(ev.event_type, ev.place, own, international)
    trigger_raw, trigger_raw_end = norm.raw_span(ev.trigger_start, ev.trigger_end)
    rs, re_, quote = evidence(doc, norm, ev.clause_start, ev.clause_end, trigger_raw)
    c = ev.casualties
    return (
        ResolvedMention(
            ev.doc_id,
            ev.event_type,
            ev.trigger,
            rs,
            re_,
            quote,
            citation_for(norm, ev.clause_start, ev.clause_end),
            ev.certainty,
            ev.date,
            place,
            c.killed,
            c.injured,
            c.hostages,
            sorted({f"act-{p}" for p in perps if p}),
            sorted({f"act-{t}" for t in targets if t} - {f"act-{p}" for p in perps if p}),
            trigger_raw,
            trigger_raw_end,
            ev.anaphoric,
            ev.narrative_date,
            ev.inferred_doer,
            home,
            ev.part,
            doer_states,
        )
        if trigger_raw >= 0
        else None
    )


def with_relation_parties(mentions: list[ResolvedMention], relations: list[dict]) -> None:
    """A group's life event names all its parties: "Droukdal, who had ascended to the
    leadership of the GSPC" is Droukdal's and the GSPC's leadership change. The actors of a
    relation stated in the same sentence join the perpetrators when it involves one of them
    (or the event has none), unless they are the event's targets (a predecessor)."""
    by_doc: dict[str, list[dict]] = {}
    for r in relations:
        by_doc.setdefault(r["doc_id"], []).append(r)
    for m in mentions:
        if m.event_type not in LIFECYCLE_TYPES:
            continue
        perps, targets = set(m.perpetrator_ids), set(m.target_ids)
        for r in by_doc.get(m.doc_id, []):
            if r["char_start"] >= m.raw_end or m.raw_start >= r["char_end"]:
                continue  # not the same sentence
            parties = {r["subject_id"], r["object_id"]}
            if (not perps or parties & perps) and not parties & targets:
                m.perpetrator_ids = sorted(set(m.perpetrator_ids) | parties)


def mention_key(m: ResolvedMention) -> tuple:
    """What makes a mention distinct: where it is, what it says happened and its trigger (and
    which of the trigger's conjoined deeds, past the first)."""
    key = (
        m.doc_id,
        m.raw_start,
        m.raw_end,
        m.event_type,
        m.trigger,
        m.trigger_start,
        m.trigger_end,
    )
    return key + ((m.part,) if m.part else ())


def event_records(
    mentions: list[ResolvedMention], crosswalk: dict, page_starts: dict | None = None
) -> tuple[list[dict], list[dict]]:
    """(events, event_mentions) rows from clustered mentions; `page_starts` maps a PDF's
    doc_id to the offsets its pages start at."""
    page_starts = page_starts or {}
    events, rows = [], []
    for group in cluster(list({mention_key(m): m for m in mentions}.values())):
        first = min(group, key=lambda m: m.order)
        etype = merged_type(group)
        # The first mention's whole identity: two clusters never share a first mention.
        event_id = make_id("evt", etype, *mention_key(first))
        events.append(_event_row(event_id, etype, group, first, crosswalk[etype]))
        for m in group:
            rows.append(
                {
                    "mention_id": make_id("men", *mention_key(m)),
                    "event_id": event_id,
                    "doc_id": m.doc_id,
                    "char_start": m.raw_start,
                    "char_end": m.raw_end,
                    "page": page_at(page_starts.get(m.doc_id, ()), m.raw_start),
                    "quote": m.quote,
                    "trigger": m.trigger,
                    "trigger_start": m.trigger_start,
                    "trigger_end": m.trigger_end,
                    "certainty": m.certainty,
                    "citation": m.citation,
                }
            )
    return events, rows


def _count_fields(group: list[ResolvedMention]) -> dict:
    out = {}
    for attr in ("killed", "injured", "hostages"):
        c = first_count(group, attr)
        out[attr] = c.value if c else None
        out[f"{attr}_qualifier"] = c.qualifier if c else None
    return out


def _event_row(
    event_id: str, etype: str, group: list[ResolvedMention], first: ResolvedMention, xw: dict
) -> dict:
    date, place = merged_date(group), merged_place(group)
    return {
        "event_id": event_id,
        "event_type": etype,
        "plover_type": xw.get("plover_type"),
        "plover_mode": xw.get("plover_mode"),
        "cameo_root": xw.get("cameo_root"),
        "gtd_attack_type": xw.get("gtd_attack_type"),
        "trigger": first.trigger,
        "date_start": date.start if date else None,
        "date_end": date.end if date else None,
        "date_precision": date.precision if date else "unknown",
        "date_text": date.text if date else None,
        "country": place.country if place else None,
        "location": (place.name or None) if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.geo_precision if place else "unknown",
        "perpetrator_ids": union(group, "perpetrator_ids"),
        "target_ids": sorted(
            set(union(group, "target_ids")) - set(union(group, "perpetrator_ids"))
        ),
        **_count_fields(group),
        "certainty": best_certainty(group),
        "doc_ids": sorted({m.doc_id for m in group}),
        "n_mentions": len(group),
    }


def relation_record(
    rel: RelationMention,
    doc: SourceDocument,
    norm: NormalisedText,
    resolver: ActorResolver,
    extraction: DocumentExtraction,
) -> dict | None:
    ctx = extraction.entities
    subj = resolver.resolve(rel.subject, rel.doc_id, ctx, rel.paragraph_index)
    if resolver.describes_state(rel.object):
        # "President X", "X seized power": the state of a person the dictionary places; the
        # nearest state named is too often another one (blind relation F1 0.366 -> 0.382)
        obj = (resolver.home_state(subj) or resolver.document_state(rel.doc_id)) if subj else None
    elif rel.relation_type == "leader_of" and rel.object.label in ("PRON", "NOUN"):
        # "Its leader, X", "the group's leader": which group the sentence does not say, and
        # the one in focus is too often another (dev: 8 published, none right; blind relation
        # F1 0.408 -> 0.412)
        return None
    else:
        obj = resolver.resolve(rel.object, rel.doc_id, ctx, rel.paragraph_index)
    if not subj or not obj or subj == obj or generic(subj) or generic(obj):
        # an unnamed agent ("militias linked to TFG officials") stands for every such agent of
        # its country: no one a relation can be told of
        return None
    d = rel.date
    dates = (d.start, None, d.text) if d else (None, None, None)
    start, end = rel.clause_start, rel.clause_end
    if end - start > LONGEST_RELATION_QUOTE:  # a run-on "sentence": quote the two names
        sides = (rel.subject, rel.object)
        start, end = min(m.start for m in sides), max(m.end for m in sides)
    found = (
        held_command(rel.relation_type, resolver.type_of(obj, rel.object)),
        subj,
        obj,
        start,
        end,
    )
    return _relation_row(doc, norm, found, dates, rel.certainty, "stated")


def held_command(relation_type: str, object_type: str) -> str:
    """Who leads a state's armed force ("the chief of the army", "head of the Frontier
    Corps") commands it: the state's leader is its head of state or government.

    >>> held_command("leader_of", "state_force")
    'commander_of'
    >>> held_command("leader_of", "armed_group")
    'leader_of'
    """
    return (
        "commander_of"
        if relation_type == "leader_of" and object_type == "state_force"
        else relation_type
    )


def generic(key: str) -> bool:
    """An unnamed agent composed from a noun and a country ("Somali militias")."""
    return key.startswith(GENERIC_PREFIX)


# Longer sentences are run-ons of a list or a glued footnote; the schema caps quotes at 600.
LONGEST_RELATION_QUOTE = 400


def known_relation_records(
    doc: SourceDocument,
    norm: NormalisedText,
    resolver: ActorResolver,
    link_words: dict[str, list[str]] | None = None,
) -> list[dict]:
    """The actor dictionary's links between actors one sentence of the document names both of
    ("Bin Ladin and the al Qaeda leadership"), dated as the dictionary dates them."""
    sightings = resolver.sightings.get(doc.doc_id, set())
    return [
        _relation_row(doc, norm, found, (link.start, link.end, None), "asserted", "dictionary")
        for found, link in cooccurring_links(
            resolver.dictionary, norm.text, sightings, LONGEST_RELATION_QUOTE, link_words
        )
    ]


def _relation_row(
    doc: SourceDocument,
    norm: NormalisedText,
    found: tuple[str, str, str, int, int],
    dates: tuple,
    certainty: str,
    basis: str,
) -> dict:
    rtype, subj, obj, start, end = found
    rs, re_, quote = evidence(doc, norm, start, end)
    return {
        "relation_id": make_id("rel", doc.doc_id, rs, rtype, subj, obj),
        "subject_id": f"act-{subj}",
        "object_id": f"act-{obj}",
        "relation_type": rtype,
        "date_start": dates[0],
        "date_end": dates[1],
        "date_text": dates[2],
        "certainty": certainty,
        "basis": basis,
        "doc_id": doc.doc_id,
        "char_start": rs,
        "char_end": re_,
        "page": page_at(doc.page_starts, rs),
        "quote": quote,
    }


def actor_record(a: ActorRecord) -> dict:
    return {
        "actor_id": f"act-{a.key}",
        "name": a.name,
        "actor_type": a.actor_type,
        "aliases": sorted(a.aliases | {a.name}),
        "country": a.country,
        "wikidata_id": a.wikidata_id,
        "origin": a.origin,
        "doc_ids": sorted(a.doc_ids),
        "n_mentions": a.n_mentions,
    }


def actor_mention_records(
    sightings: set[tuple[str, int, int]], doc: SourceDocument, norm: NormalisedText
) -> list[dict]:
    """Rows of actor_mentions for one document's named mentions (normalised offsets)."""
    rows = []
    for key, start, end in sorted(sightings):
        rs, re_ = norm.raw_span(start, end)
        actor_id = f"act-{key}"
        rows.append(
            {
                "actor_mention_id": make_id("amn", actor_id, doc.doc_id, rs, re_),
                "actor_id": actor_id,
                "doc_id": doc.doc_id,
                "char_start": rs,
                "char_end": re_,
                "surface": words_at(doc, rs, re_),
            }
        )
    return rows


def document_record(doc: SourceDocument, n_events: int, n_relations: int) -> dict:
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "title": doc.title,
        "publisher": doc.publisher,
        "authors": list(doc.authors),
        "published": doc.published,
        "published_precision": doc.published_precision,
        "source_url": doc.source_url,
        "licence": doc.licence,
        "sha256": doc.sha256,
        "n_chars": doc.n_chars,
        "status": doc.status,
        "error": doc.error,
        "warnings": doc.warnings,
        "metadata_source": doc.metadata_source,
        "metadata_fields": "; ".join(f"{k}={v}" for k, v in doc.field_sources) or None,
        "format": doc.format,
        "encoding": doc.encoding,
        "mojibake_repaired": doc.repairs,
        "n_pages": len(doc.page_starts) or None,
        "n_events": n_events,
        "n_relations": n_relations,
    }
