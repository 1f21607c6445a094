"""Assemble the published tables' records from resolved extractions (plain dicts, one per row)."""

from __future__ import annotations

from dataclasses import replace

from flows.extract.dates.intervals import DateValue
from flows.extract.document import DocumentExtraction
from flows.extract.event_mention import EventMention
from flows.extract.places.events import LIFECYCLE_TYPES
from flows.extract.roles.mentions import Mention
from flows.ids import make_id
from flows.ingest.folder import SourceDocument
from flows.ingest.formats.pdf import page_at
from flows.normalise import NormalisedText
from flows.publish.evidence import citation_for, evidence, words_at
from flows.resolve.actor_records import ActorRecord
from flows.resolve.merge import cluster
from flows.resolve.merged_fields import (
    best_certainty,
    date_basis,
    doer_basis,
    first_count,
    merged_date,
    merged_place,
    merged_type,
    union,
)
from flows.resolve.resolved_mention import GENERIC_ACTOR, ResolvedMention, trigger_word
from flows.resolve.resolver import ActorResolver
from flows.resolve.state_acts import (
    HOMED_TYPES,
    STATE_ACTS,
    acting_state_place,
    national_army,
    officers_army,
    unsaid_state,
    vouched_place,
)
from flows.resolve.told_days import deed_days, running_days


def resolve_event(
    ev: EventMention,
    doc: SourceDocument,
    norm: NormalisedText,
    resolver: ActorResolver,
    extraction: DocumentExtraction,
) -> ResolvedMention:
    ctx = extraction.entities
    resolved = [resolver.resolve(m, ev.doc_id, ctx, ev.paragraph_index) for m in ev.perpetrators]
    # an outlet or monitor named as the deed's subject tells of it ("Reuters reported")
    resolved = [None if k in resolver.cues.source_actors else k for k in resolved]
    perps = [
        national_army(ev.event_type, m, k, resolver)
        for m, k in zip(ev.perpetrators, resolved, strict=True)
    ]
    apart = co_doers(ev, perps)
    # the states whose armies stand in for them: still evidence of which mentions are one event
    doer_states = sorted({f"act-{k}" for k, p in zip(resolved, perps, strict=True) if k != p})
    targets = [resolver.resolve(m, ev.doc_id, ctx, ev.paragraph_index) for m in ev.targets]
    place_state = not any(perps)
    if place_state:
        venue = trigger_word(ev.trigger) in resolver.cues.venue_acts
        perps = unsaid_state(
            ev.event_type, ev.place, resolver.state_of_country, resolver.army_of_country, venue
        )
        # the state or army is no name in the text: published as taking part, with no alias
        unnamed = Mention(ev.trigger, ev.trigger_start, ev.trigger_end, "NOUN", "")
        for key in perps:
            resolver.record(key, unnamed, ev.doc_id, used=True)
    named = [(k, resolver.actor_type(k) or "") for k in perps if k]
    perps = officers_army(
        ev.event_type,
        ev.place,
        named,
        resolver.army_of_country,
        lambda states: resolver.home_country(states, ("state",)),
    )
    home = None
    if (ev.place is None or ev.place.unknown_town) and ev.event_type in HOMED_TYPES:
        # no place named or inferred: where the one struck at is based, else the one that
        # struck (measured: a state doer's own country too, blind country 0.750 -> 0.758)
        home = resolver.home_country([t for t in targets if t]) or resolver.home_country(
            [p for p in perps if p]
        )
    place, own = ev.place, None
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
            ev.names_to_office,
            doer_states,
            sorted({f"act-{k}" for k in map(resolver.force_state, targets) if k}),
            ev.names_doer_only,
            ev.item,
            apart,
            ev.paragraph_index,
            ev.running,
            place_state_doer=place_state and any(perps),
        )
        if trigger_raw >= 0
        else None
    )


def co_doers(ev: EventMention, perps: list[str | None]) -> list[str]:
    """The unnamed agents a telling gives beside a named doer ("the ZLF and allied militias
    took Zenda"): told apart in one clause, other actors than the named one. Not an agent's
    word qualifying the deed ("a militant offensive by the ZLF", "the ZLF's terrorist
    attack"), which tells the deed's kind: that is the named doer told vaguely."""
    if not any(k and not f"act-{k}".startswith(GENERIC_ACTOR) for k in perps):
        return []
    return sorted(
        {
            f"act-{k}"
            for m, k in zip(ev.perpetrators, perps, strict=True)
            if k and f"act-{k}".startswith(GENERIC_ACTOR) and not _qualifies_deed(m, ev)
        }
    )


def _qualifies_deed(m: Mention, ev: EventMention) -> bool:
    """One word right before the trigger ("terrorist attack")."""
    return len(m.text.split()) == 1 and 0 <= ev.trigger_start - m.end <= 1


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
    groups = cluster(list({mention_key(m): m for m in mentions}.values()))
    dates = [merged_date(g) for g in groups]
    for i, day in deed_days(groups, dates).items():
        dates[i] = day  # the deed's own day, not the one it was told on (told_days.py)
    for i, span in running_days(groups, dates).items():
        dates[i] = span  # an operation running since the deed it answers (told_days.py)
    for group, date in zip(groups, dates, strict=True):
        first = min(group, key=lambda m: m.order)
        etype = merged_type(group)
        # The first mention's whole identity: two clusters never share a first mention.
        event_id = make_id("evt", etype, *mention_key(first))
        events.append(_event_row(event_id, etype, group, first, crosswalk[etype], date))
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
    event_id: str,
    etype: str,
    group: list[ResolvedMention],
    first: ResolvedMention,
    xw: dict,
    date: DateValue | None,
) -> dict:
    place = vouched_place(group, merged_place(group))
    doers = union(group, "perpetrator_ids")
    if date is not None and date.open_start and date_basis(group, date) != "stated":
        # the story's time a deadline set ("by October 2006 it had become ISI. It named X
        # its emir") dates what follows as the period itself
        date = replace(date, open_start=False)
    return {
        "event_id": event_id,
        "event_type": etype,
        "plover_type": xw.get("plover_type"),
        "plover_mode": xw.get("plover_mode"),
        "cameo_root": xw.get("cameo_root"),
        "gtd_attack_type": xw.get("gtd_attack_type"),
        "trigger": first.trigger,
        # told as coming after its date, with no end (DateValue.open_end), or by it, with no
        # start (open_start): a range open at one end
        "date_start": date.start if date and not date.open_start else None,
        "date_end": date.end if date and not date.open_end else None,
        "date_precision": (
            ("range" if date.open_end or date.open_start else date.precision) if date else "unknown"
        ),
        "date_text": date.text if date else None,
        "date_basis": date_basis(group, date),
        "country": place.country if place else None,
        "location": (place.name or None) if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.geo_precision if place else "unknown",
        "perpetrator_ids": doers,
        "perpetrator_basis": doer_basis(group, doers),
        "target_ids": sorted(set(union(group, "target_ids")) - set(doers)),
        **_count_fields(group),
        "certainty": best_certainty(group),
        "doc_ids": sorted({m.doc_id for m in group}),
        "n_mentions": len(group),
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
