"""Tests for the actor dictionary: the real file, each validation error, and match_key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.knowledge.actor_dictionary import (
    DEFAULT_PATH,
    ActorDictionary,
    ActorDictionaryError,
    load_actor_dictionary,
    match_key,
)

ASH = ("ansar_al_sharia_benghazi", "ansar_al_sharia_derna", "ansar_al_sharia_tunisia")


@pytest.fixture(scope="module")
def real() -> ActorDictionary:
    """The shipped dictionary, loaded once."""
    return load_actor_dictionary(DEFAULT_PATH)


def test_real_dictionary_loads(real: ActorDictionary) -> None:
    assert real.version
    assert len(real.actors) >= 150
    types = {a.actor_type for a in real.actors.values()}
    assert {"person", "armed_group", "state", "state_force", "igo", "organization"} <= types


def test_every_state_has_a_country_and_one_state_per_country(real: ActorDictionary) -> None:
    states = [a for a in real.actors.values() if a.actor_type == "state"]
    assert all(a.country for a in states)
    # The resolver maps demonyms ("French forces") to the one state entry of a country.
    assert len({a.country for a in states}) == len(states)


def test_ansar_al_sharia_is_three_actors_and_the_bare_name_is_ambiguous(
    real: ActorDictionary,
) -> None:
    assert all(k in real.actors for k in ASH)
    assert set(real.ambiguous_aliases["Ansar al-Sharia"]) >= set(ASH)
    assert set(real.lookup("Ansar Al Sharia")) >= set(ASH)
    assert real.lookup("Ansar Al Sharia in Derna") == ("ansar_al_sharia_derna",)
    assert real.lookup("Ansar al-Sharia in Benghazi") == ("ansar_al_sharia_benghazi",)
    assert real.lookup("Ansar al Sharia in Tunisia") == ("ansar_al_sharia_tunisia",)
    bare = match_key("Ansar al-Sharia")
    for key in ASH:
        assert bare not in {match_key(f) for f in real.actors[key].names()}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Belmohktar", "mokhtar_belmokhtar"),
        ("Mr. Marlboro", "mokhtar_belmokhtar"),
        ("Droukdal", "abdelmalek_droukdal"),
        ("Abu Musab Abdel Wadoud", "abdelmalek_droukdal"),
        ("Al Qaeda in the Islamic Maghreb", "aqim"),
        ("AQMI", "aqim"),
        ("al Qaeda’s", "al_qaeda"),
        ("al-Qa'ida", "al_qaeda"),
        ("Qasm al-Rimi", "qasim_al_raymi"),
        ("al-Mulathameen Brigade", "al_mulathameen"),
        ("Signed-in-Blood Battalion", "al_mulathameen"),
        ("Ansar al Dine", "ansar_dine"),
        ("Al Shaba'ab", "al_shabaab"),
        ("Al Nusrah Front", "nusra_front"),
        ("Muammar Kadhafi", "muammar_gaddafi"),
        ("the United States", "united_states"),
        ("French troops", "fr_armed_forces"),
        ("Lord’s Resistance Army", "lra"),
    ],
)
def test_known_spellings_resolve(real: ActorDictionary, text: str, key: str) -> None:
    assert real.lookup(text) == (key,)


def test_al_qaeda_in_iraq_is_not_aqim(real: ActorDictionary) -> None:
    assert real.lookup("al Qaeda in Iraq") == ("aqi",)
    assert real.lookup("AQI") != real.lookup("AQIM")


def test_surface_forms_skip_ambiguous_aliases_and_metonyms(real: ActorDictionary) -> None:
    forms = real.surface_forms()
    assert ("AQIM", "aqim") in forms
    assert ("Statoil", "equinor") in forms  # former names are surface forms too
    assert all(match_key(f) != match_key("Ansar al-Sharia") for f, _ in forms)
    assert ("Washington", "united_states") not in forms
    assert "Washington" in real.actors["united_states"].metonyms


def test_dates_are_normalised_to_strings(real: ActorDictionary) -> None:
    roles = real.actors["abdelmalek_droukdal"].roles
    assert any(r.object == "aqim" and (r.start, r.end) == ("2007-01", "2020-06") for r in roles)
    gspc = [r for r in real.actors["hassan_hattab"].roles if r.object == "gspc"]
    assert all(isinstance(r.start, str) for r in gspc)


# --- validation errors on small bad files -------------------------------------------------------

GOOD = """\
version: "1"
actors:
  - {key: aqim, name: AQIM, actor_type: armed_group, country: DZ, aliases: [AQMI]}
  - key: droukdal
    name: Abdelmalek Droukdal
    actor_type: person
    country: DZ
    roles:
      - {relation: leader_of, object: aqim, start: 2004, end: 2020-06}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_small_good_file_loads(tmp_path: Path) -> None:
    d = load_actor_dictionary(_write(tmp_path, GOOD))
    assert d.actors["droukdal"].roles[0].start == "2004"
    assert d.lookup("aqmi") == ("aqim",)


BAD_CASES: list[tuple[str, Callable[[str], str], list[str]]] = [
    ("duplicate key", lambda s: s.replace("key: droukdal", "key: aqim"), ["'aqim'", "duplicate"]),
    ("actor type", lambda s: s.replace("armed_group", "rebels"), ["'aqim'", "actor_type"]),
    ("bad country", lambda s: s.replace("country: DZ,", "country: XX,"), ["'aqim'", "'XX'"]),
    ("lowercase country", lambda s: s.replace("country: DZ,", "country: dz,"), ["'aqim'"]),
    ("norway unquoted", lambda s: s.replace("country: DZ,", "country: NO,"), ["False"]),
    (
        "unknown object",
        lambda s: s.replace("object: aqim", "object: aqmi"),
        ["'droukdal'", "'aqmi'"],
    ),
    ("unknown relation", lambda s: s.replace("leader_of", "emir_of"), ["'droukdal'", "'emir_of'"]),
    ("bad month", lambda s: s.replace("2020-06", "2020-13"), ["'droukdal'", "2020-13"]),
    ("words as date", lambda s: s.replace("2020-06", "June 2020"), ["'droukdal'", "June 2020"]),
    ("end before start", lambda s: s.replace("2020-06", "2003-05"), ["'droukdal'", "before"]),
    ("unknown field", lambda s: s.replace("aliases:", "alias:"), ["'aqim'", "'alias'"]),
    ("bad qid", lambda s: s.replace("country: DZ,", "country: DZ, wikidata_id: 123,"), ["QID"]),
    ("bad key", lambda s: s.replace("key: aqim,", "key: AQIM-1,"), ["slug"]),
    ("no version", lambda s: s.replace('version: "1"\n', ""), ["version"]),
]


@pytest.mark.parametrize(("label", "mutate", "expected"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_validation_errors(
    tmp_path: Path, label: str, mutate: Callable[[str], str], expected: list[str]
) -> None:
    bad = mutate(GOOD)
    assert bad != GOOD, label
    path = _write(tmp_path, bad)
    with pytest.raises(ActorDictionaryError) as err:
        load_actor_dictionary(path)
    message = str(err.value)
    assert str(path) in message
    for part in expected:
        assert part in message


CLASH = (
    GOOD + "  - {key: aqap, name: AQAP, actor_type: armed_group, country: YE, aliases: [aqmi]}\n"
)


def test_alias_under_two_keys_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ActorDictionaryError, match="alias clash.*'aqap'.*'aqim'|ambiguous_aliases"):
        load_actor_dictionary(_write(tmp_path, CLASH))


def test_alias_under_two_keys_is_allowed_when_declared_ambiguous(tmp_path: Path) -> None:
    text = CLASH.replace(
        'version: "1"\n', 'version: "1"\nambiguous_aliases: {AQMI: [aqim, aqap]}\n'
    )
    d = load_actor_dictionary(_write(tmp_path, text))
    assert d.lookup("AQMI") == ("aqim", "aqap")
    assert all(match_key(form) != "aqmi" for form, _ in d.surface_forms())


def test_ambiguous_alias_with_unknown_key_is_rejected(tmp_path: Path) -> None:
    text = GOOD.replace('version: "1"\n', 'version: "1"\nambiguous_aliases: {AQ: [aqim, nope]}\n')
    with pytest.raises(ActorDictionaryError, match="nope"):
        load_actor_dictionary(_write(tmp_path, text))


def test_unreadable_yaml_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ActorDictionaryError, match="cannot read"):
        load_actor_dictionary(_write(tmp_path, "actors: [\n"))


# --- match_key --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Al-Qaeda’s", "al Qaeda"),
        ("Al Qaeda's", "AL-QAEDA"),
        ("al-Qa'ida", "Al Qaida"),
        ("El Para", "al-Para"),
        ("Chokri Belaïd", "Chokri Belaid"),
        ("U.S.", "US"),
        ("The Taliban", "Taliban"),
        ("Lord’s Resistance Army", "Lords Resistance Army"),
        ("Signed‐in‐Blood Battalion", "Signed in Blood Battalion"),
        ("  Ansar   al-Dine ", "Ansar al Dine"),
    ],
)
def test_match_key_folds_variants(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Droukdal", "Droukdel"),
        ("Al Qaeda", "Al Qaida"),
        ("Ansar Dine", "Ansar al-Din"),
        ("AQI", "AQIM"),
    ],
)
def test_match_key_keeps_real_spelling_differences(a: str, b: str) -> None:
    assert match_key(a) != match_key(b)


def test_match_key_example() -> None:
    assert match_key("Al-Qaeda’s") == "al qaeda"


@given(st.text())
def test_match_key_is_idempotent_and_total(text: str) -> None:
    key = match_key(text)
    assert isinstance(key, str)
    assert match_key(key) == key
    assert key == key.strip()


def test_a_dictionary_name_matches_whichever_apostrophe_the_text_prints(resources):
    for text in ("al-Qa’ida claimed it.", "al-Qa'ida claimed it.", "al-Qa`ida claimed it."):
        ents = [(e.text, e.ent_id_) for e in resources.nlp(text).ents]
        assert ents[0] == (text.split()[0], "actor:al_qaeda")
