"""A name the dictionary knows inside a longer name it does not: in "Kata'ib Hizballah" the
ruler tags "Hizballah" (Lebanese Hezbollah) and in "Lashkar-i-Jhangvi al-Alami" the
"Lashkar-i-Jhangvi" it knows, and the NER, which must keep a preset entity whole, leaves the
rest untagged. The text names another organisation, an offshoot or namesake, and publishing
the dictionary's actor for it is a wrong fact. So a capitalised word the parse joins to a
dictionary organisation's name as part of one proper noun (a compound of it, or it a compound
of the word), or a capitalised word a name link joins on ("al-Alami"), makes the whole one
organisation name with no dictionary id.

Not a nationality ("Somali al-Shabaab": where the dictionary's group is), not a title or
agent word of PETRARCH's ("Hezbollah Commander X", "Taliban Fighters"), not in a headline,
which capitalises every word, and not a word any entity holds (a place, a person)."""

from __future__ import annotations

import os
from functools import lru_cache

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from flows.extract.nlp.adjacent_names import name_links
from flows.settings import DICTIONARIES_ENV, Settings


def extend_dictionary_names(doc: Doc, titles: frozenset[str]) -> Doc:
    """Each dictionary organisation name that a longer proper noun holds, widened to it and
    stripped of its dictionary id."""
    ents, changed = list(doc.ents), False
    taken = {t.i for e in ents for t in e}
    for i, ent in enumerate(ents):
        if ent.label_ != "ORG" or not ent.ent_id_.startswith("actor:") or _headline(ent):
            continue
        start = _left_edge(doc, ent, titles, taken)
        end = _right_edge(doc, ent, taken)
        if (start, end) == (ent.start, ent.end):
            continue
        for token in ent:
            token.ent_id = 0
        ents[i] = Span(doc, start, end, label="ORG")
        taken |= set(range(start, end))
        changed = True
    if changed:
        doc.set_ents(ents)
    return doc


def _left_edge(doc: Doc, ent: Span, titles: frozenset[str], taken: set[int]) -> int:
    """The start of the longer name: a free capitalised proper noun right before the name that
    the parse makes a compound of a word inside it ("[Kata'ib] Hizballah"), or that a name
    link opening the name joins on ("[Jund] al-Aqsa")."""
    if ent.start == 0:
        return ent.start
    word = doc[ent.start - 1]
    inside = ent.start <= word.head.i < ent.end
    joined = inside and word.dep_ == "compound"
    linked = ent[0].text in name_links() and (len(ent) > 1 and ent[1].text == "-")
    # a sentence's first word is capitalised whatever it is ("Suspected al-Qaeda gunmen")
    if (joined or linked) and not word.is_sent_start and _name_word(word, titles, taken):
        return ent.start - 1
    return ent.start


def _right_edge(doc: Doc, ent: Span, taken: set[int]) -> int:
    """The end of the longer name: a linked capitalised word ("Lashkar-i-Jhangvi [al-Alami]").
    Not a free capitalised word after it, which often names a thing of the organisation's
    ("United Nations Security Council Resolution 1744"): measured, dev lost two such doers."""
    end = ent.end
    linked = _linked_word(doc, end, taken)
    if linked is not None and ent.root.head.i in range(end, linked):
        return linked
    return end


def _linked_word(doc: Doc, at: int, taken: set[int]) -> int | None:
    """The end past a lower-case name link and the capitalised word it joins ("al-Alami",
    "al Alami") at token `at`, or None."""
    hyphen = at + 1 < len(doc) and doc[at + 1].text == "-"
    last = at + (2 if hyphen else 1)
    if last >= len(doc) or any(i in taken for i in range(at, last + 1)):
        return None
    link, word = doc[at], doc[last]
    if link.text.lower() not in name_links() or not (word.is_alpha and word.text[:1].isupper()):
        return None
    return last + 1


def _name_word(word: Token, titles: frozenset[str], taken: set[int]) -> bool:
    """A capitalised proper noun no entity holds that is no nationality and no title."""
    return (
        word.i not in taken
        and word.pos_ == "PROPN"
        and word.text[:1].isupper()
        and word.lower_.rstrip(".") not in titles
        and word.text not in demonyms()
    )


def _headline(ent: Span) -> bool:
    """A sentence with no lower-case noun or verb: a headline, where every word is capitalised."""
    return not any(
        t.pos_ in ("NOUN", "VERB") and t.is_alpha and t.text[:1].islower() for t in ent.sent
    )


@lru_cache(maxsize=4)
def _demonyms_in(folder: str | None) -> frozenset[str]:
    # keyed by the dictionaries folder in force, as adjacent_names' lists are
    path = Settings().dictionaries_dir / "demonyms.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(form for forms in data["demonyms"].values() for form in forms)


def demonyms() -> frozenset[str]:
    """Every nationality word of demonyms.yaml."""
    return _demonyms_in(os.environ.get(DICTIONARIES_ENV))


class LongerNameRepair:
    """The pipeline component; `titles` are PETRARCH's agent words (pipeline.agent_title_words)."""

    def __init__(self) -> None:
        self.titles: frozenset[str] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        return extend_dictionary_names(doc, self.titles)


@Language.factory("longer_name_repair")
def make_longer_name_repair(nlp: Language, name: str) -> LongerNameRepair:
    return LongerNameRepair()
