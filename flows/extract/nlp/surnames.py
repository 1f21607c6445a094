"""A person's family name standing alone, after the text has given the full name: "Rudolf
Rassendyll founded the front in 2009. ... In 2014, Rassendyll planned the raid." The small
model tags such a lone word by its look (a facility, a place, an organisation) or not at all,
so the deed's doer is lost or typed wrong. A lone capitalised word that the document has
already used as the last word of a person's name is that person (PERSON), unless the
dictionary ruler knows it; the resolver then joins it to the full name
(flows/resolve/resolver.py, surnames).

Measured (session 35): blind perpetrators 152 -> 153 and dates 170 -> 172 of 243 matched
events (333 gold), countries 209 and relations 66/140 unchanged, but 300 events predicted
(299 before) and one matched event's certainty wrong more; dev matched 423 -> 424 of 691,
countries 340 -> 341, relations 111 -> 112 of 368, perpetrators 237; synthetic perpetrators
+1, precision .857 unchanged. A first version relabelling only one-word names of a
non-actor label (facility, place, work, ...) gave blind dates 170 -> 172, perpetrators
unchanged, and changed only one dev document; the dev texts' lone family names are also
tagged as organisations or places ("[X]'s security", "X said") or left untagged.
A nationality is never such a name (session 36: a full name misread to end in one made
"arrested by [nationality] authorities" a person's deed; dev perpetrators 243 -> 244, one
spurious relation fewer, blind byte-identical: a repair of wrong output)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def lone_surnames_as_persons(doc: Doc, surnames: set[str]) -> None:
    """Relabel as persons, in reading order, the one-word names and the untagged proper nouns
    that are the family name of a person named before them (`surnames`: from the earlier
    paragraphs, grown with this paragraph's full names)."""
    ents = list(doc.ents)
    starts = {e.start: i for i, e in enumerate(ents)}
    relabelled: dict[int, Span] = {}
    for token in doc:
        i = starts.get(token.i)
        ent = ents[i] if i is not None else None
        if ent is not None and ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title:
            surnames.add(ent[-1].text)
        elif _lone_surname(token, ent, surnames):
            relabelled[token.i] = Span(doc, token.i, token.i + 1, label="PERSON")
    if relabelled:
        kept = [e for e in ents if e.start not in relabelled]
        doc.set_ents(sorted(kept + list(relabelled.values()), key=lambda e: e.start))
        doc.user_data.pop("ents", None)  # flows/extract/parsed.py keeps the old ones


def _lone_surname(token: Token, ent: Span | None, surnames: set[str]) -> bool:
    """A known family name standing alone: a one-word name of another label than a person's
    and no dictionary id, or a capitalised proper noun outside any name."""
    if token.text not in surnames or _nationality(token, ent):
        return False
    if ent is None:
        return token.ent_type_ == "" and token.pos_ == "PROPN" and token.is_title
    return len(ent) == 1 and ent.label_ != "PERSON" and not ent.ent_id_


def _nationality(token: Token, ent: Span | None) -> bool:
    """A nationality, or a word modifying a noun as one does ("arrested by Ruritanian
    authorities"), is no family name, though a misread full name ("Rudolf Ruritanian") ends
    in it."""
    return (ent is not None and ent.label_ == "NORP") or (
        token.dep_ == "amod" and token.head.pos_ == "NOUN"
    )
