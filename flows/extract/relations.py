"""Relations between actors from dependency patterns over the parse.

Patterns (words from dictionaries/relation_cues.yaml): role nouns in appositions, possessives,
compounds and copulas ("X, the leader of Y", "Y's leader X", "X is the head of Y"); lead verbs
("Y is led by X"); formation and split verbs ("X broke with Y to form Z"); renaming ("Y renamed
itself Z", "Z went by the name Y"); allegiance and alliance verbs; "ascended to the leadership of Y".
"""

from spacy.tokens import Span, Token

from flows.extract.relation_cues import (
    RelationCues,
    RelationFound,
    fits,
    kind_of,
    load_relation_cues,
)
from flows.extract.relation_syntax import (
    actor_mention,
    children_with,
    comma_neighbours,
    is_actor,
    named_run,
    pairs,
    prep_objects,
    role_objects,
    role_subjects,
    verb_subjects,
)
from flows.extract.roles import Mention, with_conjuncts

__all__ = ["RelationCues", "RelationFound", "find_relations", "load_relation_cues"]


def role_noun_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    out = []
    for tok in sent:
        rel = cues.role_nouns.get(tok.lemma_.lower()) if tok.pos_ in ("NOUN", "PROPN") else None
        if not rel:
            continue
        modified = any(
            c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") for c in tok.children
        )
        if rel == "leader_of" and commands_within(tok, cues):
            rel = "commander_of"
        for s in role_subjects(tok, cues):
            for o in role_objects(tok, cues):
                found = pairs(rel, [s], [o], tok, cues)
                # "Tunisia's opposition leader X" leads the opposition, not Tunisia.
                out += [r for r in found if not (modified and r.object.label == "GPE")]
    return out


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


def verb_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    out: list[RelationFound] = []
    for verb in (t for t in sent if t.pos_ in ("VERB", "AUX")):
        # The small model mis-lemmatises rare verbs ("rebranded" → "rebrande"); the cue
        # lists may then name the inflected form, which is tried when the lemma is unknown.
        lemma = verb.lemma_.lower() if verb.lemma_.lower() in cues.known_verbs else verb.lower_
        out += _lead(verb, lemma, cues) + _split(verb, lemma, cues) + _rename(verb, lemma, cues)
        out += _allegiance(verb, lemma, cues) + _ascend(verb, cues) + _appoint(verb, lemma, cues)
        out += _support(verb, lemma, cues) + _succeed(verb, lemma, cues)
        out += _adopt_name(verb, lemma, cues)
        if lemma in cues.formation_verbs:  # "he had formed his own group, the X Brotherhood"
            out += pairs(
                "founder_of", verb_subjects(verb), children_with(verb, ("dobj",)), verb, cues
            )
    return out


def _lead(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X leads Y', 'Y is headed by X'."""
    rel = cues.lead_verbs.get(lemma)
    if not rel:
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "HTS, led by Abu Mohammed al-Jolani"
        agents = [g for a in children_with(verb, ("agent",)) for g in children_with(a, ("pobj",))]
        return pairs(rel, agents, [verb.head], verb, cues)
    if any(c.dep_ == "auxpass" for c in verb.children):
        agents = [g for a in children_with(verb, ("agent",)) for g in children_with(a, ("pobj",))]
        return pairs(rel, agents, children_with(verb, ("nsubjpass",)), verb, cues)
    return pairs(rel, verb_subjects(verb), children_with(verb, ("dobj",)), verb, cues)


def _split(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X broke with Y (to form Z)': Z (or X) split_from Y, and a person X founded Z."""
    preps = cues.split_verbs.get(lemma)
    if not preps:
        return []
    parents, subs = [named_role(p, cues) for p in prep_objects(verb, preps)], verb_subjects(verb)
    formed = [
        o
        for x in verb.children
        if x.dep_ in ("advcl", "xcomp", "conj") and x.lemma_ in cues.formation_verbs
        for o in children_with(x, ("dobj",))
    ]
    if formed:
        return pairs("split_from", formed, parents, verb, cues) + pairs(
            "founder_of", subs, formed, verb, cues
        )
    return pairs("split_from", subs, parents, verb, cues)


def named_role(token: Token, cues: RelationCues) -> Token:
    """A role noun stands for the name set beside it: "broke with al Qaeda's franchise there,
    al Qaeda in the Islamic Maghreb" broke with AQIM, not with al Qaeda."""
    if token.lemma_.lower() not in cues.role_nouns:
        return token
    names = [c for c in token.children if c.dep_ == "appos" and c.ent_type_] or comma_neighbours(
        token
    )
    return names[0] if names else token


def _rename(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'Y renamed itself Z', 'X renamed the organization Z', 'transform Y into Z'."""
    if lemma not in cues.rename_verbs:
        return []
    objs = children_with(verb, ("dobj",))
    new = children_with(verb, ("oprd", "xcomp")) + prep_objects(verb, ["as", "into", "to"])
    old = [o for o in objs if o.lower_ not in ("itself", "themselves")] or verb_subjects(verb)
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
    return pairs("renamed_to", old, new, verb, cues)


def _allegiance(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X pledged allegiance to Y'; 'X allied with Y'; 'X joined forces with Y'."""
    pledged = [c for c in verb.children if c.lemma_ in cues.allegiance_verbs.get(lemma, ())]
    if pledged:  # "to Y" hangs off the verb or off "allegiance"
        objs = [o for t in [verb, *pledged] for o in prep_objects(t, ["to"])]
        return pairs("affiliate_of", verb_subjects(verb), objs, verb, cues)
    rel = cues.alliance_verbs.get(lemma)
    if not rel:
        return []
    objs = children_with(verb, ("dobj",))
    partners = prep_objects(verb, cues.alliance_prepositions)
    if any(o.lemma_ in cues.alliance_objects for o in objs):
        return pairs("allied_with", verb_subjects(verb), partners, verb, cues)
    return pairs(rel, verb_subjects(verb), objs + partners, verb, cues)


def _support(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X backed Y'; 'Y, backed by X'; 'forces backed by troops from X' (X supports Y)."""
    if lemma not in cues.support_verbs:
        return []
    agents = [g for a in children_with(verb, ("agent",)) for g in children_with(a, ("pobj",))]
    agents = [force_owner(a, cues) for a in agents]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return pairs("supports", agents, [verb.head], verb, cues)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return pairs("supports", agents, children_with(verb, ("nsubjpass",)), verb, cues)
    # Active: both must name actors themselves ("AQIM supports Al Qaeda's aspirations" is no
    # support of Al Qaeda, "AQIM's council supported Droukdal" is the council's).
    subjects = [t for t in verb_subjects(verb) if is_actor(t, cues)]
    objects = [t for t in children_with(verb, ("dobj",)) if is_actor(t, cues)]
    return pairs("supports", subjects, objects, verb, cues)


def _succeed(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X succeeded Y (as leader of G)': X and Y both led G. Y's leadership is not dated by the
    succession's date (that is when it ended), so it hangs on Y's own name."""
    if lemma not in cues.succession_verbs:
        return []
    roles = [
        r for p in prep_objects(verb, ["as"]) for r in [p] if r.lemma_.lower() in cues.role_nouns
    ]
    groups = [actor_mention(g, cues) for r in roles for g in role_objects(r, cues)]
    group = next((g for g in groups if g is not None), None) or implicit_group(verb)
    out = []
    for successor in verb_subjects(verb):
        out += _led(successor, group, verb, cues)
    for predecessor in children_with(verb, ("dobj",)):
        out += _led(predecessor, group, predecessor, cues)
    return out


def succession_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'his predecessor, Y': Y led the group in focus (undated: the text says when he stopped);
    'the GSPC and its predecessor, the GIA': the GSPC is the GIA's successor."""
    out = []
    for noun in (t for t in sent if t.lemma_.lower() in cues.succession_nouns):
        owners = children_with(noun, ("poss",))
        for named in role_subjects(noun, cues):
            out += _led(named, implicit_group(noun), named, cues)
            if noun.lemma_.lower() == "predecessor":
                out += pairs("successor_of", owners, [named], noun, cues)
            else:
                out += pairs("successor_of", [named], owners, noun, cues)
    # Between people the succession is told as leadership (above), not as successor_of.
    return [
        r
        for r in out
        if r.relation_type != "successor_of"
        or "person" not in (kind_of(r.subject), kind_of(r.object))
    ]


def _led(token: Token, group: Mention, anchor: Token, cues: RelationCues) -> list[RelationFound]:
    person = actor_mention(token, cues)
    if person is None or person.label != "PERSON" or not fits("leader_of", person, group, cues):
        return []
    return [RelationFound("leader_of", person, group, anchor)]


def implicit_group(token: Token) -> Mention:
    """'the group' at this word: coreference later finds which group is in focus."""
    return Mention("the group", token.idx, token.idx + len(token), "NOUN", "")


def force_owner(token: Token, cues: RelationCues) -> Token:
    """'troops from ATMIS' stands for ATMIS; any other token for itself."""
    if token.lower_ not in cues.force_nouns:
        return token
    owners = prep_objects(token, ["from", "of"])
    return owners[0] if owners else token


def _ascend(verb: Token, cues: RelationCues) -> list[RelationFound]:
    """'X ascended to the leadership of Y', 'X took command of Y', 'X was given command of Y'."""
    if verb.lemma_.lower() not in cues.leadership_verbs:
        return []
    nouns = [
        g
        for p in children_with(verb, ("prep", "dobj"))
        for g in [p, *children_with(p, ("pobj",))]
        if g.lemma_.lower() in cues.leadership_nouns
    ]
    holders = verb_subjects(verb) + children_with(verb, ("nsubjpass",))  # "was given command"
    out = []
    for n in nouns:
        rel, led = cues.leadership_nouns[n.lemma_.lower()], role_objects(n, cues)
        if led:
            out += pairs(rel, holders, led, verb, cues)
        elif n.lemma_.lower() in cues.implicit_state_nouns:  # "X seized power"
            state = Mention("the country", n.idx, n.idx + len(n), "NOUN", "")
            out += [
                RelationFound(rel, m, state, verb)
                for h in holders
                if (m := actor_mention(h, cues)) is not None and m.label == "PERSON"
            ]
    return out


def _adopt_name(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X adopted the name Y'; 'Y was the name X had adopted' → X renamed_to Y."""
    if lemma not in cues.name_adopting_verbs:
        return []
    names = [o for o in children_with(verb, ("dobj",)) if o.lemma_ == "name"]
    new = [c for n in names for c in n.children if c.dep_ in ("appos", "attr", "compound")]
    if verb.dep_ == "relcl" and verb.head.lemma_ == "name" and verb.head.dep_ == "attr":
        new += children_with(verb.head.head, ("nsubj",))
    new = [n for n in new if n.ent_type_ == "ORG"]
    return pairs("renamed_to", verb_subjects(verb), new, verb, cues)


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
        people = [p for p in children_with(verb, ("dobj",)) if p != role]
        people = [
            x for p in people for x in [p, *children_with(p, ("appos",))] if x.ent_type_ == "PERSON"
        ] or people
        if not people and role.dep_ == "dobj":  # parsed as one phrase "[W head] of V"
            people = [c for c in role.lefts if c.ent_type_ == "PERSON"]
        if role.dep_ == "dobj":  # "appointed a new emir, X": the emir is X
            people += [c for c in role.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        groups = role_objects(role, cues) or appointing_group(verb, cues)
        rel = cues.role_nouns[role.lemma_.lower()]
        rel = "commander_of" if rel == "leader_of" and commands_within(role, cues, verb) else rel
        out += pairs(rel, people, groups, verb, cues)
    return out


def appointing_group(verb: Token, cues: RelationCues) -> list[Token]:
    """Whose post it is when the text does not say: the appointing body's group ("the group's
    leadership council appointed a new emir") or the appointing group itself."""
    subjects = verb_subjects(verb)
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss"]
    return owners or [s for s in subjects if s.ent_type_ == "ORG"]


def merger_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'X was formed through a merger of A, B and C' → A, B, C member_of X."""
    out = []
    for noun in (t for t in sent if t.lemma_.lower() in cues.merger_nouns):
        members = [
            m
            for p in noun.children
            if p.lower_ == "of"
            for o in children_with(p, ("pobj",))
            for m in with_conjuncts(o)
        ]
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        formed = [s for s in children_with(verb, ("nsubj", "nsubjpass")) if s.ent_type_ == "ORG"]
        out += pairs("member_of", members, formed, noun, cues)
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
    for ent in (e for e in sent.ents if e.label_ == "ORG"):
        nxt = sent.doc[ent.end : ent.end + 2]
        if len(nxt) < 2 or nxt[0].text != "-" or nxt[1].lower_ not in cues.affiliation_suffixes:
            continue
        noun = nxt[1]
        while noun.pos_ not in ("NOUN", "PROPN") and noun.head != noun:
            noun = noun.head
        holders = [noun.head] if noun.dep_ == "appos" else children_with(noun, ("appos",))
        if not holders and named_run(noun):  # "the Al Qaeda-linked Al Shaba'ab group"
            holders = [noun]
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
        + merger_relations(sent, cues)
        + role_noun_relations(sent, cues)
        + verb_relations(sent, cues)
        + former_name_relations(sent, cues)
        + succession_relations(sent, cues)
    )
    unique = {(r.relation_type, r.subject.start, r.object.start): r for r in found}
    return list(unique.values())
