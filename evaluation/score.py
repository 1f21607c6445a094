"""Match the release's records to gold and compute precision, recall and attribute accuracy."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from evaluation.gold import GoldDocument, GoldEvent
from flows.ids import name_slug
from flows.resolve.resolved_mention import GENERIC_ACTOR
from schemas.views import connect_release

SYMMETRIC = {"allied_with", "rival_of"}
ATTRIBUTES = ("type", "date", "country", "certainty", "perpetrators", "counts")


@dataclass
class Release:
    """The parts of a release the scorer reads, indexed by document."""

    events: dict[str, dict]
    spans: dict[str, dict[str, list[tuple[int, int]]]]  # doc → event_id → spans
    triggers: dict[str, dict[str, list[tuple[int, int]]]]  # doc → event_id → trigger spans
    quotes: dict[tuple[str, str], str]
    relations: dict[str, list[dict]]
    aliases: dict[str, set[str]]
    actor_docs: dict[str, set[str]]
    named: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)  # doc → mentions


def load_release(out_dir: Path) -> Release:
    con = connect_release(out_dir)
    events = {
        r[0]: dict(zip([d[0] for d in con.description], r, strict=True))
        for r in con.execute("SELECT * FROM events").fetchall()
    }
    spans: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    quotes = {}
    triggers: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for event_id, doc_id, start, end, quote, t_start, t_end in con.execute(
        "SELECT event_id, doc_id, char_start, char_end, quote, trigger_start, trigger_end"
        " FROM event_mentions"
    ).fetchall():
        spans[doc_id][event_id].append((start, end))
        triggers[doc_id][event_id].append((t_start, t_end))
        quotes.setdefault((doc_id, event_id), quote)
    relations: dict[str, list[dict]] = defaultdict(list)
    for sid, rtype, oid, doc_id in con.execute(
        "SELECT subject_id, relation_type, object_id, doc_id FROM relations"
    ).fetchall():
        relations[doc_id].append({"subject": sid, "type": rtype, "object": oid})
    aliases, docs = {}, {}
    for actor_id, names, doc_ids in con.execute(
        "SELECT actor_id, aliases, doc_ids FROM actors"
    ).fetchall():
        aliases[actor_id] = {folded(n) for n in names}
        docs[actor_id] = set(doc_ids)
    named: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for actor_id, doc_id, start, end in con.execute(
        "SELECT actor_id, doc_id, char_start, char_end FROM actor_mentions"
    ).fetchall():
        named[doc_id].append((actor_id, start, end))
    return Release(events, spans, triggers, quotes, relations, aliases, docs, dict(named))


def folded(name: str) -> str:
    """A name as compared: case folded, and a line break copied from the text is a space."""
    return " ".join(name.split()).casefold()


def actor_matches(
    gold_key: str, actor_id: str, release: Release, forms: tuple[str, ...] | list[str] = ()
) -> bool:
    """A gold key and a published actor_id denote the same actor.

    Gold keys are dictionary keys, `new:<Name>` or `generic:<noun>` (an unnamed agent such as
    gunmen, which matches any generic actor the release composed). Whatever the key, an actor
    known by a surface form the gold lists for it in this document is the same actor, so the
    score does not depend on which dictionary the release's ids come from.
    """
    if gold_key.startswith("generic:"):
        return actor_id.startswith(GENERIC_ACTOR)
    aliases = release.aliases.get(actor_id, set())
    if any(folded(f) in aliases for f in forms):
        return True
    if gold_key.startswith("new:"):
        name = gold_key[4:]
        return actor_id == f"act-new-{name_slug(name)}" or folded(name) in aliases
    return actor_id == f"act-{gold_key}"


def same_actors(
    gold: set[str], predicted: list[str], release: Release, forms: dict | None = None
) -> bool:
    forms = forms or {}
    return all(
        any(actor_matches(g, p, release, forms.get(g, ())) for p in predicted) for g in gold
    ) and all(any(actor_matches(g, p, release, forms.get(g, ())) for g in gold) for p in predicted)


def _text(day: object) -> str | None:
    """A release's date as the gold writes it (ISO text), None for none."""
    return None if day is None else str(day)


def _plain_checks(g: GoldEvent, e: dict) -> dict[str, bool]:
    """Whether a predicted event's date, country, certainty and counts are the gold's."""
    return {
        "date": (_text(e.get("date_start")), _text(e.get("date_end")))
        == (g.date_start, g.date_end),
        "country": e.get("country") == g.country,
        "certainty": e.get("certainty") == g.certainty,
        "counts": all(e.get(k) == v for k, v in g.counts.items()),
    }


def _agreement(g: GoldEvent, e: dict) -> int:
    """How many of a gold event's date, place, certainty and counts a predicted one shares."""
    return sum(_plain_checks(g, e).values())


def span_overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return max((min(x[1], y[1]) - max(x[0], y[0]) for x in a for y in b), default=0)


def match_events(
    gold: list[GoldEvent],
    predicted: dict[str, list[tuple[int, int]]],
    events: dict,
    triggers: dict[str, list[tuple[int, int]]] | None = None,
) -> list[tuple[GoldEvent, str]]:
    """One-to-one pairs of gold events and predicted event ids whose evidence overlaps.

    Preference: same type, then a trigger inside the gold quote (two events told in one
    sentence share the sentence as evidence), then the larger overlap, then agreement on
    date, country, certainty and counts (several deeds told by one trigger, "elections in
    1992, 1997 and 2004", tie on all else, and the ids' order is no reason to pair them)."""
    candidates = []
    for g in gold:
        for event_id, spans in predicted.items():
            overlap = span_overlap(g.spans, spans)
            if overlap > 0:
                e = events[event_id]
                same_type = e["event_type"] == g.event_type
                inside = span_overlap(g.spans, (triggers or {}).get(event_id, [])) > 0
                # events told in one sentence ("elections in 1992, 1997 and 2004") tie on all
                # else: the counterpart is the one agreeing on most of what the gold states
                key = (not same_type, not inside, -overlap, -_agreement(g, e))
                candidates.append((*key, g.id, event_id, g))
    pairs, used_g, used_p = [], set(), set()
    for *_, gid, event_id, g in sorted(candidates, key=lambda c: c[:6]):
        if gid not in used_g and event_id not in used_p:
            pairs.append((g, event_id))
            used_g.add(gid)
            used_p.add(event_id)
    return pairs


def attribute_checks(
    g: GoldEvent, e: dict, release: Release, forms: dict | None = None
) -> dict[str, bool]:
    """Which attributes of a matched event agree with gold."""
    plain = _plain_checks(g, e)
    return {
        "type": e["event_type"] == g.event_type,
        "date": plain["date"],
        "country": plain["country"],
        "certainty": plain["certainty"],
        "perpetrators": same_actors(g.perpetrators, list(e["perpetrator_ids"]), release, forms),
        "counts": plain["counts"],
    }


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attributes: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_events(docs: list[GoldDocument], release: Release) -> tuple[Tally, dict[str, str]]:
    """Event detection and attribute accuracy; returns the tally and gold id → event_id."""
    tally, matched_ids = Tally(), {}
    for doc in docs:
        predicted = dict(release.spans.get(doc.doc_id, {}))
        pairs = match_events(
            doc.events, predicted, release.events, release.triggers.get(doc.doc_id, {})
        )
        doubtful_hits = {eid for g, eid in pairs if g.doubtful}
        real = [(g, eid) for g, eid in pairs if not g.doubtful]
        tally.gold += sum(not g.doubtful for g in doc.events)
        tally.predicted += len(predicted) - len(doubtful_hits)
        tally.matched += len(real)
        for g, eid in real:
            matched_ids[f"{doc.doc_id}:{g.id}"] = eid
            checks = attribute_checks(g, release.events[eid], release, doc.actors)
            for name, ok in checks.items():
                tally.attributes[name].append(ok)
                if not ok:
                    tally.errors.append(f"{name} wrong: {doc.doc_id}:{g.id} ({g.event_type})")
        hit_g = {g.id for g, _ in pairs}
        hit_p = {eid for _, eid in pairs}
        tally.errors += [
            f"missed: {doc.doc_id}:{g.id} {g.event_type}"
            for g in doc.events
            if not g.doubtful and g.id not in hit_g
        ]
        tally.errors += [
            f"spurious: {doc.doc_id} {release.events[e]['event_type']}: {release.quotes[(doc.doc_id, e)][:90]!r}"
            for e in predicted
            if e not in hit_p
        ]
    return tally, matched_ids


def over_merged(docs: list[GoldDocument], release: Release) -> int:
    """Published events that merge two deeds the gold tells apart: two of its mentions each
    lie on one gold event, and the two gold events differ (only one of them can be matched;
    the other counts as missed and the event carries a mix of both). Doubtful gold and
    mentions lying on several gold events are no evidence either way."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for doc in docs:
        real = [g for g in doc.events if not g.doubtful]
        for event_id, spans in release.spans.get(doc.doc_id, {}).items():
            for span in spans:
                on = [g.id for g in real if span_overlap(g.spans, [span]) > 0]
                if len(on) == 1:
                    found[event_id].add((doc.doc_id, on[0]))
    return sum(len(golds) > 1 for golds in found.values())


def perpetrator_misses(
    docs: list[GoldDocument], release: Release, matched_ids: dict[str, str]
) -> dict[str, int]:
    """Why matched events' perpetrators are wrong, counted by kind (totals only, so a held-out
    set can report them): the release names no doer where the gold names one, or a doer where
    the gold names none; or it lacks a gold doer that the gold's own quote names (a role the
    sentence gives and the parse missed) or that only the rest of the text names (coreference
    or inference); or it only adds doers the gold does not have. `matched_ids`: gold
    "doc:id" -> event_id, as `score_events` pairs them."""
    kinds: dict[str, int] = defaultdict(int)
    for doc, g, e in _matched(docs, release, matched_ids):
        published = list(e["perpetrator_ids"])
        if not same_actors(g.perpetrators, published, release, doc.actors):
            kinds[_miss_kind(g, published, doc, release)] += 1
    return _by_count(kinds)


def _matched(docs: list[GoldDocument], release: Release, matched_ids: dict[str, str]):
    """(document, gold event, published event) for each matched pair."""
    for doc in docs:
        for g in doc.events:
            event_id = matched_ids.get(f"{doc.doc_id}:{g.id}")
            if event_id is not None:
                yield doc, g, release.events[event_id]


def _by_count(kinds: dict[str, int]) -> dict[str, int]:
    return dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))


def perpetrators_by_basis(
    docs: list[GoldDocument], release: Release, matched_ids: dict[str, str]
) -> dict[str, dict[str, int]]:
    """Perpetrator accuracy of matched events by where the release says their doers come from
    (`perpetrator_basis`: stated in the evidence, inferred as a guess, or none published)."""

    def right(doc: GoldDocument, g: GoldEvent, e: dict) -> bool:
        return same_actors(g.perpetrators, list(e["perpetrator_ids"]), release, doc.actors)

    return _by_basis(docs, release, matched_ids, "perpetrator_basis", right)


def dates_by_basis(
    docs: list[GoldDocument], release: Release, matched_ids: dict[str, str]
) -> dict[str, dict[str, int]]:
    """Date accuracy of matched events by where the release says their date comes from
    (`date_basis`: the event's own telling, the rest of the story, or none published)."""

    def right(doc: GoldDocument, g: GoldEvent, e: dict) -> bool:
        return _plain_checks(g, e)["date"]

    return _by_basis(docs, release, matched_ids, "date_basis", right)


def _by_basis(docs, release, matched_ids, column, right) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = defaultdict(lambda: {"right": 0, "of": 0})
    for doc, g, e in _matched(docs, release, matched_ids):
        tally = found[e.get(column) or "none"]
        tally["of"] += 1
        tally["right"] += right(doc, g, e)
    return dict(sorted(found.items()))


def _miss_kind(g: GoldEvent, published: list[str], doc: GoldDocument, release: Release) -> str:
    if not g.perpetrators:
        return "doer where the gold has none"
    lacking = [
        k
        for k in g.perpetrators
        if not any(actor_matches(k, p, release, doc.actors.get(k, ())) for p in published)
    ]
    if not lacking:
        return "extra doers only"
    quote = folded(" ".join(doc.text[a:b] for a, b in g.spans))
    in_quote = any(
        re.search(rf"(?<!\w){re.escape(folded(form))}(?!\w)", quote)
        for k in lacking
        for form in doc.actors.get(k, ())
        if form.strip()
    )
    where = "named in the gold quote" if in_quote else "not named in the gold quote"
    return f"{'no doer' if not published else 'a doer lacking'}, {where}"


def date_misses(
    docs: list[GoldDocument], release: Release, matched_ids: dict[str, str]
) -> dict[str, int]:
    """How matched events' dates differ from the gold's, counted by kind (totals only): none
    published, one where the gold has none, a bound the gold leaves open, a wider or narrower
    interval than the gold's (a precision choice), partly overlapping, or apart (within a month
    of the gold's, or further: another year read, another deed's date)."""
    kinds: dict[str, int] = defaultdict(int)
    for _, g, e in _matched(docs, release, matched_ids):
        if not _plain_checks(g, e)["date"]:  # the scorer's own test of a right date
            published = (_text(e.get("date_start")), _text(e.get("date_end")))
            kinds[_date_kind((g.date_start, g.date_end), published)] += 1
    return _by_count(kinds)


def _date_kind(
    gold: tuple[str | None, str | None], published: tuple[str | None, str | None]
) -> str:
    if published == (None, None):
        return "no date"
    if gold == (None, None):
        return "a date where the gold has none"
    if None in gold or None in published:
        return "a bound left open on one side only"
    (gs, ge), (ps, pe) = (tuple(map(date.fromisoformat, d)) for d in (gold, published))
    if ps <= gs and pe >= ge:
        return "wider than the gold's"
    if ps >= gs and pe <= ge:
        return "narrower than the gold's"
    if ps <= ge and pe >= gs:
        return "overlapping"
    apart = min(abs((ps - ge).days), abs((gs - pe).days))
    return "apart, within a month" if apart <= 31 else "apart, over a month"


def score_merging(docs: list[GoldDocument], matched_ids: dict[str, str]) -> list[bool]:
    """For gold events marked same_as across documents: did they become one event?"""
    results = []
    for doc in docs:
        for g in doc.events:
            for other in g.same_as:
                a, b = matched_ids.get(f"{doc.doc_id}:{g.id}"), matched_ids.get(other)
                if a and b:
                    results.append(a == b)
    return results


def _relation_hit(r, predicted: list[dict], used: set[int], release: Release, forms) -> int | None:
    """The index of the first unused predicted relation that states gold relation `r`."""

    def same(gold_key: str, key: str) -> bool:
        return actor_matches(gold_key, key, release, forms(gold_key))

    return next(
        (
            i
            for i, p in enumerate(predicted)
            if i not in used
            and p["type"] == r.relation_type
            and (
                (same(r.subject, p["subject"]) and same(r.object, p["object"]))
                or (
                    r.relation_type in SYMMETRIC
                    and same(r.subject, p["object"])
                    and same(r.object, p["subject"])
                )
            )
        ),
        None,
    )


def score_relations(docs: list[GoldDocument], release: Release) -> Tally:
    """Relations matched on type, subject and object (either way round for a symmetric one).
    Doubtful gold relations count neither way (tests/fixtures/gold/README.md): one the release
    states is not counted as predicted, as for events."""
    tally = Tally()
    for doc in docs:
        predicted = release.relations.get(doc.doc_id, [])
        fs = lambda key, doc=doc: doc.actors.get(key, ())  # noqa: E731
        used: set[int] = set()
        for r in (r for r in doc.relations if not r.doubtful):
            tally.gold += 1
            hit = _relation_hit(r, predicted, used, release, fs)
            if hit is None:
                tally.errors.append(
                    f"missed relation: {doc.doc_id} {r.subject} {r.relation_type} {r.object}"
                )
            else:
                used.add(hit)
                tally.matched += 1
        ignored = set()
        for r in (r for r in doc.relations if r.doubtful):
            hit = _relation_hit(r, predicted, used | ignored, release, fs)
            if hit is not None:
                ignored.add(hit)
        tally.predicted += len(predicted) - len(ignored)
        tally.errors += [
            f"spurious relation: {doc.doc_id} {p['subject']} {p['type']} {p['object']}"
            for i, p in enumerate(predicted)
            if i not in used | ignored
        ]
    return tally


def named_as(doc: GoldDocument, forms: list[str], named: list[tuple[str, int, int]]) -> set[str]:
    """The actor ids the release ties, in this document, to the places where `forms` are written.

    Each word-bounded occurrence of a form counts through the actor mentions that contain it
    or, failing those, the longest inside it ("Rwandan" in "Rwandan troops"); an occurrence inside a
    longer name ("al-Qaeda" in "al-Qaeda in the Arabian Peninsula") is that name's, not the
    form's. Per document, so that one ambiguous name can be two actors in two documents.
    """
    targets: set[str] = set()
    for form in forms:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text, re.IGNORECASE):
            s, e = m.span()
            around = [(a, ms, me) for a, ms, me in named if ms <= s and e <= me]
            if any(me - ms > e - s for _, ms, me in around):
                continue
            inside = [(me - ms, a) for a, ms, me in named if s <= ms and me <= e]
            longest = {a for n, a in inside if n == max(inside)[0]} if inside else set()
            targets |= {a for a, _, _ in around} or longest
    return targets


def score_actors(docs: list[GoldDocument], release: Release) -> dict[str, float]:
    """Actor recall, and alias merging: every surface form of one gold actor → one actor_id.

    Alias merging is scored over the gold actors with two or more forms: an actor the release
    does not publish for that document fails (its forms map to no actor_id);
    `alias_merge_accuracy_found` leaves those to actor recall and scores the others.
    """
    found, total, merged, merge_found, merge_total = 0, 0, 0, 0, 0
    for doc in docs:
        for key, forms in doc.actors.items():
            total += 1
            ids = {
                a
                for a, docs_ in release.actor_docs.items()
                if doc.doc_id in docs_ and actor_matches(key, a, release, forms)
            }
            found += bool(ids)
            if len(forms) >= 2:
                merge_total += 1
                merge_found += bool(ids)
                targets = named_as(doc, forms, release.named.get(doc.doc_id, []))
                merged += len(targets) == 1 and all(
                    actor_matches(key, a, release, forms) for a in targets
                )
    return {
        "actor_recall": found / total if total else 0.0,
        "alias_merge_accuracy": merged / merge_total if merge_total else 0.0,
        "alias_merge_accuracy_found": merged / merge_found if merge_found else 0.0,
        "actors_gold": total,
        "actors_with_aliases": merge_total,
        "actors_with_aliases_found": merge_found,
    }
