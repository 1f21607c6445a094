"""An organisation's name the document has already tagged recurs untagged: "the Transitional
Council (TRC) ... But the TRC controlled only one part of Strelsau". The small model tags a
name by its context, so a later sentence may leave it a bare proper noun and its deed without
a doer. A run of capitalised proper nouns, none of them tagged, that spells a name the
document tagged as an organisation before (one with no dictionary id: those the ruler finds
everywhere) is that organisation again (ORG). Only acronyms and names of two words or more: a
lone capitalised word ("Alliance", "Division") may be a common noun in a title's case.

Measured (session 35, after flows/extract/nlp/surnames.py): blind perpetrators 153 -> 155 of
243 matched events (333 gold), dates 172, countries 209, relations 66/140 and 300 predicted
events unchanged; dev matched 424 -> 427 of 691 (533 -> 536 predicted), perpetrators 237 ->
238, dates 327 -> 328, countries 341 -> 344; synthetic unchanged (precision .857)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def recurring_organisations(doc: Doc, names: set[tuple[str, ...]]) -> None:
    """Tag as organisations the untagged recurrences of `names` (word tuples, grown with this
    paragraph's organisation names, in reading order)."""
    ents = list(doc.ents)
    found: list[Span] = []
    by_start = {e.start: e for e in ents}
    i = 0
    while i < len(doc):
        ent = by_start.get(i)
        if ent is not None:
            if ent.label_ == "ORG" and not ent.ent_id_ and _name_like(ent):
                names.add(tuple(t.text for t in ent if t.lower_ != "the"))
            short = initials(ent.text) if ent.label_ == "ORG" else None
            if short:
                names.add((short,))
            i = ent.end
            continue
        # only an untagged proper noun can start a recurrence: most tokens need no look at names
        untagged = doc[i].ent_type_ == "" and doc[i].pos_ == "PROPN"
        span = _recurrence(doc, i, names) if untagged else None
        if span is not None:
            found.append(span)
            i = span.end
        else:
            i += 1
    if found:
        doc.set_ents(sorted(ents + found, key=lambda e: e.start))
        doc.user_data.pop("ents", None)  # flows/extract/parsed.py keeps the old ones


# Words a name holds that its initials leave out ("the Front for the Liberation of Zenda": FLZ;
# "Al Qaeda in the Islamic Maghreb"), for undefined initials here and for the acronyms a text
# defines (flows/resolve/actor_records.py)
UNSPELT = frozenset(
    ["of", "the", "and", "for", "in", "on", "at", "to"]
    + ["de", "du", "des", "la", "le", "del", "y", "i"]  # Romance particles, Urdu's izafat "i"
)


def initials(name: str) -> str | None:
    """The acronym a name of two to six capitalised words is spelt by, small words left out
    ("New People's Army" -> "NPA"), which news copy uses as the name once it has told it
    whole, defining no acronym ("... New People's Army rebels. The NPA, the armed wing ...").
    None for a name of one word, or of a word neither capitalised nor small.

    >>> initials("New People's Army"), initials("the Front for the Liberation of Zenda")
    ('NPA', 'FLZ')
    >>> initials("Zenda"), initials("rebels of Zenda")
    (None, None)
    """
    words = [w for w in name.replace("-", " ").split() if w.lower() not in UNSPELT]
    if not 2 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _name_like(ent: Span) -> bool:
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) == 1:
        return words[0].is_upper and words[0].is_alpha and len(words[0]) >= 2
    return all(t.is_title or t.is_upper or not t.is_alpha for t in words)


def _recurrence(doc: Doc, i: int, names: set[tuple[str, ...]]) -> Span | None:
    """The longest name of `names` spelt by untagged proper nouns from token `i`."""
    for name in sorted((n for n in names if n and n[0] == doc[i].text), key=len, reverse=True):
        end = i + len(name)
        if end > len(doc) or tuple(t.text for t in doc[i:end]) != name:
            continue
        untagged = all(t.ent_type_ == "" and t.pos_ == "PROPN" for t in doc[i:end])
        # not the start of a longer name
        if untagged and (end == len(doc) or doc[end].pos_ != "PROPN"):
            return Span(doc, i, end, label="ORG")
    return None
