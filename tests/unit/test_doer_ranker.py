"""The learned doer re-ranker: it fills a doer the rules left empty with the document's actor
its weights rank above "no doer", and never overrules a doer the rules found."""

from pathlib import Path

from flows.resolve.doer_ranker import DocumentView, candidates, load_model, rerank_doers
from flows.resolve.resolved_mention import ResolvedMention

TEXT = (
    "The ZLF has fought in Ruritania since 2001.\n\n"
    "The ZLF stormed a police post in Zenda on Monday, and the attack killed four.\n\n"
    "The Ruritanian army said it arrested two men in Strelsau."
)
TYPES = {"zlf": "armed_group", "ruritania": "state", "ruritanian_army": "state_force"}
MODEL = Path(__file__).parents[2] / "dictionaries" / "doer_model.yaml"


def _view() -> DocumentView:
    sightings = {
        ("zlf", TEXT.index("ZLF"), TEXT.index("ZLF") + 3),
        ("zlf", TEXT.index("ZLF stormed"), TEXT.index("ZLF stormed") + 3),
        ("ruritanian_army", TEXT.index("Ruritanian army"), TEXT.index("Ruritanian army") + 15),
    }
    return DocumentView.of(TEXT, range(len(TEXT)), sightings, TYPES.get)


def _mention(trigger: str, event_type: str, doers: list[str]) -> ResolvedMention:
    start = TEXT.index(trigger)
    sentence = TEXT.rfind("\n", 0, start) + 1
    return ResolvedMention(
        "doc", event_type, trigger, sentence, TEXT.index(".", start) + 1, "quote", None,
        "asserted", None, None, None, None, None, perpetrator_ids=doers,
        trigger_start=start, trigger_end=start + len(trigger),
    )  # fmt: skip


def test_the_trained_model_gives_a_doerless_attack_the_group_before_it_that_did_the_last_deed():
    fought, attack = _mention("fought", "attack", ["act-zlf"]), _mention("attack", "attack", [])
    used = []
    rerank_doers([fought, attack], _view(), load_model(MODEL), used.append)
    assert attack.perpetrator_ids == ["act-zlf"]
    assert attack.inferred_doer  # a guess: no evidence for merging
    assert used == ["zlf"]  # published as taking part


def test_a_doer_the_rules_found_is_never_overruled():
    arrest = _mention("arrested", "arrest", ["act-ruritania"])
    rerank_doers([arrest], _view(), {"weights": {"kind_state_force": 9.0}, "margin": 0.0}, print)
    assert arrest.perpetrator_ids == ["act-ruritania"] and not arrest.inferred_doer


def test_no_doer_stays_when_no_candidate_beats_it_by_the_margin():
    attack = _mention("attack", "attack", [])
    rerank_doers([attack], _view(), {"weights": {"at_sent_before": 1.0}, "margin": 2.0}, print)
    assert attack.perpetrator_ids == []


def test_candidates_say_where_each_actor_stands_against_the_trigger():
    attack = _mention("attack", "attack", [])
    by_ids = {c.ids: c.features for c in candidates(attack, _view(), [attack])}
    assert by_ids[("act-zlf",)]["at_sent_before"] == 1.0
    assert by_ids[("act-zlf",)]["top_group"] == 1.0
    assert by_ids[("act-ruritanian_army",)]["at_doc_after"] == 1.0  # a later paragraph
    assert by_ids[()]["rules"] == 1.0  # the rules found no doer
