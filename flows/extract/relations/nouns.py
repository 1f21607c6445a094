"""Relations between actors from dependency patterns over the parse.

Noun patterns here (words from dictionaries/relation_cues.yaml): role nouns in appositions,
possessives, compounds and copulas ("X, the leader of Y", "Y's leader X", "X is the head of Y");
mergers; former names ("Z went by the name Y"); hyphenated affiliations ("the al-Qaeda-linked
group"). Verb patterns (lead, split, rename, allegiance, support, succession, appointments) are
in verbs.py; `find_relations` collects both for a sentence.
"""

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_ents, sentence_text, sentence_tokens, verb_above
from flows.extract.relations.alliances import alliance_noun_relations
from flows.extract.relations.backers import backing_relations
from flows.extract.relations.cues import RelationCues, RelationFound, fits
from flows.extract.relations.joint import joint_action_relations
from flows.extract.relations.leadership import implicit_group, succession_relations
from flows.extract.relations.links import affiliation_participle_relations
from flows.extract.relations.membership import absorption_relations, inclusion_relations
from flows.extract.relations.splits import split_noun_relations
from flows.extract.relations.syntax import (
    actor_mention,
    children_with,
    commands_within,
    held_role,
    named_run,
    pairs,
    role_objects,
    role_subjects,
    verb_subjects,
)
from flows.extract.relations.verbs import verb_relations
from flows.extract.roles.mentions import with_conjuncts


def role_noun_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    out = []
    for tok in sentence_tokens(sent):
        key = role_key(tok, cues) if tok.pos_ in ("NOUN", "PROPN") else None
        if not key:
            continue
        rel = cues.role_nouns[key]
        # "Tunisia's opposition leader X" leads the opposition, not Tunisia; a word of time or
        # status ("former", "incumbent") does not change what is led.
        modified = any(
            (c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in key.split())
            or (c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ not in cues.role_status_words)
            for c in tok.children
        )
        if rel == "leader_of" and commands_within(tok, cues):
            rel = "commander_of"
        rel = held_role(tok, rel, cues)
        subjects, objects = role_subjects(tok, cues), role_objects(tok, cues)
        if rel == "member_of" and cues.role_nouns[key] != "member_of":
            # a role in a body makes a member of the body's owner ("Y's finance committee
            # chief"), not of the body ("the House Security Committee Chairman X")
            objects = [o for o in objects if o.lemma_.lower() not in cues.organ_nouns]
        if rel in cues.nationality_holders:  # "the Houthis' Iranian backers": Iran backs them
            subjects += [c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
            subjects, objects = named_partners(tok, subjects, objects)
        for s in subjects:
            for o in objects:
                found = pairs(rel, [s], [o], tok, cues)
                # a role's holder can hold the role itself: "the ZLF commander" makes a person
                # a member, never the state the parser hangs there
                found = [r for r in found if fits(cues.role_nouns[key], r.subject, r.object, cues)]
                # "X, chief of Y": the head of one of a country's bodies (its police, its
                # intelligence), the body left unsaid; a country's rulers have titles of state
                country_role = modified or key in cues.body_head_nouns
                out += [r for r in found if not (country_role and r.object.label == "GPE")]
        if not objects and key in cues.state_leader_nouns and rel == "leader_of":
            # "Vice President X", "Deputy Prime Minister X": a deputy's title leads no state,
            # and whom the deputy stands beside is left unsaid
            out += state_leader_relations(tok, subjects, cues)
    return out


def named_partners(
    tok: Token, subjects: list[Token], objects: list[Token]
) -> tuple[list[Token], list[Token]]:
    """'the TFG and its AMISOM allies': with an owner ("its") beside it, the name before the
    role noun is the partner, not the one the role is held in."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    named = [
        c
        for c in tok.children
        if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP") and c.i < tok.i
    ]
    if not owners or not named:
        return subjects, objects
    return subjects + named, [o for o in objects if o not in named]


def role_key(tok: Token, cues: RelationCues) -> str | None:
    """The role noun a word heads: a two-word title ("prime minister") or the word itself."""
    lemma = tok.lemma_.lower()
    if lemma not in cues.role_noun_heads:  # most nouns: no title ends in them
        return None
    for c in tok.children:
        if c.dep_ == "compound" and f"{c.lower_} {lemma}" in cues.role_nouns:
            return f"{c.lower_} {lemma}"
    return lemma if lemma in cues.role_nouns else None


def state_leader_relations(
    title: Token, subjects: list[Token], cues: RelationCues
) -> list[RelationFound]:
    """'Egyptian President X' leads the state its nationality word names; 'President X' with
    none leads "the country", which resolution reads as the state the actor dictionary gives X."""
    nationality = [
        c for c in title.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
    ]
    if nationality:
        return pairs("leader_of", subjects, nationality, title, cues)
    state = implicit_group(title, "the country")
    return [
        RelationFound("leader_of", m, state, title)
        for s in subjects
        if (m := actor_mention(s, cues)) is not None and m.label == "PERSON"
    ]


def merger_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'X was formed through a merger of A, B and C' → A, B, C member_of X."""
    out = []
    for noun in (t for t in sentence_tokens(sent) if t.lemma_.lower() in cues.merger_nouns):
        members = [
            m
            for p in noun.children
            if p.lower_ == "of"
            for o in children_with(p, ("pobj",))
            for m in with_conjuncts(o)
        ]
        verb = verb_above(noun)
        formed = [s for s in children_with(verb, ("nsubj", "nsubjpass")) if s.ent_type_ == "ORG"]
        out += pairs("member_of", members, formed, noun, cues)
    return out


def former_name_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'Prior to 2007, Z went by the name Y' → Y renamed_to Z. Without a past marker the name
    is simply the group's name, not a former one."""
    text = sentence_text(sent).lower()
    if not any(m in text for m in cues.former_name_markers):  # the cheaper test first
        return []
    lemmas = " ".join(t.lemma_.lower() for t in sentence_tokens(sent))
    if not any(p in lemmas for p in cues.former_name_phrases):
        return []
    years = [
        t.text
        for t in sentence_tokens(sent)
        if t.like_num and len(t.text) == 4 and t.head.lower_ in ("to", "before", "until")
    ]
    out = []
    for verb in (t for t in sentence_tokens(sent) if t.lemma_ in ("go", "know", "call")):
        names = [
            g
            for t in verb.subtree
            if t.lemma_ in ("name", "as")
            for g in t.subtree
            if g.ent_type_ == "ORG"
        ]
        for old in names[:1]:
            found = pairs("renamed_to", [old], verb_subjects(verb), verb, cues)
            out += [
                RelationFound(
                    r.relation_type, r.subject, r.object, r.anchor, years[0] if years else None
                )
                for r in found
            ]
    return out


def affiliation_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'X, the al-Qaeda-linked group' / 'X, an al-Qaeda-aligned faction' → X affiliate_of al-Qaeda."""
    out = []
    for ent in (e for e in sentence_ents(sent) if e.label_ == "ORG"):
        nxt = sent.doc[ent.end : ent.end + 2]
        if len(nxt) < 2 or nxt[0].text != "-" or nxt[1].lower_ not in cues.affiliation_suffixes:
            continue
        noun = nxt[1]
        while noun.pos_ not in ("NOUN", "PROPN") and noun.head != noun:
            noun = noun.head
        holders = [noun.head] if noun.dep_ == "appos" else children_with(noun, ("appos",))
        if not holders and named_run(noun):  # "the Al Qaeda-linked Ansar Dine group"
            holders = [noun]
        if not holders and noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
            holders = [noun.head]  # "the Al-Qaeda-affiliated militant Yusuf Tessim"
        before = noun.left_edge.i - 1
        if (
            not holders
            and before > 0
            and sent.doc[before].text == ","
            and sent.doc[before - 1].ent_type_ == "ORG"
        ):
            holders = [
                sent.doc[before - 1]
            ]  # the parser missed the apposition: "of Ansaru, an X-aligned faction"
        rel = cues.affiliation_suffixes[nxt[1].lower_]
        out += pairs(rel, holders, [ent.root], nxt[1], cues)
    return out


def find_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """All relations stated in a sentence, each once."""
    found = (
        affiliation_relations(sent, cues)
        + backing_relations(sent, cues)
        + merger_relations(sent, cues)
        + role_noun_relations(sent, cues)
        + verb_relations(sent, cues)
        + former_name_relations(sent, cues)
        + succession_relations(sent, cues)
        + affiliation_participle_relations(sent, cues)
        + inclusion_relations(sent, cues)
        + split_noun_relations(sent, cues)
        + alliance_noun_relations(sent, cues)
        + absorption_relations(sent, cues)
        + joint_action_relations(sent, cues)
    )
    unique = {(r.relation_type, r.subject.start, r.object.start): r for r in found}
    return list(unique.values())
