"""Merge: two mentions are one event only when nothing tells them apart; in doubt, two events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from flows.extract.counts import Count
from flows.extract.dates.intervals import DateValue
from flows.extract.places.named import Place
from flows.resolve.merge import cluster, same_event
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
from flows.resolve.resolved_mention import ResolvedMention

GARISSA = Place("Garissa", "KE", -0.45, 39.65, "city")
MANDERA = Place("Mandera", "KE", 3.94, 41.86, "city")
NORTH_EASTERN_KENYA = Place("North Eastern", "KE", None, None, "region")
MOGADISHU = Place("Mogadishu", "SO", 2.04, 45.34, "city")


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue(date(y, m, d), date(y, m, d), "day", f"{y}-{m}-{d}")


def month(y: int, m: int) -> DateValue:
    end = date(y, m + 1, 1).toordinal() - 1 if m < 12 else date(y, 12, 31).toordinal()
    return DateValue(date(y, m, 1), date.fromordinal(end), "month", f"{y}-{m}")


def mention(doc_id="report-a", start=0, **kw) -> ResolvedMention:
    row = dict(
        doc_id=doc_id,
        event_type="attack",
        trigger="attack",
        raw_start=start,
        raw_end=start + 6,
        quote="attack",
        citation=None,
        certainty="asserted",
        date=day(2015, 4, 2),
        place=GARISSA,
        killed=None,
        injured=None,
        hostages=None,
        perpetrator_ids=["act-al_shabaab"],
        target_ids=[],
    )
    return ResolvedMention(**{**row, **kw})


def test_one_attack_reported_by_two_documents_is_one_event():
    a = mention("report-a", event_type="attack", date=day(2015, 4, 2))
    b = mention("report-b", event_type="killing", date=month(2015, 4), perpetrator_ids=[])
    assert same_event(a, b)
    assert len(cluster([a, b])) == 1


def test_a_town_and_the_region_around_it_are_the_same_place():
    a = mention("report-a", place=GARISSA, perpetrator_ids=[])
    b = mention("report-b", place=NORTH_EASTERN_KENYA, perpetrator_ids=[])
    assert same_event(a, b)


def test_the_merged_event_keeps_the_most_telling_type_narrowest_date_and_surest_count():
    a = mention(
        "report-a",
        event_type="attack",
        date=month(2015, 4),
        certainty="reported",
        killed=Count(150, "about", "some 150"),
    )
    b = mention(
        "report-b",
        event_type="killing",
        date=day(2015, 4, 2),
        certainty="asserted",
        killed=Count(148, "exact", "148"),
    )
    group = [a, b]
    assert merged_type(group) == "attack"  # the attack, not the deaths it caused
    assert merged_type([a, replace(b, event_type="bombing")]) == "bombing"  # the means
    assert merged_date(group) == day(2015, 4, 2)
    assert first_count(group, "killed").value == 148
    assert best_certainty(group) == "asserted"


def test_different_named_perpetrators_never_merge():
    a = mention("report-a", perpetrator_ids=["act-al_shabaab"])
    b = mention("report-b", perpetrator_ids=["act-boko_haram"])
    assert not same_event(a, b)
    assert len(cluster([a, b])) == 2


def test_a_state_s_army_published_for_its_nationality_word_is_still_the_state_as_evidence():
    """'France intervened' and 'the French operation' (published as France's armed forces):
    one event, not two doers at odds."""
    a = mention("report-a", event_type="military_operation", perpetrator_ids=["act-france"])
    b = mention(
        "report-a",
        start=50,
        event_type="military_operation",
        perpetrator_ids=["act-fr_armed_forces"],
        doer_states=["act-france"],
    )
    assert same_event(a, b)
    assert len(cluster([a, b])) == 1


def test_different_named_targets_never_merge():
    a = mention("report-a", target_ids=["act-kenya"], perpetrator_ids=[])
    b = mention("report-b", target_ids=["act-somalia"], perpetrator_ids=[])
    assert not same_event(a, b)


def test_disjoint_dates_never_merge_even_with_the_same_place_and_group():
    a = mention("report-a", date=day(2015, 4, 2))
    b = mention("report-b", date=day(2015, 4, 9))
    assert not same_event(a, b)
    assert len(cluster([a, b])) == 2


def test_places_in_different_countries_never_merge():
    a = mention("report-a", place=GARISSA)
    b = mention("report-b", place=MOGADISHU)
    assert not same_event(a, b)


def test_a_violent_event_does_not_merge_with_a_capture_or_a_formation():
    a = mention("report-a", event_type="attack")
    for other in ("capture_arrest", "group_formation"):
        assert not same_event(a, mention("report-b", event_type=other))


def test_overlapping_dates_need_a_shared_place_or_actor():
    a = mention("report-a", place=GARISSA, perpetrator_ids=[])
    b = mention("report-b", place=MANDERA, perpetrator_ids=[])
    assert not same_event(a, b)


def test_undated_mentions_merge_only_with_both_place_and_actor():
    a = mention("report-a", date=None)
    assert same_event(a, mention("report-b", date=None))
    assert not same_event(a, mention("report-b", date=None, place=None))
    assert not same_event(a, mention("report-b", date=day(2015, 4, 2)))


def test_two_kinds_of_deed_one_document_dates_only_by_year_are_two_events():
    year = DateValue(date(1995, 1, 1), date(1995, 12, 31), "year", "1995")
    bombings = mention("report-a", 0, event_type="bombing", date=year, place=None)
    assault = mention("report-a", 90, event_type="attack", date=year, place=None)
    assert not same_event(bombings, assault)
    # dated to the day, the same kinds merge; told in two documents by a year and a group
    # alone, they stay two (test_two_reports_deeds_need_more_in_common_the_wider_their_dates)
    assert same_event(
        replace(bombings, date=day(1995, 4, 4)), replace(assault, date=day(1995, 4, 4))
    )
    assert not same_event(bombings, replace(assault, doc_id="report-b"))


def test_two_reports_deeds_need_more_in_common_the_wider_their_dates():
    year = DateValue(date(2012, 1, 1), date(2012, 12, 31), "year", "2012")
    # a group's bombing "in 2012" in one report and its January raid in another: two events
    bombing = mention("report-a", event_type="bombing", date=year, place=MOGADISHU)
    raid = mention("report-b", event_type="attack", date=month(2012, 1), place=None)
    assert not same_event(bombing, raid)
    assert len(cluster([bombing, raid])) == 2
    # the same type, town and group by a year: one
    assert same_event(bombing, replace(raid, event_type="bombing", place=MOGADISHU))
    # within a month, a shared group is enough only with the same type
    strike = mention("report-a", event_type="airstrike", date=day(2014, 9, 1), place=None)
    told = mention("report-b", event_type="killing", date=month(2014, 9), place=None)
    assert not same_event(strike, told)
    assert same_event(strike, replace(told, event_type="airstrike"))
    # ... and a named place whatever the type ("the hostage crisis at the gas facility")
    assert same_event(replace(strike, place=GARISSA), replace(told, place=GARISSA))
    # told for the same day or week, a shared group or place is enough, as before
    assert same_event(strike, replace(told, date=day(2014, 9, 1)))


def test_two_deeds_one_trigger_tells_never_merge():
    # "a market in Gwoza and a mosque in Bama were bombed on 7 May": one word, two events,
    # though they share the day and the doer
    market = mention("report-a", place=MANDERA, trigger_start=40, trigger_end=46)
    mosque = replace(market, place=NORTH_EASTERN_KENYA, part=1)
    assert not same_event(market, mosque)
    assert len(cluster([market, mosque])) == 2
    # the same deed told again later still joins the first
    again = mention("report-a", start=300, place=MANDERA, trigger_start=310, trigger_end=316)
    assert same_event(market, again)


def test_a_mention_joins_no_cluster_that_holds_a_conflicting_one():
    # b would merge with a, but conflicts with c (another group) already in the same cluster.
    a = mention("report-a", start=0, perpetrator_ids=[], target_ids=["act-kenya"])
    c = mention("report-a", start=50, perpetrator_ids=["act-boko_haram"], target_ids=["act-kenya"])
    b = mention("report-b", start=0, perpetrator_ids=["act-al_shabaab"], target_ids=[])
    clusters = cluster([a, c, b])
    assert not any(b in group and c in group for group in clusters)


def test_clustering_does_not_depend_on_input_order():
    ms = [
        mention("report-a", start=0),
        mention("report-b", start=10, date=month(2015, 4)),
        mention("report-a", start=90, date=day(2015, 4, 9)),
    ]
    forward = [[m.order for m in g] for g in cluster(ms)]
    backward = [[m.order for m in g] for g in cluster(list(reversed(ms)))]
    assert forward == backward
    assert len(forward) == 2


def test_a_year_long_mention_does_not_chain_events_months_apart():
    january = mention("report-a", date=month(2020, 1), place=None, perpetrator_ids=["act-us"])
    this_year = mention(
        "report-b",
        100,
        date=DateValue(date(2020, 1, 1), date(2020, 12, 31), "year", "this year"),
        place=None,
        perpetrator_ids=["act-us"],
    )
    september = mention(
        "report-b", 50, date=day(2020, 9, 14), place=None, perpetrator_ids=["act-us"]
    )
    groups = cluster([september, this_year, january])
    assert not any(january in g and september in g for g in groups)


def test_a_definite_re_mention_joins_the_event_told_before_it():
    raid = mention("report-a", 0, perpetrator_ids=[])
    other = mention("report-a", 40, event_type="release", date=None, place=None)
    claim = mention(
        "report-a", 90, date=None, place=None, perpetrator_ids=["act-iswap"], anaphoric=True
    )
    groups = cluster([raid, other, claim])
    assert [len(g) for g in groups if raid in g] == [2]
    assert any(claim in g for g in groups if raid in g)


def test_a_re_mention_naming_its_victims_retells_no_deed_that_struck_others():
    killing = mention("report-a", 0, event_type="killing", target_ids=["act-new-rupert"])
    told = dict(date=None, place=None, perpetrator_ids=[], anaphoric=True, event_type="killing")
    others = mention("report-a", 90, target_ids=["act-new-michael", "act-new-fritz"], **told)
    assert not any(others in g and killing in g for g in cluster([killing, others]))
    # the same victim, or none named, still retells it
    same = mention("report-a", 90, target_ids=["act-new-rupert"], **told)
    assert any(same in g and killing in g for g in cluster([killing, same]))
    unnamed = mention("report-a", 90, target_ids=[], **told)
    assert any(unnamed in g and killing in g for g in cluster([killing, unnamed]))


def test_a_hostage_killed_is_not_the_kidnapping_told_again():
    kidnapping = mention("report-a", 0, event_type="kidnapping", target_ids=[])
    told = dict(date=None, place=None, perpetrator_ids=[], target_ids=[], anaphoric=True)
    killed = mention("report-a", 90, event_type="killing", **told)
    assert not any(killed in g and kidnapping in g for g in cluster([kidnapping, killed]))
    # a re-mention of the kidnapping itself still retells it
    again = mention("report-a", 90, event_type="kidnapping", **told)
    assert any(again in g and kidnapping in g for g in cluster([kidnapping, again]))


def test_a_re_mention_naming_a_doer_skips_a_later_deed_of_another_named_doer():
    """'X drove the van in the bombing' after a raid the police carried out: the bombing
    told before the raid, not the raid; with no other deed it still joins the raid."""
    bombing = mention(
        "report-a", 0, event_type="bombing", date=None, place=None, perpetrator_ids=[]
    )
    raid = mention("report-a", 40, date=None, place=None, perpetrator_ids=["act-indonesia"])
    telling = mention(
        "report-a",
        90,
        event_type="bombing",
        date=None,
        place=None,
        perpetrator_ids=["act-new-van_driver"],
        anaphoric=True,
    )
    groups = cluster([bombing, raid, telling])
    assert [g for g in groups if telling in g] == [[bombing, telling]]
    assert len(cluster([raid, telling])) == 1


def test_a_dated_re_mention_is_not_an_undated_deed_told_before_it():
    # "a bomb killed six in Kalat" ... "the attack on 4 January": two deeds
    bombing = mention(
        "report-a", 0, event_type="bombing", date=None, place=None, perpetrator_ids=[]
    )
    dated = mention(
        "report-a", 90, date=day(2019, 1, 4), place=None, perpetrator_ids=[], anaphoric=True
    )
    assert len(cluster([bombing, dated])) == 2


def test_a_dated_re_mention_joins_the_deed_of_its_date():
    raid = mention("report-a", 0, date=day(2019, 1, 4), place=None, perpetrator_ids=["act-x"])
    dated = mention(
        "report-a", 90, date=month(2019, 1), place=None, perpetrator_ids=[], anaphoric=True
    )
    assert len(cluster([raid, dated])) == 1


def test_a_re_mention_is_not_a_year_long_background_deed_told_before_it():
    # "the ambush killed 28 soldiers" ... "militants killed four there in 2017" ... "the ambush"
    ambush = mention("report-a", 0, date=day(2019, 5, 21), place=None, perpetrator_ids=[])
    background = mention(
        "report-a",
        50,
        date=DateValue(date(2017, 1, 1), date(2017, 12, 31), "year", "2017"),
        place=None,
        perpetrator_ids=[],
    )
    again = mention("report-a", 90, date=None, place=None, perpetrator_ids=[], anaphoric=True)
    groups = cluster([ambush, background, again])
    assert any(again in g and ambush in g for g in groups)


def test_a_re_mention_of_a_year_dated_deed_by_its_own_doer_retells_it():
    """'the front was created in 1988' ... 'since its creation the front has ...': one
    founding, not two."""
    year = DateValue(date(1988, 1, 1), date(1988, 12, 31), "year", "1988")
    kw = dict(event_type="group_formation", place=None, perpetrator_ids=["act-al_qaeda"])
    founding = mention("report-a", 0, date=year, **kw)
    again = mention("report-a", 90, date=None, anaphoric=True, **kw)
    assert len(cluster([founding, again])) == 1
    doerless = replace(again, perpetrator_ids=[])
    assert len(cluster([founding, doerless])) == 2


def test_a_re_mention_with_its_own_day_is_not_the_deed_told_for_another_day():
    """ "Following the 4 January attack on police outposts", after a deed the story told in
    March: the dated attack is an event of its own; one told in January is the same."""
    march = mention("report-a", 0, date=None, place=None, narrative_date=month(2019, 3))
    attack = mention(
        "report-a", 90, date=day(2019, 1, 4), place=None, perpetrator_ids=[], anaphoric=True
    )
    assert len(cluster([march, attack])) == 2
    january = mention("report-a", 0, date=None, place=None, narrative_date=month(2019, 1))
    assert len(cluster([january, attack])) == 1


def test_the_operation_re_mentioned_is_the_bombing_told_before_it():
    """ "The battalion pulled out" ... "a car bomb went off" ... "X had planned the
    operation": X's bombing, not the pull-out."""
    withdrawal = mention(
        "report-a", 0, event_type="military_operation", date=None, place=None, perpetrator_ids=[]
    )
    bombing = mention("report-a", 40, event_type="bombing", date=None, perpetrator_ids=[])
    operation = mention(
        "report-a",
        90,
        event_type="military_operation",
        trigger="operation",
        date=None,
        place=None,
        perpetrator_ids=["act-x"],
        anaphoric=True,
    )
    groups = cluster([withdrawal, bombing, operation])
    assert any(operation in g and bombing in g for g in groups)


def test_a_re_mention_with_nothing_before_it_stays_its_own_event():
    claim = mention("report-a", 90, date=None, place=None, anaphoric=True)
    later = mention("report-a", 200)
    assert len(cluster([claim, later])) == 2


def _relation(subject, obj, start=0, end=60, doc_id="report-a"):
    return {
        "subject_id": subject,
        "object_id": obj,
        "doc_id": doc_id,
        "char_start": start,
        "char_end": end,
    }


def test_a_life_event_names_the_group_its_sentence_relates_to_its_actor():
    from flows.publish.assemble import with_relation_parties

    takeover = mention(
        event_type="leadership_change",
        perpetrator_ids=["act-batarfi"],
        target_ids=["act-al_rimi"],
        raw_end=60,
    )
    attack = mention(event_type="attack", perpetrator_ids=["act-batarfi"], raw_end=60)
    relations = [
        _relation("act-batarfi", "act-aqap"),
        _relation("act-al_rimi", "act-aqap"),  # the predecessor: a target, not a party
        _relation("act-batarfi", "act-hurras", start=200, end=260),  # another sentence
    ]
    with_relation_parties([takeover, attack], relations)
    assert takeover.perpetrator_ids == ["act-aqap", "act-batarfi"]
    assert attack.perpetrator_ids == ["act-batarfi"]  # only a group's life events


def test_a_narrative_date_dates_an_undated_event_but_never_merges_it():
    bombing = mention("report-a", 0, date=day(1998, 8, 7), place=None, perpetrator_ids=[])
    retold = mention(
        "report-a",
        90,
        event_type="killing",
        date=None,
        place=None,
        perpetrator_ids=[],
        narrative_date=day(1998, 8, 7),
    )
    groups = cluster([bombing, retold])
    assert len(groups) == 2  # the narrative's time is no evidence of one deed
    assert merged_date([retold]) == day(1998, 8, 7)
    assert merged_date([bombing, replace(retold, narrative_date=month(1998, 9))]) == day(1998, 8, 7)


def test_two_undated_deeds_told_on_different_days_of_a_digest_are_two_events():
    # Two items of a news digest, each of its own day, tell an attack by the same group in the
    # same region with no date of their own: two attacks, each on its item's day.
    region = dict(date=None, place=NORTH_EASTERN_KENYA)
    ambush = mention("digest", 0, narrative_date=day(2017, 7, 30), **region)
    raid = mention("digest", 900, narrative_date=day(2015, 12, 15), **region)
    groups = cluster([ambush, raid])
    assert len(groups) == 2
    assert [merged_date(g) for g in groups] == [day(2017, 7, 30), day(2015, 12, 15)]
    same_day = replace(raid, narrative_date=day(2017, 7, 30))
    assert len(cluster([ambush, same_day])) == 1


def test_a_country_inferred_for_an_unplaced_deed_joins_no_other_document_s_event():
    # one report names Garissa; another tells an attack that year it places nowhere, given
    # Kenya only as a guess: no evidence they are one deed
    named = mention("report-a", date=month(2015, 4), perpetrator_ids=[])
    guessed = mention(
        "report-b",
        date=month(2015, 4),
        perpetrator_ids=[],
        place=Place("", "KE", None, None, "country"),
    )
    assert len(cluster([named, guessed])) == 2
    region = replace(guessed, place=NORTH_EASTERN_KENYA)  # a region the text names: the same
    assert len(cluster([named, region])) == 1


def test_a_narrower_narrative_date_inside_the_stated_one_dates_the_merged_event():
    stated = mention("report-a", 0, date=month(2014, 5))
    retold = mention("report-a", 90, date=None, narrative_date=day(2014, 5, 3))
    assert merged_date([stated, retold]) == day(2014, 5, 3)  # 3 May lies in May 2014
    outside = replace(retold, narrative_date=day(2014, 6, 3))
    assert merged_date([stated, outside]) == month(2014, 5)  # the stated date wins


def test_with_no_stated_date_the_narrowest_narrative_date_dates_the_event():
    first = mention("report-a", 0, date=None, narrative_date=month(2014, 4))
    later = mention("report-a", 90, date=None, narrative_date=day(2014, 5, 8))
    assert merged_date([first, later]) == day(2014, 5, 8)
    assert merged_date([replace(first, narrative_date=None)]) is None


def test_a_guessed_perpetrator_neither_joins_nor_separates_two_mentions():
    # Two attacks a month apart in one digest, each given the sentence's only group as its
    # doer: the shared guess is no evidence that they are one event ...
    a = mention("digest", date=month(2015, 4), place=None, inferred_doer=True)
    b = mention("digest", date=month(2015, 4), place=None, inferred_doer=True, start=90)
    assert not same_event(a, b)
    assert same_event(replace(a, inferred_doer=False), replace(b, inferred_doer=False))
    # ... and a guess that differs from a parsed doer does not keep one event apart
    c = mention("report-b", perpetrator_ids=["act-boko_haram"], inferred_doer=True)
    assert same_event(mention("report-a"), c)


def test_a_guessed_doer_is_no_second_doer_beside_a_stated_one():
    # "The ZLF attacked Zenda on 2 April" merged with a retelling whose only group, the
    # Strelsau Front, was guessed as its doer: the ZLF alone
    stated = mention("report-a", perpetrator_ids=["act-zlf"])
    guessed = mention("report-b", perpetrator_ids=["act-strelsau_front"], inferred_doer=True)
    assert union([stated, guessed], "perpetrator_ids") == ["act-zlf"]
    # with no named doer stated, the guess stands
    assert union([mention(perpetrator_ids=[]), guessed], "perpetrator_ids") == [
        "act-strelsau_front"
    ]
    generic = mention("report-a", perpetrator_ids=["act-gen-uag"])
    assert union([generic, guessed], "perpetrator_ids") == ["act-strelsau_front"]


def test_an_event_says_whether_its_doers_are_stated_or_guessed():
    stated = mention("report-a", perpetrator_ids=["act-zlf"])
    guessed = mention("report-b", perpetrator_ids=["act-strelsau_front"], inferred_doer=True)
    assert doer_basis([stated], ["act-zlf"]) == "stated"
    # the stated doer wins over the guess (union), and the event is stated
    assert doer_basis([stated, guessed], union([stated, guessed], "perpetrator_ids")) == "stated"
    # with no doer stated, the guess stands and says so
    alone = [mention(perpetrator_ids=[]), guessed]
    assert doer_basis(alone, union(alone, "perpetrator_ids")) == "inferred"
    assert doer_basis([mention(perpetrator_ids=[])], []) is None


def test_an_actor_s_home_country_places_an_unplaced_event_but_merges_nothing():
    year = DateValue(date(2006, 1, 1), date(2006, 12, 31), "year", "2006")
    kidnap = mention(start=0, event_type="kidnapping", date=year, place=None, home_country="DZ")
    killing = mention(start=100, event_type="killing", date=year, place=None, home_country="DZ")
    kidnap.perpetrator_ids, killing.perpetrator_ids = ["act-aqim"], ["act-algeria"]
    killing.inferred_doer = True  # a guessed doer is no conflict, and the home is no evidence
    assert not same_event(kidnap, killing)
    assert len(cluster([kidnap, killing])) == 2
    assert merged_place([kidnap]) == Place("", "DZ", None, None, "country")
    assert merged_place([replace(kidnap, place=GARISSA)]) == GARISSA  # a named place wins


def test_a_state_and_its_forces_struck_at_are_one_target():
    """'Militants killed four US soldiers' (the state) and 'where US troops were killed' (its
    army), both in 2017: one deed told twice, not two deeds with different targets."""
    year = DateValue(date(2017, 1, 1), date(2017, 12, 31), "year", "2017")
    a = mention(date=year, target_ids=["act-united_states"], perpetrator_ids=[])
    b = mention(start=90, date=year, target_ids=["act-us_military"], perpetrator_ids=[])
    assert not same_event(a, b)
    b = replace(b, target_states=["act-united_states"])
    assert same_event(a, b)
    assert len(cluster([a, b])) == 1


def bare_claim():
    """ "The ZLF claimed responsibility.": a doer-only re-mention told after the deed."""
    return mention(
        "report-a",
        90,
        date=None,
        place=None,
        perpetrator_ids=["act-new-zlf"],
        anaphoric=True,
        names_doer_only=True,
    )


def test_a_bare_claim_gives_the_deed_told_before_its_doer_over_an_unnamed_agent():
    """'Gunmen stormed a police station ... The ZLF claimed responsibility.': the claimant
    joins the latest earlier deed, whose only doer is an unnamed agent, and is its doer."""
    raid = mention("report-a", 0, perpetrator_ids=["act-gen-uaf"])
    claim = bare_claim()
    groups = cluster([raid, claim])
    assert groups == [[raid, claim]]
    assert union(groups[0], "perpetrator_ids") == ["act-new-zlf"]


def test_a_bare_claim_joins_no_deed_another_named_actor_did_and_is_no_event():
    raid = mention("report-a", 0, perpetrator_ids=["act-ruritania"])
    claim = bare_claim()
    assert cluster([raid, claim]) == [[raid]]
    assert cluster([claim]) == []


def test_a_deed_told_after_the_story_s_time_keeps_its_open_end_and_never_narrows_a_stated_one():
    after = replace(day(2014, 5, 3), open_end=True)
    retold = mention("report-a", 90, date=None, narrative_date=after)
    assert merged_date([retold]) == after
    stated = mention("report-a", 0, date=month(2014, 5))
    assert merged_date([stated, retold]) == month(2014, 5)


def test_a_deed_told_after_the_story_s_time_is_published_as_a_range_open_at_its_end():
    from flows.publish.assemble import event_records

    after = replace(month(2016, 4), open_end=True)
    took = mention("report-a", 90, date=None, narrative_date=after)
    (row,), _ = event_records([took], {"attack": {}})
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (
        date(2016, 4, 1),
        None,
        "range",
    )


def test_a_deed_told_as_done_by_a_time_is_published_as_a_range_open_at_its_start():
    from flows.publish.assemble import event_records

    by = replace(month(2011, 8), open_start=True)
    took = mention("report-a", 90, date=by)
    (row,), _ = event_records([took], {"attack": {}})
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (
        None,
        date(2011, 8, 31),
        "range",
    )
    # the story's time the deadline set dates the next deed by the period itself
    told = mention("report-a", 190, date=None, narrative_date=by)
    (row,), _ = event_records([told], {"attack": {}})
    assert (row["date_start"], row["date_end"]) == (date(2011, 8, 1), date(2011, 8, 31))


def test_an_unnamed_agent_told_apart_beside_a_named_doer_is_another_doer():
    # "the ZLF and allied militias took Strelsau": the militias are not the ZLF told vaguely
    both = ["act-gen-uaf", "act-zlf"]
    apart = mention(perpetrator_ids=both, co_doers=["act-gen-uaf"])
    assert union([apart], "perpetrator_ids") == both
    # "the ZLF claimed the attack ... militants stormed the hotel": the same actor told vaguely
    vague = [mention(perpetrator_ids=["act-zlf"]), mention(perpetrator_ids=["act-gen-uaf"])]
    assert union(vague, "perpetrator_ids") == ["act-zlf"]


def test_an_agent_word_qualifying_the_deed_tells_its_kind_not_another_doer():
    from types import SimpleNamespace

    from flows.extract.roles.mentions import Mention
    from flows.publish.assemble import co_doers

    # "The ZLF and allied militias took Zenda" / "the ZLF terrorist attack on Zenda"
    zlf = Mention("ZLF", 4, 7, "ORG", "")
    militias = Mention("allied militias", 12, 27, "NOUN", "")
    took = SimpleNamespace(perpetrators=[zlf, militias], trigger_start=28)
    assert co_doers(took, ["zlf", "gen-uaf"]) == ["act-gen-uaf"]
    terrorist = Mention("terrorist", 8, 17, "NOUN", "")
    attack = SimpleNamespace(perpetrators=[zlf, terrorist], trigger_start=18)
    assert co_doers(attack, ["zlf", "gen-uaf"]) == []
    assert co_doers(took, [None, "gen-uaf"]) == []  # no named doer: nothing to tell apart from


def test_an_event_says_whether_its_date_is_its_own_or_the_story_s():
    told = mention("report-a", 0, date=month(2019, 3))
    carried = mention("report-a", 40, date=None, narrative_date=day(2019, 3, 4))
    assert date_basis([told], merged_date([told])) == "stated"
    # the story's day inside the stated month is the narrower: the date is the narrative's
    assert merged_date([told, carried]) == day(2019, 3, 4)
    assert date_basis([told, carried], merged_date([told, carried])) == "narrative"
    assert date_basis([carried], merged_date([carried])) == "narrative"
    assert date_basis([mention(date=None)], None) is None
