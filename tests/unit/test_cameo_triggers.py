"""Triggers taken from PETRARCH2's CAMEO verb dictionary (flows/extract/triggers/cameo.py)."""

from __future__ import annotations

from flows.extract.triggers.cameo import cameo_triggers
from flows.knowledge.petrarch.dictionary import load_cameo_event_types
from flows.knowledge.petrarch.verb_dictionary import VerbDictionary, VerbEntry

TABLE = {"19": "attack", "190": "attack", "192": "territory_seizure", "201": None, "04": None}


def verb(phrase: str, code: str | None, forms: tuple[str, ...] | None = None) -> VerbEntry:
    return VerbEntry(phrase, None, forms, code, code[:2] if code else None, "BLOCK", 1)


def entries(*verbs: VerbEntry, known: set[str] = frozenset()) -> list[dict]:
    return cameo_triggers(VerbDictionary(tuple(verbs), (), {}, ()), TABLE, known)


def test_a_verb_takes_its_codes_project_type_and_names_its_source():
    [clash] = entries(verb("CLASH", "190"))
    assert clash["lemma"] == "clash" and clash["type"] == "attack"
    assert clash["subject_required"] == ["actor"]
    assert clash["object_required"] == ["person", "group", "base", "facility"]
    assert clash["source"].startswith("CAMEO 190")


def test_occupying_needs_a_place_not_a_person():
    [occupy] = entries(verb("OCCUPY", "192"))
    assert occupy["type"] == "territory_seizure" and occupy["object_required"] == ["place"]


def test_codes_without_a_project_type_give_no_trigger():
    assert entries(verb("EXPEL", "201"), verb("MEET", "04"), verb("SAY", None)) == []


def test_a_verb_with_a_particle_needs_the_particle_and_keeps_irregular_forms():
    [gun] = entries(verb("GUN DOWN", "190", ("GUNNED DOWN", "GUNS DOWN")))
    assert gun["lemma"] == "gun" and gun["particle"] == ["down"]
    assert gun["forms"] == ["gunned", "guns"]


def test_tabari_leftovers_are_not_verbs():
    assert entries(verb("KILLED AND", "190"), verb("SHOT OR", "190")) == []


def test_the_hand_written_lexicon_wins():
    assert entries(verb("ATTACK", "190"), known={"attack"}) == []


def test_one_entry_per_verb_and_type():
    assert len(entries(verb("BEAT", "190"), verb("BEAT", "19"))) == 1


def test_the_real_dictionary_widens_the_lexicon(resources):
    sources = {t.source for ts in resources.lexicon.triggers.values() for t in ts}
    cameo = {s for s in sources if s.startswith("CAMEO")}
    assert len(cameo) > 100
    assert "triggers.yaml" in sources
    table = load_cameo_event_types()
    assert table["19"] == "attack"
