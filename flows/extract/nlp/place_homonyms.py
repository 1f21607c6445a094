"""A town's name that begins a longer name: in "Nur Misuari" or "Mohamed Farah Aidid" the
dictionary ruler tags "Nur" and "Farah" (towns of the gazetteer) before the NER runs, and the
NER, which must keep a preset entity whole, can then only tag the rest ("Misuari") or nothing;
in "the Free Idlib Army" the ruler's "Idlib" leaves "Army" alone, later read as a national
army. A place the parser makes a modifier of a capitalised proper noun right after it, which
is no word for a place or a site ("Zamboanga City", "Tangi Valley", "Mosul Dam" stay places),
is released to the NER, which tags the whole name as it reads it; a name it then calls a
facility or a place whose head is a group's noun ("the Sahel Front") is a group's.

Measured (session 52; before: dev 849 matched, perpetrators 475, date 659; blind 251, 171,
195; blind2 433, 183, 313): dev 850 matched, perpetrators 475, dates 661, actor recall
0.7686 -> 0.7693; blind byte-identical scores; blind2 perpetrators 184, actor recall 0.6914 ->
0.6926; blind3 114 -> 115 matched, perpetrators 42 -> 43 (lost when names headed by a group's
noun were kept from the NER, which the relabelling makes needless).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from flows.extract.nlp.dictionary_words import listed


def release_name_starts(doc: Doc) -> Doc:
    """Drop the ruler's places that begin a longer proper name, with their place ids."""
    heads = place_heads()
    going = [e for e in doc.ents if e.ent_id_.startswith("place:") and _goes_on(e, heads)]
    if going:
        doc.set_ents([e for e in doc.ents if e not in going], missing=going, default="unmodified")
        for ent in going:
            for token in ent:  # the id sits on the tokens; the NER's name has none
                token.ent_id = 0
    return doc


def _goes_on(ent: Span, heads: frozenset[str]) -> bool:
    """Whether the name runs on past the place: the next word a capitalised proper noun of no
    entity, the place's last word its modifier, and neither it nor the word the place
    modifies a word for a place."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    following, last = doc[ent.end], ent[-1]
    return (
        following.pos_ == "PROPN"
        and following.is_title
        and following.is_alpha
        and following.ent_type_ == ""
        and last.dep_ == "compound"
        and last.head.i >= ent.end
        and following.lower_ not in heads
        and last.head.lower_ not in heads
    )


def place_heads() -> frozenset[str]:
    """Words after which a place's name stays the ruler's: cues.yaml's place, facility and base
    nouns and places.yaml's landform nouns."""
    nouns = listed("cues.yaml", "place_nouns", "facility_nouns", "base_nouns", lower=True)
    return nouns | listed("places.yaml", "landform_nouns", lower=True)


def group_heads() -> frozenset[str]:
    """Words that head a group's name: cues.yaml's group nouns and name head nouns."""
    return listed("cues.yaml", "group_nouns", "name_head_nouns", lower=True)


def group_names_as_groups(doc: Doc) -> Doc:
    """A name the NER tagged as a facility or a place whose head is a group's noun ("the Zenda
    Front", "the Free Zenda Army", once the ruler released the town) names a group."""
    groups = group_heads()
    ents, changed = list(doc.ents), False
    for i, ent in enumerate(ents):
        head = ent[-1]
        named_kind = ent.label_ in ("FAC", "LOC", "GPE") and not ent.ent_id_
        if named_kind and head.is_title and head.lower_ in groups:
            ents[i] = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
    if changed:
        doc.set_ents(ents)
    return doc


Language.component("place_homonym_release", func=release_name_starts)
Language.component("group_name_label", func=group_names_as_groups)
