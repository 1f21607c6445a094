"""A sentence that only names whom a deed told before is suspected of: "Sources suspect the ZLF.",
"Authorities suspected that the ZLF was involved.", "Police speculated that the ZLF may have been
responsible." It tells no deed of its own, so no trigger finds it; it is a re-mention of the
document's earlier deed with the suspect as its doer, hedged, as the gold lists a doer the text
only suspects (its certainty says so)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from flows.extract.event_mention import EventMention, doer_remention
from flows.extract.parsed import children_by_dep, sentence_tokens
from flows.extract.roles.denied_doers import denied
from flows.extract.roles.mentions import ACTOR_ENT_LABELS, mentions


def suspected_deed(sent: Span, offset: int, doc_id: str, cues: dict) -> EventMention | None:
    """The re-mention of an earlier violent deed a suspicion sentence makes, or None."""
    for verb in sentence_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues["suspicion_verbs"]:
            continue
        if denied(verb, cues):
            continue
        suspects = [s for s in _suspects(verb, cues) if s.ent_type_ in ACTOR_ENT_LABELS]
        if not suspects:
            continue
        return doer_remention(verb, sent, offset, doc_id, mentions(suspects))
    return None


def _suspects(verb: Token, cues: dict) -> list[Token]:
    """Whom a suspicion verb names: its object ("suspect the ZLF"), or the subject of its
    clause when that clause says the subject took part ("that the ZLF was involved / was
    responsible / was behind it")."""
    found = children_by_dep(verb, {"dobj"})
    for clause in children_by_dep(verb, {"ccomp"}):
        words = {clause.lemma_.lower()} | {c.lemma_.lower() for c in clause.children}
        if words & set(cues["involvement_words"]):
            found += children_by_dep(clause, {"nsubj", "nsubjpass"})
    return found
