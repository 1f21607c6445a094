"""Relations between actors from dependency patterns over the parse.

Patterns (words from dictionaries/relation_cues.yaml): role nouns in appositions, possessives,
compounds and copulas ("X, the leader of Y", "Y's leader X", "X is the head of Y"); lead verbs
("Y is led by X"); formation and split verbs ("X broke with Y to form Z"); renaming ("Y renamed
itself Z", "Z went by the name Y"); allegiance and alliance verbs; "ascended to the leadership of Y".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

from flows.extract.roles import Mention, expand, with_conjuncts

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass(frozen=True)
class RelationCues:
    role_nouns: dict[str, str]
    lead_verbs: dict[str, str]
    formation_verbs: set[str]
    split_verbs: dict[str, list[str]]
    rename_verbs: set[str]
    former_name_phrases: list[str]
    allegiance_verbs: dict[str, list[str]]
    alliance_verbs: dict[str, str]
    leadership_nouns: set[str]
    leadership_verbs: set[str]
    former_name_markers: list[str]
    alliance_objects: set[str]
    relation_kinds: dict[str, dict[str, list[str]]]
    affiliation_suffixes: dict[str, str]

    @property
    def known_verbs(self) -> set[str]:
        return (
            set(self.lead_verbs)
            | self.formation_verbs
            | set(self.split_verbs)
            | self.rename_verbs
            | set(self.allegiance_verbs)
            | set(self.alliance_verbs)
            | self.leadership_verbs
            | {"appoint", "name", "make", "install"}
        )


def load_relation_cues(dictionaries_dir: Path) -> RelationCues:
    with (dictionaries_dir / "relation_cues.yaml").open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return RelationCues(
        raw["role_nouns"],
        raw["lead_verbs"],
        set(raw["formation_verbs"]),
        raw["split_verbs"],
        set(raw["rename_verbs"]),
        raw["former_name_phrases"],
        raw["allegiance_verbs"],
        raw["alliance_verbs"],
        set(raw["leadership_nouns"]),
        set(raw["leadership_verbs"]),
        raw["former_name_markers"],
        set(raw["alliance_objects"]),
        raw["relation_kinds"],
        raw["affiliation_suffixes"],
    )


@dataclass(frozen=True)
class RelationFound:
    """A relation stated in a sentence, before actors are resolved (Doc offsets)."""

    relation_type: str
    subject: Mention
    object: Mention
    anchor: Token  # the word the relation hangs on, for dating and certainty
    date_hint: str | None = (
        None  # a date the pattern itself implies ("prior to 2007": renamed in 2007)
    )


GROUP_WORDS = {"it", "its", "itself", "they", "their", "which", "that"}
PERSON_WORDS = {"he", "him", "his", "she", "her", "who"}


def kind_of(mention: Mention) -> str | None:
    """person, group or state, from the entity label or the pronoun; None if it cannot tell."""
    if mention.label == "PERSON" or mention.text.lower() in PERSON_WORDS:
        return "person"
    if mention.label in ("ORG", "NOUN") or mention.text.lower() in GROUP_WORDS:
        return "group"
    if mention.label in ("GPE", "NORP"):
        return "state"
    return None


def fits(rel: str, subject: Mention, obj: Mention, cues: RelationCues) -> bool:
    """Whether the subject and object are of kinds that can hold the relation."""
    kinds = cues.relation_kinds.get(rel, {})
    return kind_of(subject) in kinds.get("subject", ()) and kind_of(obj) in kinds.get("object", ())


def is_actor(token: Token) -> bool:
    """A name or a word that can stand for one (pronouns and group nouns resolve later)."""
    return (
        token.ent_type_ in ACTOR_LABELS
        or token.pos_ in ("PROPN", "PRON")
        or token.lemma_
        in (
            "group",
            "organization",
            "organisation",
            "faction",
            "branch",
            "brigade",
            "battalion",
            "movement",
        )
    )


def _kids(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _of_object(noun: Token) -> list[Token]:
    """Y in 'leader of Y', "Y's leader", 'Y leader', 'its leader'."""
    objs = [g for p in _kids(noun, ("prep",)) if p.lower_ == "of" for g in _kids(p, ("pobj",))]
    objs += _kids(noun, ("poss",))
    objs += [c for c in _kids(noun, ("compound",)) if c.ent_type_ in ("ORG", "GPE", "NORP")]
    return [o for o in objs if is_actor(o)]


def _role_subjects(noun: Token) -> list[Token]:
    """X in 'X, the leader of Y', 'the leader of Y, X', 'X is the leader', 'leader X'."""
    subs = _kids(noun, ("appos",))
    # "The leader of Y, X, ...": the parser often hangs the person on Y instead.
    subs += [a for o in _of_object(noun) for a in _kids(o, ("appos",)) if a.ent_type_ == "PERSON"]
    if noun.dep_ == "appos":
        subs.append(noun.head)
    if noun.dep_ in ("attr",) and noun.head.lemma_ == "be":
        subs += _kids(noun.head, ("nsubj",))
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        subs.append(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.ent_type_ == "PERSON":
        subs.append(noun.head.head)
    return [s for s in subs if is_actor(s)]


def role_noun_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    out = []
    for tok in sent:
        rel = cues.role_nouns.get(tok.lemma_.lower()) if tok.pos_ in ("NOUN", "PROPN") else None
        if not rel:
            continue
        modified = any(
            c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") for c in tok.children
        )
        for s in _role_subjects(tok):
            for o in _of_object(tok):
                found = _pairs(rel, [s], [o], tok, cues)
                # "Tunisia's opposition leader X" leads the opposition, not Tunisia.
                out += [r for r in found if not (modified and r.object.label == "GPE")]
    return out


def _subjects(verb: Token) -> list[Token]:
    subs = _kids(verb, ("nsubj",))
    if not subs and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        subs = _subjects(verb.head)
    return [t for s in subs for t in with_conjuncts(s)]


def _prep_objects(verb: Token, preps: list[str]) -> list[Token]:
    """Y in 'broke with Y', and in 'broke away from Y' (the preposition on the particle)."""
    out = []
    for p in verb.children:
        if p.dep_ not in ("prep", "prt", "advmod") or p.lower_ not in preps:
            continue
        inner = [c for c in p.children if c.dep_ == "prep" and c.lower_ in preps]
        after = [verb.doc[p.i + 1]] if p.dep_ == "prt" and p.i + 1 < len(verb.doc) else []
        out += [g for h in [p, *inner] for g in h.children if g.dep_ == "pobj"]
        out += [g for g in after if g.dep_ == "pobj"]
    return out


def verb_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    out: list[RelationFound] = []
    for verb in (t for t in sent if t.pos_ in ("VERB", "AUX")):
        # The small model mis-lemmatises rare verbs ("rebranded" → "rebrande"); the cue
        # lists may then name the inflected form, which is tried when the lemma is unknown.
        lemma = verb.lemma_.lower() if verb.lemma_.lower() in cues.known_verbs else verb.lower_
        out += _lead(verb, lemma, cues) + _split(verb, lemma, cues) + _rename(verb, lemma, cues)
        out += _allegiance(verb, lemma, cues) + _ascend(verb, cues) + _appoint(verb, lemma, cues)
        if lemma in cues.formation_verbs:  # "he had formed his own group, the X Brotherhood"
            out += _pairs("founder_of", _subjects(verb), _kids(verb, ("dobj",)), verb, cues)
    return out


def _pairs(
    rel: str, subs: list[Token], objs: list[Token], anchor: Token, cues: RelationCues
) -> list[RelationFound]:
    """Relations between every subject and object that are actors of fitting kinds."""
    out = []
    for s in subs:
        for o in objs:
            sm, om = _actor_mention(s), _actor_mention(o)
            if sm and om and (sm.start, sm.end) != (om.start, om.end) and fits(rel, sm, om, cues):
                out.append(RelationFound(rel, sm, om, anchor))
    return out


def _actor_mention(token: Token) -> Mention | None:
    """expand(), but a common noun only if it can stand for a group ("an attack" cannot)."""
    mention = expand(token)
    if mention is not None and mention.label == "NOUN" and not is_actor(token):
        return None
    return mention


def _lead(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X leads Y', 'Y is headed by X'."""
    rel = cues.lead_verbs.get(lemma)
    if not rel:
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "HTS, led by Abu Mohammed al-Jolani"
        agents = [g for a in _kids(verb, ("agent",)) for g in _kids(a, ("pobj",))]
        return _pairs(rel, agents, [verb.head], verb, cues)
    if any(c.dep_ == "auxpass" for c in verb.children):
        agents = [g for a in _kids(verb, ("agent",)) for g in _kids(a, ("pobj",))]
        return _pairs(rel, agents, _kids(verb, ("nsubjpass",)), verb, cues)
    return _pairs(rel, _subjects(verb), _kids(verb, ("dobj",)), verb, cues)


def _split(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X broke with Y (to form Z)': Z (or X) split_from Y, and a person X founded Z."""
    preps = cues.split_verbs.get(lemma)
    if not preps:
        return []
    parents, subs = _prep_objects(verb, preps), _subjects(verb)
    formed = [
        o
        for x in verb.children
        if x.dep_ in ("advcl", "xcomp", "conj") and x.lemma_ in cues.formation_verbs
        for o in _kids(x, ("dobj",))
    ]
    if formed:
        return _pairs("split_from", formed, parents, verb, cues) + _pairs(
            "founder_of", subs, formed, verb, cues
        )
    return _pairs("split_from", subs, parents, verb, cues)


def _rename(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'Y renamed itself Z', 'X renamed the organization Z', 'transform Y into Z'."""
    if lemma not in cues.rename_verbs:
        return []
    objs = _kids(verb, ("dobj",))
    new = _kids(verb, ("oprd", "xcomp")) + _prep_objects(verb, ["as", "into", "to"])
    old = [o for o in objs if o.lower_ not in ("itself", "themselves")] or _subjects(verb)
    if not new and len(objs) == 1:  # "renamed the organization Al Qaeda in the Islamic Maghreb"
        new = [
            c
            for c in objs[0].children
            if c.dep_ in ("appos", "npadvmod", "compound") and c.ent_type_ == "ORG"
        ]
        new += [
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "dative", "ccomp") and c.ent_type_ == "ORG"
        ]
    return _pairs("renamed_to", old, new, verb, cues)


def _allegiance(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X pledged allegiance to Y'; 'X allied with Y'; 'X joined forces with Y'."""
    pledged = [c for c in verb.children if c.lemma_ in cues.allegiance_verbs.get(lemma, ())]
    if pledged:  # "to Y" hangs off the verb or off "allegiance"
        objs = [o for t in [verb, *pledged] for o in _prep_objects(t, ["to"])]
        return _pairs("affiliate_of", _subjects(verb), objs, verb, cues)
    rel = cues.alliance_verbs.get(lemma)
    if not rel:
        return []
    objs = _kids(verb, ("dobj",))
    if any(o.lemma_ in cues.alliance_objects for o in objs):
        return _pairs("allied_with", _subjects(verb), _prep_objects(verb, ["with"]), verb, cues)
    return _pairs(rel, _subjects(verb), objs + _prep_objects(verb, ["with"]), verb, cues)


def _ascend(verb: Token, cues: RelationCues) -> list[RelationFound]:
    """'X ascended to the leadership of Y', 'X took command of Y'."""
    if verb.lemma_.lower() not in cues.leadership_verbs:
        return []
    nouns = [
        g
        for p in _kids(verb, ("prep", "dobj"))
        for g in [p, *_kids(p, ("pobj",))]
        if g.lemma_.lower() in cues.leadership_nouns
    ]
    return [
        r for n in nouns for r in _pairs("leader_of", _subjects(verb), _of_object(n), verb, cues)
    ]


def _appoint(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X appointed his ally W head of V' → W leader_of V."""
    if lemma not in cues.lead_verbs and lemma not in ("appoint", "name", "make", "install"):
        return []
    out = []
    roles = [
        t
        for t in verb.subtree
        if t.lemma_.lower() in cues.role_nouns
        and t.dep_ in ("oprd", "dobj", "xcomp", "npadvmod", "attr", "appos")
    ]
    for role in roles:
        people = [p for p in _kids(verb, ("dobj",)) if p != role]
        people = [
            x for p in people for x in [p, *_kids(p, ("appos",))] if x.ent_type_ == "PERSON"
        ] or people
        if not people and role.dep_ == "dobj":  # parsed as one phrase "[W head] of V"
            people = [c for c in role.lefts if c.ent_type_ == "PERSON"]
        out += _pairs(cues.role_nouns[role.lemma_.lower()], people, _of_object(role), verb, cues)
    return out


def former_name_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'Prior to 2007, Z went by the name Y' → Y renamed_to Z. Without a past marker the name
    is simply the group's name, not a former one."""
    text = sent.text.lower()
    lemmas = " ".join(t.lemma_.lower() for t in sent)
    if not any(p in lemmas for p in cues.former_name_phrases):
        return []
    if not any(m in text for m in cues.former_name_markers):
        return []
    years = [
        t.text
        for t in sent
        if t.like_num and len(t.text) == 4 and t.head.lower_ in ("to", "before", "until")
    ]
    out = []
    for verb in (t for t in sent if t.lemma_ in ("go", "know", "call")):
        names = [
            g
            for t in verb.subtree
            if t.lemma_ in ("name", "as")
            for g in t.subtree
            if g.ent_type_ == "ORG"
        ]
        for old in names[:1]:
            found = _pairs("renamed_to", [old], _subjects(verb), verb, cues)
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
    for ent in (e for e in sent.ents if e.label_ == "ORG"):
        nxt = sent.doc[ent.end : ent.end + 2]
        if len(nxt) < 2 or nxt[0].text != "-" or nxt[1].lower_ not in cues.affiliation_suffixes:
            continue
        noun = nxt[1]
        while noun.pos_ not in ("NOUN", "PROPN") and noun.head != noun:
            noun = noun.head
        holders = [noun.head] if noun.dep_ == "appos" else _kids(noun, ("appos",))
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
        out += _pairs(rel, holders, [ent.root], nxt[1], cues)
    return out


def find_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """All relations stated in a sentence, each once."""
    found = (
        affiliation_relations(sent, cues)
        + role_noun_relations(sent, cues)
        + verb_relations(sent, cues)
        + former_name_relations(sent, cues)
    )
    unique = {(r.relation_type, r.subject.start, r.object.start): r for r in found}
    return list(unique.values())
