"""A name the NER ran on into the bracket after it: "[The Ruritanian National Police (RNP]) said"
tags one organisation "The Ruritanian National Police (RNP", whose key matches neither the
name nor the acronym the text defines for it, so one force becomes two actors. The name ends
before the bracket; the bracketed words, closed right after the tag, are a name of their own
(the acronym), as the NER tags them when it reads the bracket right ("[X] ([XN])")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


def cut_at_open_bracket(doc: Doc) -> Doc:
    """Each entity the dictionary did not tag holding a "(" it does not close: cut there."""
    ents, changed = [], False
    for ent in doc.ents:
        cut = _unclosed_bracket(ent)
        if cut is None or ent.ent_id_:
            ents.append(ent)
            continue
        changed = True
        # "The (Armed Forces of X)": an article before the bracket is no name
        named_before = any(t.pos_ not in ("DET", "PUNCT") for t in doc[ent.start : cut])
        if named_before:
            ents.append(Span(doc, ent.start, cut, label=ent.label_))
        closed = ent.end < len(doc) and doc[ent.end].text == ")"
        if (closed or not named_before) and cut + 1 < ent.end:
            ents.append(Span(doc, cut + 1, ent.end, label=ent.label_))
    if changed:
        doc.set_ents(ents)
    return doc


def _unclosed_bracket(ent: Span) -> int | None:
    """The index of the last "(" in an entity with no ")" after it; None if there is none."""
    depth_open = None
    for token in ent:
        if token.text == "(":
            depth_open = token.i
        elif token.text == ")":
            depth_open = None
    return depth_open


Language.component("bracket_name_repair", func=cut_at_open_bracket)
