"""evaluation/agreement/compare.py: matching two annotations of one text and comparing actors.

The text and both annotations are invented for the test.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from evaluation.agreement.compare import Tally, compare_docs, date_kind, match, perpetrator_kind
from evaluation.gold import load_gold

TEXT = (
    "Gunmen of the Red Hand Front stormed a depot in Varna on 3 May 2031, killing four guards. "
    "The RHF later kidnapped two engineers. "
    "Troops of the Borovian army retook the depot in May 2031."
)


def _event(eid: str, quote: str, event_type: str, **extra) -> dict:
    return {
        "id": eid,
        "quote": quote,
        "event_type": event_type,
        "certainty": "asserted",
        "country": "ZZ",
        **extra,
    }


A = {
    "doc_id": "invented_doc",
    "events": [
        _event(
            "e1",
            "Gunmen of the Red Hand Front stormed a depot",
            "attack",
            also=["killing four guards"],
            perpetrators=["new:Red Hand Front"],
            date_start="2031-05-03",
            date_end="2031-05-03",
            killed=4,
        ),
        _event("e2", "The RHF later kidnapped two engineers.", "kidnapping", perpetrators=[]),
        _event(
            "e3",
            "Troops of the Borovian army retook the depot in May 2031.",
            "territory_seizure",
            perpetrators=["borovia_army"],
            date_start="2031-05-01",
            date_end="2031-05-31",
        ),
    ],
    "actors": [
        {"key": "new:Red Hand Front", "surface_forms": ["Red Hand Front", "RHF"]},
        {"key": "borovia_army", "surface_forms": ["Borovian army"]},
    ],
}

B = {
    "doc_id": "invented_doc",
    "events": [
        # overlaps both of A's e1 spans: an attack, the same actor under another key
        _event(
            "b1",
            "stormed a depot in Varna on 3 May 2031, killing four guards",
            "attack",
            perpetrators=["new:RHF"],
            date_start="2031-05-03",
            date_end="2031-05-03",
            killed=4,
        ),
        # a killing told in the same sentence: overlaps e1's also, but the attack is preferred
        _event("b2", "killing four guards", "killing", perpetrators=["generic:gunman"]),
        _event(
            "b3",
            "The RHF later kidnapped two engineers.",
            "kidnapping",
            perpetrators=["new:Red Hand Front"],
        ),
        _event(
            "b4",
            "retook the depot in May 2031",
            "territory_seizure",
            perpetrators=["borovia"],
            date_start="2031-05-20",
            date_end="2031-05-20",
            doubtful=True,
        ),
    ],
    "actors": [
        {"key": "new:RHF", "surface_forms": ["RHF"]},
        {"key": "borovia", "surface_forms": ["Borovia"]},
    ],
}


def _load(tmp_path: Path, data: dict, name: str):
    (tmp_path / "invented_doc.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / name / "invented_doc.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_gold(path, [tmp_path])


def test_match_prefers_same_type_then_overlap(tmp_path):
    a, b = _load(tmp_path, A, "a"), _load(tmp_path, B, "b")
    pairs = {(x.id, y.id) for x, y in match(a.events, b.events)}
    assert pairs == {("e1", "b1"), ("e2", "b3"), ("e3", "b4")}


def test_actors_compare_by_key_surface_form_or_generic(tmp_path):
    a, b = _load(tmp_path, A, "a"), _load(tmp_path, B, "b")
    # new:Red Hand Front and new:RHF share the surface form "RHF"
    assert perpetrator_kind({"new:Red Hand Front"}, {"new:RHF"}, a.actors, b.actors) == "same set"
    # no shared form: the army and the state are two actors
    assert perpetrator_kind({"borovia_army"}, {"borovia"}, a.actors, b.actors) == "disjoint"
    assert perpetrator_kind({"generic:gunman"}, {"generic:militant"}, {}, {}) == "same set"
    assert perpetrator_kind(set(), set(), {}, {}) == "both empty"
    assert perpetrator_kind(set(), {"x"}, {}, {}) == "one empty"
    assert perpetrator_kind({"x", "y"}, {"x"}, {}, {}) == "partial overlap"


def test_tally_leaves_doubtful_pairs_out(tmp_path):
    a, b = _load(tmp_path, A, "a"), _load(tmp_path, B, "b")
    tally = Tally()
    compare_docs(a, b, tally)
    # e3/b4 is left out (b4 doubtful); b2 is unmatched and counts as an extra event in B
    assert (tally.a, tally.b, tally.matched, tally.doubtful_pairs) == (2, 3, 2, 1)
    assert tally.agree["perpetrators"] == 1  # e1/b1 same actor; e2 empty vs b3 named
    assert tally.perp_kinds["one empty"] == 1
    assert tally.agree["date"] == 2  # e1/b1 same day; e2/b3 both undated


def test_date_kinds(tmp_path):
    a, b = _load(tmp_path, A, "a"), _load(tmp_path, B, "b")
    e3, b4 = a.events[2], b.events[3]
    assert date_kind(e3, b4) == "precision only"  # a day inside the month
    assert date_kind(a.events[0], b4) == "disjoint"
    assert date_kind(a.events[1], b4) == "one undated"
