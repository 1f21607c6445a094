"""Every word list in the dictionaries holds words. YAML 1.1, which PyYAML reads, takes an
unquoted on, off, yes or no for a boolean: "particle: [on, upon, at]" silently lost "fire on"
and "split off" became False, and nothing failed. A word such as "on" must be quoted."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DICTIONARIES = Path(__file__).resolve().parents[2] / "dictionaries"
FILES = sorted(DICTIONARIES.rglob("*.yaml"))


def booleans_in_lists(node: object, path: str = "") -> list[str]:
    """Where a boolean stands in a list (a word list), as a path into the document."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += booleans_in_lists(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            if isinstance(value, bool):
                found.append(f"{path}[{i}]")
            found += booleans_in_lists(value, f"{path}[{i}]")
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DICTIONARIES)))
def test_no_word_list_holds_a_boolean(path: Path):
    # the C loader reads the 27,000 imported PETRARCH entries in a second, as YAML 1.1 too
    data = yaml.load(
        path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    assert booleans_in_lists(data) == [], f"quote on/off/yes/no in {path.name}"


def test_an_unquoted_on_is_caught():
    assert booleans_in_lists(yaml.safe_load("particle: [on, upon]")) == ["/particle[0]"]
    assert booleans_in_lists(yaml.safe_load('particle: ["on", upon]')) == []
