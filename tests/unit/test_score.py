"""The scorer: gold events pair one-to-one with predicted events whose evidence overlaps, and
actors match by dictionary key or by the name of a discovered actor."""

from pathlib import Path

import pytest

from evaluation.gold import GoldDocument, GoldEvent, GoldRelation, load_gold, locate
from evaluation.score import (
    Release,
    actor_matches,
    attribute_checks,
    date_misses,
    dates_by_basis,
    match_events,
    over_merged,
    perpetrator_misses,
    perpetrators_by_basis,
    same_actors,
    score_relations,
)


def gold_event(gid, start, end, event_type="bombing", **kw):
    fields = dict(
        date_start="2020-01-05",
        date_end="2020-01-05",
        date_precision="day",
        country="SO",
        certainty="asserted",
        perpetrators={"al_shabaab"},
        targets=set(),
        counts={"killed": 3, "injured": None, "hostages": None},
    )
    fields.update(kw)
    return GoldEvent(gid, [(start, end)], event_type, **fields)


def release(events=None, aliases=None):
    return Release(events or {}, {}, {}, {}, {}, aliases or {}, {}, {})


def test_overlapping_evidence_pairs_events_preferring_the_same_type():
    gold = [gold_event("e1", 0, 50, "bombing"), gold_event("e2", 0, 50, "killing")]
    predicted = {"evt-a": [(10, 40)], "evt-b": [(0, 50)]}
    events = {"evt-a": {"event_type": "killing"}, "evt-b": {"event_type": "bombing"}}
    pairs = {(g.id, eid) for g, eid in match_events(gold, predicted, events)}
    assert pairs == {("e1", "evt-b"), ("e2", "evt-a")}


def test_two_events_told_in_one_sentence_pair_by_where_their_triggers_are():
    gold = [gold_event("e1", 0, 30, "attack"), gold_event("e2", 30, 80, "attack")]
    sentence = [(0, 80)]
    predicted = {"evt-a": sentence, "evt-b": sentence}
    events = {"evt-a": {"event_type": "attack"}, "evt-b": {"event_type": "attack"}}
    triggers = {"evt-a": [(50, 56)], "evt-b": [(5, 11)]}
    pairs = {(g.id, eid) for g, eid in match_events(gold, predicted, events, triggers)}
    assert pairs == {("e1", "evt-b"), ("e2", "evt-a")}


def test_events_alike_in_evidence_and_type_pair_by_what_else_they_share():
    """'Elections in 1992, 1997 and 2004': three gold events and three predicted ones on one
    sentence and one trigger; each gold election pairs with the one dated as it is, not as
    the events' ids happen to sort."""
    years = ("1992", "1997", "2004")
    gold = [
        gold_event(
            f"e{i}", 0, 60, "political_event", date_start=f"{y}-01-01", date_end=f"{y}-12-31"
        )
        for i, y in enumerate(years)
    ]
    ids = ("evt-c", "evt-a", "evt-b")  # content hashes: no order of their own
    events = {
        eid: {"event_type": "political_event", "date_start": f"{y}-01-01", "date_end": f"{y}-12-31"}
        for eid, y in zip(ids, years, strict=True)
    }
    predicted = {eid: [(0, 60)] for eid in ids}
    triggers = {eid: [(20, 29)] for eid in ids}
    pairs = {(g.id, eid) for g, eid in match_events(gold, predicted, events, triggers)}
    assert pairs == {("e0", "evt-c"), ("e1", "evt-a"), ("e2", "evt-b")}


def test_events_without_overlapping_evidence_do_not_pair():
    assert (
        match_events(
            [gold_event("e1", 0, 10)], {"evt-a": [(10, 20)]}, {"evt-a": {"event_type": "bombing"}}
        )
        == []
    )


def test_actor_keys_and_discovered_names_match():
    rel = release(aliases={"act-new-lake_chad_front": {"lake chad front", "lcf"}})
    assert actor_matches("al_shabaab", "act-al_shabaab", rel)
    assert actor_matches("new:Lake Chad Front", "act-new-lake_chad_front", rel)
    assert actor_matches("new:LCF", "act-new-lake_chad_front", rel)
    assert not actor_matches("al_shabaab", "act-al_qaeda", rel)
    assert same_actors({"al_shabaab"}, ["act-al_shabaab"], rel)
    assert not same_actors({"al_shabaab"}, ["act-al_shabaab", "act-al_qaeda"], rel)


def test_a_doubtful_gold_relation_counts_neither_way():
    """A commentator's affiliation kept as doubtful: stating it is no error, missing it none."""
    gold = GoldDocument(
        "doc",
        [],
        [
            GoldRelation("abu_sayyaf", "allied_with", "al_qaeda", None),
            GoldRelation("new:Ann Analyst", "member_of", "new:Think Tank", None, doubtful=True),
            GoldRelation("isis", "affiliate_of", "al_qaeda", None, doubtful=True),
        ],
        {},
    )
    stated = [
        {"subject": "act-al_qaeda", "type": "allied_with", "object": "act-abu_sayyaf"},
        {"subject": "act-new-ann_analyst", "type": "member_of", "object": "act-new-think_tank"},
        {"subject": "act-boko_haram", "type": "member_of", "object": "act-al_qaeda"},
    ]
    aliases = {"act-new-ann_analyst": {"ann analyst"}, "act-new-think_tank": {"think tank"}}
    rel = Release({}, {}, {}, {}, {"doc": stated}, aliases, {}, {})
    tally = score_relations([gold], rel)
    assert (tally.gold, tally.predicted, tally.matched) == (1, 2, 1)
    assert [e.split()[-1] for e in tally.errors] == ["act-al_qaeda"]  # the one spurious


def test_a_gold_form_copied_across_a_line_break_still_names_its_actor():
    rel = release(aliases={"act-pet_eln": {"national liberation army"}})
    assert actor_matches("new:ELN", "act-pet_eln", rel, ["National Liberation\nArmy"])


def test_attribute_checks_compare_what_the_gold_states():
    g = gold_event("e1", 0, 10)
    predicted = {
        "event_type": "bombing",
        "date_start": "2020-01-05",
        "date_end": "2020-01-05",
        "country": "SO",
        "certainty": "reported",
        "perpetrator_ids": ["act-al_shabaab"],
        "killed": 3,
        "injured": None,
        "hostages": None,
    }
    checks = attribute_checks(g, predicted, release())
    assert checks == {
        "type": True,
        "date": True,
        "country": True,
        "certainty": False,
        "perpetrators": True,
        "counts": True,
    }


def test_a_gold_quote_must_be_in_its_text(tmp_path: Path):
    assert locate("one two one", "one", 2) == (8, 11)
    (tmp_path / "d.txt").write_text("Gunmen attacked a base.", encoding="utf-8")
    bad = tmp_path / "d.yaml"
    bad.write_text(
        "doc_id: d\nevents:\n- {id: e1, quote: 'not there', event_type: attack, certainty: asserted}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="quote not found"):
        load_gold(bad, [tmp_path])


def test_an_event_whose_mentions_lie_on_two_gold_events_is_over_merged():
    gold = GoldDocument(
        "doc",
        [gold_event("e1", 0, 40), gold_event("e2", 100, 140), gold_event("e3", 200, 240)],
        [],
        {},
    )
    merged = Release({}, {"doc": {"evt-a": [(5, 30), (105, 130)]}}, {}, {}, {}, {}, {}, {})
    assert over_merged([gold], merged) == 1
    # two mentions of one gold event, or one mention over two, are no evidence
    told_twice = Release({}, {"doc": {"evt-a": [(5, 20), (22, 38)]}}, {}, {}, {}, {}, {}, {})
    assert over_merged([gold], told_twice) == 0
    spanning = Release({}, {"doc": {"evt-a": [(30, 110)]}}, {}, {}, {}, {}, {}, {})
    assert over_merged([gold], spanning) == 0


def test_wrong_perpetrators_are_counted_by_why_they_are_wrong():
    text = "Gunmen of the Zenda Front attacked a bus. The Front had threatened Zenda before."
    aliases = {"act-new-zenda_front": {"zenda front", "the front"}, "act-ruritania": {"ruritania"}}
    front = {"new:Zenda Front": ["Zenda Front", "the Front"]}
    events = [
        gold_event("e1", 0, 41, perpetrators={"new:Zenda Front"}),
        gold_event("e2", 0, 41, perpetrators={"new:Zenda Front"}),
        gold_event("e3", 0, 41, perpetrators=set()),
        gold_event("e4", 42, 81, perpetrators={"new:Zenda Front"}),
        gold_event("e5", 0, 41, perpetrators={"new:Zenda Front"}),
    ]
    doc = GoldDocument("doc", events, [], front, text)
    published = {
        "evt-1": {"perpetrator_ids": []},
        "evt-2": {"perpetrator_ids": ["act-ruritania"]},
        "evt-3": {"perpetrator_ids": ["act-ruritania"]},
        "evt-4": {"perpetrator_ids": ["act-new-zenda_front", "act-ruritania"]},
        "evt-5": {"perpetrator_ids": ["act-new-zenda_front"]},
    }
    matched = {f"doc:e{i}": f"evt-{i}" for i in range(1, 6)}
    misses = perpetrator_misses([doc], release(published, aliases), matched)
    assert misses == {
        "a doer lacking, named in the gold quote": 1,
        "doer where the gold has none": 1,
        "extra doers only": 1,
        "no doer, named in the gold quote": 1,
    }
    # a doer the quote does not name is told apart: it needs coreference or inference
    doc.events[0].spans = [(0, 6)]
    misses = perpetrator_misses([doc], release(published, aliases), matched)
    assert misses["no doer, not named in the gold quote"] == 1


def test_wrong_dates_are_counted_by_how_they_differ():
    gold = [
        gold_event(f"e{i}", 0, 10, date_start=s, date_end=e)
        for i, (s, e) in enumerate(
            [
                ("2020-01-05", "2020-01-05"),
                ("2020-01-05", "2020-01-05"),
                ("2020-01-01", "2020-01-31"),
                (None, "2020-01-31"),
                ("2020-01-05", "2020-01-05"),
                ("2020-01-05", "2020-01-05"),
                ("2020-01-01", "2020-01-31"),
                (None, None),
                ("2020-01-05", "2020-01-05"),
            ]
        )
    ]
    published = [
        ("2020-01-01", "2020-01-31"),  # wider
        (None, None),  # none
        ("2020-01-05", "2020-01-05"),  # narrower
        ("2020-01-01", "2020-01-31"),  # the gold leaves a bound open
        ("2020-01-20", "2020-01-20"),  # apart, within a month
        ("2021-01-05", "2021-01-05"),  # apart, over a month
        ("2020-01-20", "2020-02-10"),  # overlapping
        ("2020-01-05", "2020-01-05"),  # a date where the gold has none
        ("2020-01-05", "2020-01-05"),  # right: not counted
    ]
    events = {f"evt-{i}": {"date_start": s, "date_end": e} for i, (s, e) in enumerate(published)}
    doc = GoldDocument("doc", gold, [], {})
    matched = {f"doc:e{i}": f"evt-{i}" for i in range(len(gold))}
    assert date_misses([doc], release(events), matched) == {
        "a bound left open on one side only": 1,
        "a date where the gold has none": 1,
        "apart, over a month": 1,
        "apart, within a month": 1,
        "narrower than the gold's": 1,
        "no date": 1,
        "overlapping": 1,
        "wider than the gold's": 1,
    }


def test_perpetrator_accuracy_is_told_apart_by_where_the_doers_come_from():
    gold = [gold_event(f"e{i}", 0, 10) for i in range(4)]
    events = {
        "evt-0": {"perpetrator_ids": ["act-al_shabaab"], "perpetrator_basis": "stated"},
        "evt-1": {"perpetrator_ids": ["act-boko_haram"], "perpetrator_basis": "stated"},
        "evt-2": {"perpetrator_ids": ["act-al_shabaab"], "perpetrator_basis": "inferred"},
        "evt-3": {"perpetrator_ids": [], "perpetrator_basis": None},
    }
    doc = GoldDocument("doc", gold, [], {})
    matched = {f"doc:e{i}": f"evt-{i}" for i in range(4)}
    assert perpetrators_by_basis([doc], release(events), matched) == {
        "inferred": {"right": 1, "of": 1},
        "none": {"right": 0, "of": 1},
        "stated": {"right": 1, "of": 2},
    }


def test_date_accuracy_is_told_apart_by_where_the_date_comes_from():
    gold = [gold_event(f"e{i}", 0, 10) for i in range(3)]  # each dated 2020-01-05
    events = {
        "evt-0": {"date_start": "2020-01-05", "date_end": "2020-01-05", "date_basis": "stated"},
        "evt-1": {"date_start": "2020-01-01", "date_end": "2020-01-31", "date_basis": "narrative"},
        "evt-2": {"date_start": None, "date_end": None, "date_basis": None},
    }
    doc = GoldDocument("doc", gold, [], {})
    matched = {f"doc:e{i}": f"evt-{i}" for i in range(3)}
    assert dates_by_basis([doc], release(events), matched) == {
        "narrative": {"right": 0, "of": 1},
        "none": {"right": 0, "of": 1},
        "stated": {"right": 1, "of": 1},
    }
