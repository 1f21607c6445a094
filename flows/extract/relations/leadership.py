"""Relations of leadership stated by verbs and nouns: succession ("X succeeded Y", "his
predecessor, Y"), taking up a leadership ("X took command of Y", "X seized power") and
appointments ("X appointed his ally W head of V"), for verbs.py and nouns.py.
"""

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_tokens
from flows.extract.relations.cues import RelationCues, RelationFound, fits, kind_of
from flows.extract.relations.syntax import (
    actor_mention,
    children_with,
    commands_within,
    held_role,
    pairs,
    prep_objects,
    role_objects,
    role_subjects,
    verb_subjects,
)
from flows.extract.roles.mentions import Mention


def _succeed(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X succeeded Y (as leader of G)': X and Y both led G. Y's leadership is not dated by the
    succession's date (that is when it ended), so it hangs on Y's own name."""
    if lemma not in cues.succession_verbs:
        return []
    roles = [
        r for p in prep_objects(verb, ["as"]) for r in [p] if r.lemma_.lower() in cues.role_nouns
    ]
    predecessors = children_with(verb, ("dobj",))
    if not roles and not predecessors:  # "hopes to succeed where others failed": no one's post
        return []
    groups = [actor_mention(g, cues) for r in roles for g in role_objects(r, cues)]
    group = next((g for g in groups if g is not None), None) or implicit_group(verb)
    out = []
    for successor in verb_subjects(verb):
        out += _led(successor, group, verb, cues)
    for predecessor in predecessors:
        out += _led(predecessor, group, predecessor, cues)
    return out


def succession_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    """'his predecessor, Y': Y led the group in focus (undated: the text says when he stopped);
    'the GSPC and its predecessor, the GIA': the GSPC is the GIA's successor."""
    out = []
    for noun in (t for t in sentence_tokens(sent) if t.lemma_.lower() in cues.succession_nouns):
        owners = children_with(noun, ("poss",))
        for named in role_subjects(noun, cues):
            out += _led(named, implicit_group(noun), named, cues)
            # "its predecessor, the GIA": the owner succeeded the GIA; "its successor": the reverse
            later, earlier = (
                (owners, [named])
                if cues.succession_nouns[noun.lemma_.lower()] == "earlier"
                else ([named], owners)
            )
            out += pairs("successor_of", later, earlier, noun, cues)
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


def implicit_group(token: Token, words: str = "the group") -> Mention:
    """'the group' (or 'the country') at this word: coreference later finds which one is in
    focus."""
    return Mention(words, token.idx, token.idx + len(token), "NOUN", "")


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
            state = implicit_group(n, "the country")
            out += [
                RelationFound(rel, m, state, verb)
                for h in holders
                if (m := actor_mention(h, cues)) is not None and m.label == "PERSON"
            ]
    return out


def _appoint(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X appointed his ally W head of V' → W leader_of V."""
    if lemma not in cues.lead_verbs and lemma not in ("appoint", "name", "make", "install"):
        return []
    out = []
    roles = [
        t
        for t in verb.subtree
        if t.lemma_.lower() in cues.role_nouns
        and (
            t.dep_ in ("oprd", "dobj", "xcomp", "npadvmod", "attr", "appos")
            or (t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head == verb)
        )
    ]
    for role in roles:
        # "appointed W head of V", and passive "W was appointed head of V"
        people = [p for p in children_with(verb, ("dobj", "nsubjpass")) if p != role]
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
        rel = held_role(role, rel, cues)
        out += pairs(rel, people, groups, verb, cues)
    return out


def appointing_group(verb: Token, cues: RelationCues) -> list[Token]:
    """Whose post it is when the text does not say: the appointing body's group ("the group's
    leadership council appointed a new emir") or the appointing group itself."""
    subjects = verb_subjects(verb)
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss"]
    return owners or [s for s in subjects if s.ent_type_ == "ORG"]
