"""Relations stated by verbs: lead, split, rename, allegiance, support, succession, taking up
a leadership, adopting a name and appointments (cue words in dictionaries/relation_cues.yaml);
the leadership ones (succession, taking up a leadership, appointments) are in leadership.py.

Split from nouns.py, which adds the noun patterns and collects them all per sentence.
"""

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_tokens
from flows.extract.relations.cues import RelationCues, RelationFound
from flows.extract.relations.leadership import _appoint, _ascend, _succeed
from flows.extract.relations.syntax import (
    children_with,
    comma_neighbours,
    is_actor,
    pairs,
    prep_objects,
    verb_subjects,
)
from flows.extract.roles.syntax import by_agents


def verb_relations(sent: Span, cues: RelationCues) -> list[RelationFound]:
    out: list[RelationFound] = []
    for verb in (t for t in sentence_tokens(sent) if t.pos_ in ("VERB", "AUX")):
        # The small model mis-lemmatises rare verbs ("rebranded" → "rebrande"); the cue
        # lists may then name the inflected form, which is tried when the lemma is unknown.
        lemma = verb.lemma_.lower() if verb.lemma_.lower() in cues.known_verbs else verb.lower_
        out += _lead(verb, lemma, cues) + _split(verb, lemma, cues) + _rename(verb, lemma, cues)
        out += _allegiance(verb, lemma, cues) + _ascend(verb, cues) + _appoint(verb, lemma, cues)
        out += _support(verb, lemma, cues) + _succeed(verb, lemma, cues)
        out += _adopt_name(verb, lemma, cues)
        if lemma in cues.formation_verbs:  # "he had formed a new group, the X Brigade"
            out += pairs(
                "founder_of", verb_subjects(verb), children_with(verb, ("dobj",)), verb, cues
            )
    return out


def _lead(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X leads Y', 'Y is headed by X'."""
    rel = cues.lead_verbs.get(lemma)
    if not rel:
        return []
    active = (verb_subjects(verb), children_with(verb, ("dobj",)))
    return _by_voice(rel, verb, by_agents(verb), active, cues)


def _by_voice(
    rel: str,
    verb: Token,
    agents: list[Token],
    active: tuple[list[Token], list[Token]],
    cues: RelationCues,
) -> list[RelationFound]:
    """The relation's holders by the verb's voice: "HTS, led by X" and "HTS is led by X" take
    the by-agent, "X leads HTS" the (subject, object) pair `active`."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return pairs(rel, agents, [verb.head], verb, cues)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and agents:  # "Y advanced, helped by X"
        return pairs(rel, agents, verb_subjects(verb.head), verb, cues)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return pairs(rel, agents, children_with(verb, ("nsubjpass",)), verb, cues)
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and agents:
        # "was founded in 2004 and led by X", "had been sheltered and funded by X": the
        # passive's subject is the first verb's
        return pairs(rel, agents, children_with(verb.head, ("nsubjpass",)), verb, cues)
    return pairs(rel, *active, verb, cues)


def _split(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'X broke with Y (to form Z)': Z (or X) split_from Y, and a person X founded Z."""
    preps = cues.split_verbs.get(lemma)
    if not preps:
        return []
    parents = [n for p in prep_objects(verb, preps) if (n := named_role(p, cues)) is not None]
    subs = verb_subjects(verb)
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


def named_role(token: Token, cues: RelationCues) -> Token | None:
    """A role noun, or a group noun another actor owns, stands for the name set beside it:
    "broke with al Qaeda's franchise there, al Qaeda in the Islamic Maghreb" broke with AQIM,
    not with al Qaeda. An owned group noun with no name beside it is none: al Qaeda's
    franchise is not al Qaeda."""
    lemma = token.lemma_.lower()
    owned = lemma in cues.group_nouns and any(c.dep_ == "poss" for c in token.children)
    if lemma not in cues.role_nouns and not owned:
        return token
    names = [c for c in token.children if c.dep_ == "appos" and c.ent_type_] or comma_neighbours(
        token
    )
    if names:
        return names[0]
    return None if owned else token


def _rename(verb: Token, lemma: str, cues: RelationCues) -> list[RelationFound]:
    """'Y renamed itself Z', 'X renamed the organization Z', 'transform Y into Z'."""
    if lemma not in cues.rename_verbs:
        return []
    objs = children_with(verb, ("dobj",))
    new = children_with(verb, ("oprd", "xcomp")) + prep_objects(verb, ["as", "into", "to"])
    old = [o for o in objs if o.lower_ not in ("itself", "themselves")] or verb_subjects(verb)
    if not new and len(objs) == 1:  # "renamed the movement the Dawn Front"
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
    agents = [force_owner(a, cues) for a in by_agents(verb)]
    # Active: both must name actors themselves ("AQIM supports Al Qaeda's aspirations" is no
    # support of Al Qaeda, "AQIM's council supported Droukdal" is the council's).
    subjects = [t for t in verb_subjects(verb) if is_actor(t, cues)]
    objects = [
        t for t in children_with(verb, ("dobj",)) if is_actor(t, cues) and not own_force(t, cues)
    ]
    return _by_voice("supports", verb, agents, (subjects, objects), cues)


def own_force(noun: Token, cues: RelationCues) -> bool:
    """'X set up a base to support its units': a force noun a pronoun owns, in the clause of
    the one who supports, is that one's own force, not another actor it backs."""
    return noun.lower_ in cues.force_nouns and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children
    )


def force_owner(token: Token, cues: RelationCues) -> Token:
    """'troops from ATMIS' stands for ATMIS; any other token for itself."""
    if token.lower_ not in cues.force_nouns:
        return token
    owners = prep_objects(token, ["from", "of"])
    return owners[0] if owners else token


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
