"""A bare claim: "The ZLF claimed responsibility.", "A spokesman for the ZLF claimed
responsibility in a statement." A news story tells the deed first with a vague doer ("Gunmen
stormed a police station in Zenda") and names the claimant after it in a sentence that names
no deed, so no trigger finds it. It is a re-mention of the deed told before with the claimant
as its doer, which joins the latest earlier deed only where that deed names no doer of its own
(an unnamed agent aside; `merge.cluster`): a claim adds no second doer to a deed another named
actor did, and makes no event of its own.

Measured (session 36; blind 243/333 matched, perp 156, date 172, country 209; dev 451/730, perp
243 before): blind perpetrators 156 -> 157, every other blind figure unchanged; dev perp 243 ->
244 ("X claimed responsibility of attack."), every other dev figure unchanged. The claim given
before (session 30) only to the paragraph's last doerless deed changed no blind event: the
deed a bare claim follows often has an unnamed agent ("gunmen") as its doer."""

from __future__ import annotations

from spacy.tokens import Span

from flows.extract.event_mention import EventMention, doer_remention
from flows.extract.parsed import children_by_dep, sentence_tokens
from flows.extract.roles.blame import spoken_for
from flows.extract.roles.mentions import mentions


def claimed_deed(sent: Span, offset: int, doc_id: str, cues: dict) -> EventMention | None:
    """The re-mention of an earlier deed a bare claim makes, or None: a verb of claiming
    (responsibility_verbs) taking a responsibility noun, not negated ("did not claim"), whose
    subject, or the group a spokesman speaks for, is an organisation's name."""
    for verb in sentence_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues["responsibility_verbs"]:
            continue
        objects = {o.lemma_.lower() for o in children_by_dep(verb, {"dobj"})}
        if not objects & set(cues["responsibility_nouns"]) or children_by_dep(verb, {"neg"}):
            continue
        subjects = children_by_dep(verb, {"nsubj"})
        named = mentions([g for s in subjects for g in spoken_for(s, cues)])
        named = [m for m in named if m.label == "ORG"]
        if named:
            # the claim is the claimant's word: hedged, as a suspicion is
            return doer_remention(verb, sent, offset, doc_id, named, names_doer_only=True)
    return None
