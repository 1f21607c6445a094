"""Backers named in a hyphened modifier: "the Iran-backed Houthis", "UAE-funded forces", and
"a U.S.-backed militia", where the tokenizer keeps an abbreviation's full stop and the
participle in one word; "an Egyptian-led and U.K.-funded mission" backs the leader it names
(PLOVER SUPPORT / CAMEO 07 told as a modifier)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_ents, sentence_tokens
from flows.extract.relations.cues import ACTOR_LABELS, RelationCues, RelationFound, fits
from flows.extract.relations.syntax import actor_mention, described_name, is_actor, pairs
from flows.extract.relations.verbs import force_owner
from flows.extract.roles.mentions import Mention

# "U.S.-backed", "U.K.-funded": a backer's abbreviation glued to the participle.
GLUED = re.compile(r"^(?P<name>[A-Z][A-Za-z.]*\.)-(?P<suffix>[a-z]+)$")


def backing_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'the Iran-backed Houthis', 'UAE-funded forces' → Iran supports the Houthis."""
    out = []
    for ent in (e for e in sentence_ents(sent) if e.label_ in ("ORG", "GPE", "NORP")):
        nxt = sent.doc[ent.end : ent.end + 2]
        if len(nxt) < 2 or nxt[0].text != "-" or nxt[1].lower_ not in cues.support_suffixes:
            continue
        backed = described(nxt[1])
        if backed is not None:
            # a modifier holds its own noun only: "the Iran-backed Houthis and al-Shabaab"
            held = [backed_actor(backed, cues)]
            out += pairs("supports", [ent.root], held, nxt[1], cues, conjoined=False)
    return out + glued_backing_relations(sent, cues)


def glued_backing_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'the U.S.-backed Syrian Democratic Forces': one token holds the backer and the
    participle, so the backer is cut out of it as a place's name (a country it names backs;
    anything else the resolver does not know is dropped there)."""
    out = []
    for tok in sentence_tokens(sent):
        glued = GLUED.match(tok.text)
        if not glued or glued["suffix"] not in cues.support_suffixes:
            continue
        backed = described(tok)
        if backed is None:
            continue
        end = tok.idx + len(glued["name"])
        backer = Mention(glued["name"], tok.idx, end, "GPE", "")
        obj = actor_mention(backed_actor(backed, cues), cues)
        if obj is not None and fits("supports", backer, obj, cues):
            out.append(RelationFound("supports", backer, obj, tok))
    return out


def described(participle: Token) -> Token | None:
    """The noun a hyphened participle describes, also through a conjoined one ('an Egyptian-led
    and U.K.-funded mission')."""
    while participle.dep_ == "conj" and participle.head.i < participle.i:
        participle = participle.head
    if participle.dep_ in ("amod", "compound") and participle.head.i > participle.i:
        return participle.head
    return None


def backed_actor(noun: Token, cues: RelationCues) -> Token:
    """Who a backed noun stands for: a force's owner ('troops from X'), or, for what no actor
    names ('an Egyptian-led mission'), the one its hyphened 'led' names."""
    named = described_name(noun, cues)
    if named != noun:  # "X, a Y-backed alliance", "X is a Y-backed group"
        return named
    if is_actor(noun, cues):
        return force_owner(noun, cues)
    for mod in noun.children:
        if mod.dep_ in ("amod", "compound", "conj") and mod.lemma_.lower() in cues.lead_verbs:
            named = [c for c in mod.children if c.ent_type_ in ACTOR_LABELS and c.i < mod.i]
            if named:
                return named[-1]
    return force_owner(noun, cues)
