"""Loading and checking dictionaries/boilerplate.yaml."""

import re

import pytest

from flows.normalise import load_boilerplate_rules
from flows.normalise.rules import RULE_KINDS, BoilerplateRules, LineRule, Tunables
from flows.settings import Settings

BOILERPLATE = Settings().dictionaries_dir / "boilerplate.yaml"


def _write(tmp_path, text):
    path = tmp_path / "boilerplate.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_rules_load_and_use_every_rule_kind():
    rules = load_boilerplate_rules(BOILERPLATE)
    assert {rule.kind for rule in rules.rules} == set(RULE_KINDS)
    assert "notes" in rules.notes_headings
    assert "selected bibliography" in rules.bibliography_headings


def test_every_shipped_rule_is_preceded_by_a_comment_saying_why():
    lines = BOILERPLATE.read_text(encoding="utf-8").splitlines()
    uncommented = [
        n + 1
        for n, line in enumerate(lines)
        if line.strip().startswith("- kind:") and not lines[n - 1].strip().startswith("#")
    ]
    assert uncommented == [], f"rules without a why-comment at lines {uncommented}"


def test_unknown_rule_kind_is_rejected_naming_file_and_entry(tmp_path):
    path = _write(tmp_path, "rules:\n  - {kind: drop_paragraph, pattern: x, reason: y}\n")
    with pytest.raises(ValueError, match=r"boilerplate\.yaml: rules\[0\]: kind 'drop_paragraph'"):
        load_boilerplate_rules(path)


def test_pattern_that_does_not_compile_is_rejected(tmp_path):
    path = _write(tmp_path, "rules:\n  - {kind: drop_line, pattern: '(', reason: y}\n")
    with pytest.raises(ValueError, match=r"rules\[0\]: pattern '\(' does not compile"):
        load_boilerplate_rules(path)


def test_rule_without_reason_is_rejected(tmp_path):
    path = _write(tmp_path, "rules:\n  - {kind: drop_line, pattern: x}\n")
    with pytest.raises(ValueError, match="'reason' must say why"):
        load_boilerplate_rules(path)


def test_unknown_tunable_is_rejected(tmp_path):
    path = _write(tmp_path, "tunables: {pull_quote_max: 10}\n")
    with pytest.raises(ValueError, match=r"unknown tunables \['pull_quote_max'\]"):
        load_boilerplate_rules(path)


def test_invalid_yaml_is_reported_with_the_file(tmp_path):
    path = _write(tmp_path, "rules: [\n")
    with pytest.raises(ValueError, match="not valid YAML"):
        load_boilerplate_rules(path)


def test_end_of_body_marker_defaults_to_the_tail_zone(tmp_path):
    path = _write(tmp_path, "rules:\n  - {kind: end_of_body_marker, pattern: x, reason: y}\n")
    assert load_boilerplate_rules(path).rules[0].zone == "tail"


def test_empty_file_gives_no_rules(tmp_path):
    assert load_boilerplate_rules(_write(tmp_path, "")) == BoilerplateRules()


def test_rule_zone_limits_where_it_matches():
    rule = LineRule("drop_line", re.compile("x"), "r", zone="head")
    rules = BoilerplateRules(rules=(rule,), tunables=Tunables(head_fraction=0.25))
    assert rules.match("drop_line", ("x",), 0.1) is rule
    assert rules.match("drop_line", ("x",), 0.5) is None
