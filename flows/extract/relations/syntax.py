"""Dependency helpers shared by the relation patterns: who is subject, object, role holder."""

from __future__ import annotations

from spacy.tokens import Span, Token

from flows.extract.parsed import doc_entities
from flows.extract.relations.cues import ACTOR_LABELS, RelationCues, RelationFound, fits
from flows.extract.roles.mentions import Mention, expand, relative_antecedent, with_conjuncts


def is_actor(token: Token, cues: RelationCues) -> bool:
    """A name or a word that can stand for one (pronouns and group nouns resolve later)."""
    owned_force = token.lower_ in cues.force_nouns and any(
        c.dep_ in ("amod", "compound") for c in token.children
    )  # "Somali forces" stands for Somalia's forces; bare "troops" for no one
    return (
        token.ent_type_ in ACTOR_LABELS
        or token.pos_ in ("PROPN", "PRON")
        or token.lemma_.lower() in cues.group_nouns
        or owned_force
    )


def described_name(noun: Token, cues: RelationCues) -> Token:
    """The name a common noun describes: "X, a militia backed by Y" and "X is a group funded
    by Y" tell of X; other tokens stand for themselves."""
    if noun.pos_ != "NOUN":
        return noun
    if noun.dep_ == "appos" and noun.head.ent_type_ in ACTOR_LABELS:
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ in cues.copular_verbs:
        named = [s for s in children_with(noun.head, ("nsubj",)) if s.ent_type_ in ACTOR_LABELS]
        return named[0] if named else noun
    return noun


def children_with(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def role_objects(noun: Token, cues: RelationCues) -> list[Token]:
    """Y in 'leader of Y', "Y's leader", 'Y leader', 'its leader'."""
    objs = [
        g
        for p in children_with(noun, ("prep",))
        if p.lower_ in ("of", "to")
        for g in children_with(p, ("pobj",))
    ]
    objs += children_with(noun, ("poss",))
    objs += [c for c in children_with(noun, ("compound",)) if c.ent_type_ in ("ORG", "GPE", "NORP")]
    # "command of the GSPC's southern operations": the operations are the GSPC's
    objs = [
        next((p for p in children_with(o, ("poss",)) if is_actor(p, cues)), o)
        if not is_actor(o, cues)
        else o
        for o in objs
    ]
    return [o for o in objs if is_actor(o, cues)]


def role_subjects(noun: Token, cues: RelationCues) -> list[Token]:
    """X in 'X, the leader of Y', 'the leader of Y, X', 'X is the leader', 'leader X'; and in
    'X, one of the leaders of Y', 'X became one of Y's operatives'."""
    if partitive(noun):
        return role_subjects(noun.head.head, cues)
    subs = children_with(noun, ("appos",))
    # "The leader of Y, X, ...": the parser often hangs the person on Y instead.
    # "the deputy head of Y's finance committee, X": or on the phrase after "of".
    held_in = role_objects(noun, cues) + [
        o for p in children_with(noun, ("prep",)) if p.lower_ == "of" for o in p.children
    ]
    subs += [
        a
        for o in dict.fromkeys(held_in)
        for a in children_with(o, ("appos",))
        if a.ent_type_ == "PERSON"
    ]
    if noun.dep_ == "appos":
        subs.append(noun.head)
    if not any(is_actor(s, cues) for s in subs):  # "leader X and military operations"
        subs += comma_neighbours(noun) or named_next(noun)
    if noun.dep_ in ("attr",) and noun.head.lemma_ in cues.copular_verbs:
        for subject in verb_subjects(noun.head):
            # "Its leader, X, is a former chief of Y": X, not "its leader"
            named = [a for a in children_with(subject, ("appos",)) if a.ent_type_ == "PERSON"]
            subs += named or [subject]
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        subs.append(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        subs += as_holders(noun.head.head)
    return [s for s in subs if is_actor(s, cues)]


def partitive(noun: Token) -> bool:
    """'one of the leaders', 'one of Y's operatives': the holder is one among several."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"


def as_holders(head: Token) -> list[Token]:
    """Who holds a role told with "as": the person it follows ("X as leader"), the one a verb
    names to it ("elected X as president", "X was named as chief") or the one serving in it
    ("X served as commander")."""
    if head.pos_ not in ("VERB", "AUX"):
        return [head] if head.ent_type_ == "PERSON" else []
    return (
        children_with(head, ("dobj",))
        or children_with(head, ("nsubjpass",))
        or (verb_subjects(head))
    )


def named_next(noun: Token) -> list[Token]:
    """A person named right after a title the parser left unattached: "the Pakistani
    Taliban's leader Baitullah Mehsud and ...", where the name hangs elsewhere."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or after.ent_type_ != "PERSON" or after.ent_iob_ != "B":
        return []
    name = next(e for e in doc.ents if e.start == after.i)
    return [] if name.root.head == noun or noun.head == name.root else [name.root]


def comma_neighbours(noun: Token) -> list[Token]:
    """Names set off by commas right before or after a role noun's phrase, for appositions the
    parser hung elsewhere: "broke with al Qaeda's franchise in the region, al Qaeda in the
    Islamic Maghreb, to form" and "al Qaeda in the Arabian Peninsula, the group's branch in Yemen"."""
    doc, out = noun.doc, []
    after = noun.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ in ACTOR_LABELS:
        name = (
            next(e for e in doc_entities(doc) if e.start == doc[after + 1].i)
            if doc[after + 1].ent_iob_ == "B"
            else None
        )
        if name is not None and (name.end == len(doc) or doc[name.end].text in (",", ".", ";")):
            out.append(name.root)
    before = noun.left_edge.i - 1
    if (
        before > 0
        and doc[before].text == ","
        and doc[before - 1].ent_type_ in ACTOR_LABELS
        and not introductory(doc[before - 1], noun)
    ):
        out.append(doc[before - 1])
    return out


def introductory(name: Token, noun: Token) -> bool:
    """A name inside a phrase that opens the clause the role noun is the subject of: "after
    the cleric's threats against the United States, two Hamas members flew" sets no name beside
    the members."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        a.head == noun.head and a.dep_ in ("prep", "advcl", "npadvmod", "advmod")
        for a in name.ancestors
    )


def verb_subjects(verb: Token) -> list[Token]:
    subs = children_with(verb, ("nsubj",))
    if not subs and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        subs = verb_subjects(verb.head)
    if not subs and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"):
        # "Al Shabaab, the insurgency allied to al Qaeda": the noun it describes, and the
        # name that noun is in apposition to
        noun = verb.head
        subs = [noun.head] if noun.dep_ == "appos" else [noun]
    return [t for s in subs for t in with_conjuncts(s)]


def prep_objects(verb: Token, preps: list[str]) -> list[Token]:
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


def pairs(
    rel: str,
    subs: list[Token],
    objs: list[Token],
    anchor: Token,
    cues: RelationCues,
    conjoined: bool = True,
) -> list[RelationFound]:
    """Relations between every subject and object that are actors of fitting kinds; with
    `conjoined`, also each object's conjuncts ("X backed Y and Z", "allied with Y and Z")."""
    out = []
    if conjoined:
        objs = list(dict.fromkeys(c for o in objs for c in with_conjuncts(o)))
    for s in subs:
        for o in objs:
            sm, om = actor_mention(s, cues), actor_mention(o, cues)
            if sm and om and (sm.start, sm.end) != (om.start, om.end) and fits(rel, sm, om, cues):
                out.append(RelationFound(rel, sm, om, anchor))
    return out


def actor_mention(token: Token, cues: RelationCues) -> Mention | None:
    """expand(), but a common noun only if it can stand for a group ("an attack" cannot), and
    a group noun after a name the model missed is that name ("the Abu Sayaff faction")."""
    if token.dep_ == "poss" and token.pos_ == "PRON" and token.head.dep_ == "conj":
        token = token.head.head  # "Boko Haram and its offshoot": its = Boko Haram
    described = described_name(relative_antecedent(token), cues)
    if described.ent_type_ in ACTOR_LABELS:  # "X, a militia led by Y", "X is a group that backs Y"
        token = described
    mention = expand(token)
    if mention is not None and mention.label == "NOUN" and not is_actor(token, cues):
        return None
    run = named_run(token)
    if mention is not None and mention.label == "NOUN" and run is not None:
        return Mention(run.text, run.start_char, run.end_char, "ORG", "")
    return mention


def named_run(token: Token) -> Span | None:
    """The proper nouns right before a common noun, as one name: "[Abu Sayaff] faction"."""
    start = token.i
    doc = token.doc
    while (
        start > 0 and doc[start - 1].pos_ == "PROPN" and start <= doc[start - 1].head.i <= token.i
    ):
        start -= 1
    if token.pos_ != "NOUN" or start == token.i:
        return None
    return token.doc[start : token.i]


def commands_within(role: Token, cues: RelationCues, verb: Token | None = None) -> bool:
    """A leader's role that is a command inside a group: "a former military chief of the
    Nusra Front", "head of another AQIM battalion", "its emir in Southeast Asia"."""
    if any(c.lower_ in cues.command_modifiers for c in role.children):
        return True
    led = [g for p in role.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in cues.unit_nouns for g in led):
        return True
    return any(
        p.lower_ == "in" and any(g.ent_type_ in ("GPE", "LOC") for g in p.subtree)
        for p in [*role.children, *(verb.children if verb is not None else ())]
    )


def held_role(role: Token, rel: str, cues: RelationCues) -> str:
    """What a role in a group makes of its holder: a deputy's ("deputy head of Y") is deputy_of
    Y, and a role in one of the group's bodies ("head of Y's finance committee", "Y's military
    committee chief") makes a member of Y."""
    if rel != "leader_of" and rel != "commander_of":
        return rel
    inner = [g for p in role.children if p.lower_ == "of" for g in children_with(p, ("pobj",))]
    inner += children_with(role, ("compound",))
    if any(g.lemma_.lower() in cues.organ_nouns for g in inner) or partitive(role):
        return "member_of"  # also "one of the leaders of Y": one among several, a member
    if any(c.lower_ in cues.deputy_modifiers for c in role.children if c.i < role.i):
        return "deputy_of"
    if rel == "commander_of" and not inner_objects(role) and compound_group(role):
        return "member_of"  # "the ZLF commander X": one of its commanders, a member
    return rel


def inner_objects(role: Token) -> list[Token]:
    """What a role is held in by "of" or a possessive: "commander of Y", "Y's commander"."""
    held = [g for p in role.children if p.lower_ == "of" for g in children_with(p, ("pobj",))]
    return held + children_with(role, ("poss",))


def compound_group(role: Token) -> bool:
    """Whether a group's name sits before the role as a modifier: "the ZLF commander"."""
    return any(c.dep_ == "compound" and c.ent_type_ in ("ORG", "NORP") for c in role.children)
