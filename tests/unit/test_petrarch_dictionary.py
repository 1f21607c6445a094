"""The PETRARCH2 import (scripts/import_petrarch.py) and its loader (flows/knowledge/petrarch/dictionary.py).

Fixture dictionaries below are short excerpts in PETRARCH2's formats, with the tricky lines the
real files have (dated codes, underscores, comments, substitution markers, odd codes).
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from flows.knowledge.petrarch import dictionary as pd
from flows.knowledge.petrarch import verb_dictionary as pv
from schemas.vocab import EVENT_TYPES
from scripts import import_petrarch as ip

REAL_DIR = Path(__file__).resolve().parents[2] / "dictionaries" / "petrarch"
COMMIT = "0123456789abcdef0123456789abcdef01234567"

COUNTRIES = """\
# TABARI-formatted .actor file
# Copyright (c) 2014 Open Event Data Alliance

AFGHANISTAN_  [AFG]
+AFGHAN_
+ISLAMIC_REPUBLIC_OF_AFGHANISTAN
+HELMAND # Other provinces, since they're reported often

HAMID_KARZAI_  # CountryInfo.txt
+PRESIDENT_KARZAI_
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
\t[AFGELI]
MUHAMMADU_BUHARI_
\t[NGAELI <20150529]
\t#[NGAGOV >20150601] a commented-out code
\t[NGAGOV >20150529]
KOSOVO [KSV] # using World Bank code-No ISO
LIAMINE_Z\x1aROUAL_  # CountryInfo.txt
\t[DZAGOV 940131-990427]
"""
INTERNATIONAL = """\
UN_ [IGOUNO]
U.N._

BAN_KI-MOON
+SECRETARY-GENERAL_BAN_KI-MOON
\t[IGOUNO >20070101]
\t[KORGOVBUS 2004017-20061201]
JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt
"""
MILNONSTATE = """\
BOKO_HARAM [NGAREB] #  kkl 21 Mar 13
+JAMA'ATU_AHLIS_SUNNA_LIDDA'AWATI_WAL-JIHAD_
+BOKO_HARAM
"""
AGENTS = """\
# Copyright (c) 2014 Open Event Data Alliance
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON

TROOP [~MIL] # ab 22 Aug 2005
POLICE {} [~COP]
POLICE!PERSON!  [~COP]
THIEF {THIEVES} [~CRM]
ARMY [~MIL]
ENVOY [~GOV]
BOSS [~BUS]
HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
SECURITY_FORCE [~COP]
SECURITY_FORCE [~MIL]
ISLAMIC_EXTREMIST
DEPARMENT_OF_ENVIRONMENT [~ENV}
"""
VERBS = """\
# CAMEO VERB PATTERN DICTIONARY
# Copyright (c) 2015 Open Event Data Alliance

####### SYNONYM SETS #######

&AUXVERB1_
+WAS
+WERE

&CURRENCY
# <14.06.08: some of these are probably already plural
+MONEY
+CASH_
+DOLLAR

&MILITARY
+ARMY
+AIR_FORCE

####### VERB PATTERNS #######

---  ACCELERATE   [---]  ---
HURRY {HURRIES HURRYING HURRIED }
RUSH
- * (TO)                                              [042:043]     # RUSH
- &MILITARY *                                         [154]         # RUSH
- * &WEATHER                                          [---]

---  ASK   [020]---
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED  WIRE_+TAPPING }
INTERROGATE [090]
WONDER [---]
- * (BEFORE COURT)                                    [:173]        # APPEAR
- * DOWN (FROM)                                       [080!]        # BACK

######## TRANSFORMATIONS ##########

~ a (a b ATTACK) SAY = a b 015
#~ a (a b WILL_ATTACK) SAY = a b 138  # commented out
"""
LICENSE = "The MIT License (MIT)\n\nCopyright (c) 2014 Open Event Data\n\nPermission is granted.\n"
FILES = {
    "Phoenix.Countries.actors.txt": COUNTRIES,
    "Phoenix.International.actors.txt": INTERNATIONAL,
    "Phoenix.MilNonState.actors.txt": MILNONSTATE,
    "Phoenix.agents.txt": AGENTS,
    "CAMEO.2.0.txt": VERBS,
}


def write_source(root: Path) -> Path:
    """A folder laid out like the petrarch2 repository, holding the fixture dictionaries."""
    folder = root / "petrarch2" / "data" / "dictionaries"
    folder.mkdir(parents=True)
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (root / "LICENSE").write_text(LICENSE, encoding="utf-8")
    return root


def run_import(source: Path, out: Path) -> int:
    return ip.main(
        [str(source), "--commit", COMMIT, "--retrieved", "2026-12-02", "--out", str(out)]
        + ["--countries", str(REAL_DIR / "cameo_countries.yaml")]
    )


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("petrarch")
    assert run_import(write_source(root / "src"), root / "out") == 0
    return root / "out"


def restriction(text: str) -> tuple[dict | None, list[str]]:
    notes = ip.Notes()
    return ip.parse_code_restriction(text, "f.txt:1", notes), notes.items


# ---------------------------------------------------------------- date restrictions


def test_after_restriction_is_a_start_and_before_restriction_an_end() -> None:
    assert restriction("NGAGOV >20150529") == (
        {"code": "NGAGOV", "start": "2015-05-29"},
        [],
    )
    assert restriction("IRQ <030320") == ({"code": "IRQ", "end": "2003-03-20"}, [])


def test_range_restriction_mixes_six_and_eight_digit_dates() -> None:
    assert restriction("FRAGOV 070516-20120515")[0] == {
        "code": "FRAGOV",
        "start": "2007-05-16",
        "end": "2012-05-15",
    }


def test_blank_after_the_operator_is_allowed_and_dashes_are_the_null_code() -> None:
    assert restriction("SYROPP > 20120101")[0] == {"code": "SYROPP", "start": "2012-01-01"}
    assert restriction("---") == ({"code": None}, [])


def test_two_digit_years_pivot_at_30_as_in_petrarch() -> None:
    assert ip.parse_petrarch_date("300101") == date(2030, 1, 1)
    assert ip.parse_petrarch_date("310101") == date(1931, 1, 1)


def test_malformed_dates_are_read_as_petrarch_reads_them_and_noted() -> None:
    entry, notes = restriction("IRQOCC 1920030320-20060520")
    assert entry == {"code": "IRQOCC", "start": "1920-03-03", "end": "2006-05-20"}
    assert notes == ["f.txt:1: date '1920030320' has 10 digits; read as PETRARCH2 does: 1920-03-03"]


def test_a_restriction_that_can_never_apply_is_noted() -> None:
    _, notes = restriction("EGYGOV 20121207-20120802")
    assert notes == [
        "f.txt:1: [EGYGOV 20121207-20120802] starts on or after its end: it never applies"
    ]


def test_an_impossible_calendar_date_drops_the_restriction_with_a_note() -> None:
    entry, notes = restriction("USAGOV 20100931-20110101")
    assert entry is None
    assert "f.txt:1: [USAGOV 20100931-20110101] skipped" in notes[0]


@given(st.dates(min_value=date(1931, 1, 1), max_value=date(2030, 12, 31)))
def test_both_date_widths_read_back_the_same_day(day: date) -> None:
    assert ip.parse_petrarch_date(day.strftime("%y%m%d")) == day
    assert ip.parse_petrarch_date(day.strftime("%Y%m%d")) == day


# ---------------------------------------------------------------- actors


def parsed_actors(text: str, kind: str = "state") -> tuple[list[dict], list[str]]:
    notes = ip.Notes()
    return ip.parse_actor_file(text, "a.txt", kind, notes), notes.items


def test_synonyms_and_dated_codes_belong_to_the_record_above_them() -> None:
    actors, _ = parsed_actors(COUNTRIES)
    karzai = next(a for a in actors if a["name"] == "HAMID KARZAI")
    assert karzai["synonyms"] == ["PRESIDENT KARZAI"]
    assert karzai["codes"] == [
        {"code": "AFGELI", "start": "1975-01-01", "end": "2000-01-01"},
        {"code": "AFGGOV", "start": "2001-12-22"},
        {"code": "AFGELI"},
    ]


def test_underscores_become_blanks_and_trailing_comments_are_dropped() -> None:
    actors, _ = parsed_actors(COUNTRIES)
    assert actors[0]["name"] == "AFGHANISTAN"
    assert actors[0]["synonyms"] == ["AFGHAN", "ISLAMIC REPUBLIC OF AFGHANISTAN", "HELMAND"]


def test_a_commented_out_code_line_is_ignored() -> None:
    actors, _ = parsed_actors(COUNTRIES)
    buhari = next(a for a in actors if a["name"] == "MUHAMMADU BUHARI")
    assert [c["code"] for c in buhari["codes"]] == ["NGAELI", "NGAGOV"]


def test_codes_after_a_tab_on_the_primary_line_are_all_kept_in_order() -> None:
    actors, _ = parsed_actors(INTERNATIONAL, "international")
    cuellar = next(a for a in actors if a["name"] == "JAVIER DE CUELLAR")
    assert cuellar["codes"] == [
        {"code": "IGOUNO", "start": "1982-01-01", "end": "1991-12-31"},
        {"code": "ELI"},
    ]


def test_a_primary_phrase_without_any_code_is_kept_as_an_actor_without_codes() -> None:
    actors, _ = parsed_actors(INTERNATIONAL, "international")
    assert {"name": "U.N.", "synonyms": [], "codes": [], "kind": "international", "line": 2} in (
        actors
    )


def test_a_lost_accent_becomes_the_replacement_character_with_a_note() -> None:
    actors, notes = parsed_actors(COUNTRIES)
    assert any(a["name"] == "LIAMINE Z\ufffdROUAL" for a in actors)
    assert any(n.startswith("a.txt:19: unreadable character") for n in notes)


def test_country_comes_from_the_code_prefix_with_the_non_iso_table() -> None:
    table = ip.load_country_table(REAL_DIR / "cameo_countries.yaml")
    assert ip.country_of([{"code": "NGAREB"}], table) == "NG"
    assert ip.country_of([{"code": "KSV"}], table) == "XK"
    assert ip.country_of([{"code": "IGOUNO"}, {"code": "ELI"}], table) is None
    assert ip.country_of([{"code": "IGOUNO"}, {"code": "KORGOVBUS"}], table) == "KR"
    assert ip.country_of([{"code": "USAGOV"}, {"code": "GBRGOV"}], table) is None


# ---------------------------------------------------------------- agents


def parsed_agents(text: str) -> tuple[dict[str, dict], list[str]]:
    notes = ip.Notes()
    agents = ip.parse_agent_file(text, "g.txt", notes)
    ip.note_agent_conflicts(agents, "g.txt", notes)
    return {(a["phrase"], a["line"]): a for a in agents}, notes.items


def test_agent_codes_attach_after_with_leading_tilde_and_before_with_trailing_tilde() -> None:
    agents, _ = parsed_agents(AGENTS)
    assert agents[("TROOP", 4)] == {
        "phrase": "TROOP",
        "plurals": ["TROOPS"],
        "code": "MIL",
        "attach": "after",
        "line": 4,
    }
    assert agents[("HUMAN RIGHTS BODY", 11)]["attach"] == "before"
    assert agents[("HUMAN RIGHTS BODY", 11)]["code"] == "NGO"


def test_agent_plurals_regular_braced_or_none() -> None:
    agents, _ = parsed_agents(AGENTS)
    plurals = {phrase: a["plurals"] for (phrase, _), a in agents.items()}
    assert plurals["POLICE"] == []
    assert plurals["THIEF"] == ["THIEVES"]
    assert plurals["ARMY"] == ["ARMIES"]
    assert plurals["ENVOY"] == ["ENVOYS"]
    assert plurals["BOSS"] == ["BOSSES"]


def test_substitution_markers_expand_without_plurals() -> None:
    agents, _ = parsed_agents(AGENTS)
    expanded = sorted(p for (p, line), a in agents.items() if line == 6)
    assert expanded == ["POLICEMAN", "POLICEMEN", "POLICEPERSON", "POLICEWOMAN", "POLICEWOMEN"]
    assert all(agents[(p, 6)]["plurals"] == [] for p in expanded)


def test_agent_lines_without_a_valid_code_are_skipped_with_a_note() -> None:
    agents, notes = parsed_agents(AGENTS)
    assert not any(p in ("ISLAMIC EXTREMIST", "DEPARMENT OF ENVIRONMENT") for p, _ in agents)
    assert any(n.startswith("g.txt:14: no agent code") for n in notes)
    assert any(n.startswith("g.txt:15: no agent code") for n in notes)


def test_a_form_recoded_by_a_later_line_is_noted_and_the_later_line_wins(imported: Path) -> None:
    _, notes = parsed_agents(AGENTS)
    assert any("g.txt:13: 'SECURITY FORCE' recoded from COP (line 12) to MIL" in n for n in notes)
    assert pd.load_agents(imported / "agents.yaml")["security forces"].code == "MIL"


# ---------------------------------------------------------------- verbs


@pytest.fixture(scope="module")
def verbs() -> tuple[dict, list[str]]:
    notes = ip.Notes()
    return ip.parse_verb_file(VERBS, "v.txt", notes), notes.items


def test_verb_block_headers_give_the_default_code_even_with_a_glued_trailer(verbs) -> None:
    data, _ = verbs
    assert [(b["block"], b["code"], b["root"]) for b in data["blocks"]] == [
        ("ACCELERATE", None, None),
        ("ASK", "020", "02"),
    ]


def test_verbs_take_irregular_forms_their_own_code_or_the_blocks(verbs) -> None:
    data, _ = verbs
    ask = {v["verb"]: v for v in data["blocks"][1]["verbs"]}
    assert ask["ASK FOR"]["head"] == "ASK"
    assert ask["ASK FOR"]["forms"] == ["ASKED FOR", "ASKING FOR", "ASKS FOR"]
    assert ask["WIRE TAP"]["head"] == "TAP"
    assert ask["WIRE TAP"]["code"] == "020"
    assert ask["INTERROGATE"]["code"] == "090"
    assert ask["WONDER"]["code"] is None
    assert "forms" not in data["blocks"][0]["verbs"][1]  # RUSH: regular


def test_pattern_codes_split_active_and_passive(verbs) -> None:
    data, notes = verbs
    patterns = {p["pattern"]: p for b in data["blocks"] for p in b["patterns"]}
    assert patterns["* (TO)"] == {"pattern": "* (TO)", "code": "042", "root": "04"} | {
        "passive": "043",
        "line": 25,
    }
    assert patterns["* (BEFORE COURT)"]["code"] is None
    assert patterns["* (BEFORE COURT)"]["passive"] == "173"
    assert patterns["* DOWN (FROM)"]["code"] == "080"
    assert "v.txt:35: code '080!' has stray characters; read as 080" in notes


def test_synsets_get_plurals_unless_label_or_member_ends_in_underscore(verbs) -> None:
    data, notes = verbs
    forms = {s["name"]: s["forms"] for s in data["synsets"]}
    assert forms["&AUXVERB1_"] == ["WAS", "WERE"]
    assert forms["&CURRENCY"] == ["CASH", "DOLLAR", "DOLLARS", "MONEY", "MONEYS"]
    assert forms["&MILITARY"] == ["AIR FORCE", "ARMIES", "ARMY"]
    assert "v.txt: synset &WEATHER is used in patterns but never defined" in notes


def test_transformations_are_kept_and_commented_ones_dropped(verbs) -> None:
    data, _ = verbs
    assert data["transformations"] == [
        {"rule": "a (a b ATTACK) SAY", "result": "a b 015", "line": 39}
    ]


# ---------------------------------------------------------------- generated files


def test_generated_actors_are_sorted_one_json_line_each(imported: Path) -> None:
    lines = (imported / "actors.yaml").read_text(encoding="utf-8").splitlines()
    entries = [line for line in lines if line.startswith("- ")]
    assert entries[0] == (
        '- {"name": "AFGHANISTAN", "synonyms": ["AFGHAN", "HELMAND", '
        '"ISLAMIC REPUBLIC OF AFGHANISTAN"], "codes": [{"code": "AFG"}], "country": "AF", '
        '"kind": "state", "line": 4}'
    )
    assert (
        '- {"name": "BOKO HARAM", "synonyms": ["JAMA\'ATU AHLIS SUNNA LIDDA\'AWATI WAL-JIHAD"], '
        '"codes": [{"code": "NGAREB"}], "country": "NG", "kind": "nonstate_military", "line": 1}'
    ) in entries
    names = [json.loads(line[2:])["name"] for line in entries]
    assert names == sorted(names)


def test_same_input_gives_byte_identical_files(imported: Path, tmp_path: Path) -> None:
    assert run_import(write_source(tmp_path / "src"), tmp_path / "out") == 0
    for name in ("actors.yaml", "agents.yaml", "verbs.yaml", "PROVENANCE.md"):
        assert (tmp_path / "out" / name).read_bytes() == (imported / name).read_bytes(), name


def test_every_generated_file_reads_the_same_with_pyyaml(imported: Path) -> None:
    for name in ("actors.yaml", "agents.yaml", "verbs.yaml"):
        text = (imported / name).read_text(encoding="utf-8")
        assert pd.read_generated_yaml(imported / name) == yaml.safe_load(text), name


def test_each_file_names_its_source_commit_blob_licence_and_regeneration(imported: Path) -> None:
    header = (imported / "agents.yaml").read_text(encoding="utf-8").split("\nformat_version")[0]
    blob = ip.git_blob_sha(AGENTS.encode())
    assert f"at commit {COMMIT}" in header
    assert f"petrarch2/data/dictionaries/Phoenix.agents.txt (git blob {blob})" in header
    assert "MIT licence, Copyright (c) 2014 Open Event Data Alliance" in header
    assert "# Retrieved: 2026-12-02" in header
    assert f"--commit {COMMIT} --retrieved 2026-12-02" in header


def test_provenance_carries_the_licence_verbatim_and_the_oddities(imported: Path) -> None:
    text = (imported / "PROVENANCE.md").read_text(encoding="utf-8")
    assert LICENSE.strip() in text
    assert "Copyright (c) 2014 Open Event Data (repository LICENSE)" in text
    assert "Phoenix.International.actors.txt:7: date '2004017' has 7 digits" in text


def test_a_folder_without_a_commit_is_refused(tmp_path: Path, capsys) -> None:
    source = write_source(tmp_path / "src")
    assert ip.main([str(source), "--retrieved", "2026-12-02", "--out", str(tmp_path)]) == 1
    assert "pass --commit" in capsys.readouterr().err


# ---------------------------------------------------------------- loader


def test_loaded_actor_codes_follow_their_dates(imported: Path) -> None:
    actors = {a.name: a for a in pd.load_actors(imported / "actors.yaml")}
    karzai, buhari = actors["HAMID KARZAI"], actors["MUHAMMADU BUHARI"]
    assert karzai.names() == ("HAMID KARZAI", "PRESIDENT KARZAI")
    assert karzai.code_on(date(1990, 1, 1)) == "AFGELI"
    assert karzai.code_on(date(2001, 12, 22)) == "AFGGOV"
    assert karzai.code_on(date(2001, 1, 1)) == "AFGELI"  # the undated default
    assert buhari.code_on(date(2015, 5, 28)) == "NGAELI"
    assert buhari.code_on(date(2015, 5, 29)) == "NGAGOV"
    assert actors["U.N."].code_on(date(2000, 1, 1)) is None
    assert actors["BAN KI-MOON"].kind == "international"


def test_loaded_agents_are_keyed_by_lowercase_singular_and_plural(imported: Path) -> None:
    agents = pd.load_agents(imported / "agents.yaml")
    assert agents["troops"] == pd.AgentCode("MIL", "after", "TROOP", 4)
    assert agents["policewomen"].code == "COP"
    assert agents["troops"].compose("NGA") == "NGAMIL"


def test_loaded_verbs_split_patterns_at_the_verb(imported: Path) -> None:
    verbs = pv.load_verbs(imported / "verbs.yaml")
    military = next(p for p in verbs.patterns if p.code == "154")
    assert (military.block, military.before, military.after, military.root) == (
        "ACCELERATE",
        "&MILITARY",
        "",
        "15",
    )
    assert verbs.synsets["&MILITARY"] == ("AIR FORCE", "ARMIES", "ARMY")
    assert next(v for v in verbs.verbs if v.verb == "HURRY").forms[0] == "HURRIES"


def test_a_missing_file_says_which_and_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(pd.PetrarchDictionaryError, match="actors.yaml: cannot read.*importer"):
        pd.load_actors(tmp_path / "actors.yaml")


# ---------------------------------------------------------------- CAMEO -> project event types


def test_cameo_codes_map_to_project_event_types_by_longest_prefix() -> None:
    table = pd.load_cameo_event_types(REAL_DIR / "cameo_event_types.yaml")
    expect = {
        "1831": "bombing",
        "181": "kidnapping",
        "186": "killing",
        "185": "attack",
        "1951": "airstrike",
        "192": "territory_seizure",
        "193": "attack",
        "173": "capture_arrest",
        "0841": "release",
        "154": "military_operation",
        "201": None,
        "042": None,
    }
    assert {code: pd.event_type_for_cameo(code, table) for code in expect} == expect


def test_every_mapped_type_is_a_project_event_type() -> None:
    table = pd.load_cameo_event_types(REAL_DIR / "cameo_event_types.yaml")
    assert {t for t in table.values() if t} <= set(EVENT_TYPES)


def test_an_unknown_event_type_in_the_mapping_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "cameo_event_types.yaml"
    path.write_text('codes:\n  "18": assault\n  19: attack\n', encoding="utf-8")
    with pytest.raises(pd.PetrarchDictionaryError, match="'18' -> 'assault'; 19 -> 'attack'"):
        pd.load_cameo_event_types(path)


# ---------------------------------------------------------------- the committed import


def test_committed_files_load_and_match_their_counts() -> None:
    actors = pd.load_actors(REAL_DIR / "actors.yaml")
    counts = pd.read_generated_yaml(REAL_DIR / "actors.yaml")["counts"]
    assert counts["actors"] == len(actors)
    assert counts["synonyms"] == sum(len(a.synonyms) for a in actors)
    agents = pd.load_agents(REAL_DIR / "agents.yaml")
    assert {f: agents[f].code for f in ("troops", "police", "gunmen", "militants")} == {
        "troops": "MIL",
        "police": "COP",
        "gunmen": "UAF",
        "militants": "UAF",
    }
    verbs = pv.load_verbs(REAL_DIR / "verbs.yaml")
    assert (
        len(verbs.patterns) == pd.read_generated_yaml(REAL_DIR / "verbs.yaml")["counts"]["patterns"]
    )


@pytest.mark.skipif(
    not os.environ.get("PETRARCH2_GIT"),
    reason="set PETRARCH2_GIT to a petrarch2 git dir to check the committed import",
)
def test_committed_files_are_what_the_importer_makes_from_the_recorded_commit(
    tmp_path: Path,
) -> None:
    source = pd.read_generated_yaml(REAL_DIR / "actors.yaml")["source"]
    argv = [os.environ["PETRARCH2_GIT"], "--commit", source["commit"]]
    argv += ["--retrieved", source["retrieved"], "--out", str(tmp_path)]
    assert ip.main(argv + ["--countries", str(REAL_DIR / "cameo_countries.yaml")]) == 0
    for name in ("actors.yaml", "agents.yaml", "verbs.yaml", "PROVENANCE.md"):
        assert (tmp_path / name).read_bytes() == (REAL_DIR / name).read_bytes(), name
