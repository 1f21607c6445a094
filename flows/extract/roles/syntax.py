"""Who did it to whom: perpetrators and targets from the dependency parse, not word order.

Active voice: subject = perpetrator, object = target. Passive: "by" agent = perpetrator,
subject = target. Nominal triggers: possessive or compound modifier or "by X" = perpetrator,
"on/against X" = target. Support verbs ("AQIM carried out bombings") lend their subject.
Coordination ("Belmokhtar and others") and appositions are followed.
"""

from __future__ import annotations

from spacy.tokens import Token

from flows.extract.parsed import children_by_dep, is_passive, preposition_objects
from flows.extract.roles.actor_words import (
    acronym,
    agent_noun,
    behind,
    is_actor_word,
    kind_modifiers,
)
from flows.extract.roles.blame import accused_by, blamed_on, responsible_for
from flows.extract.roles.co_doers import co_doers
from flows.extract.roles.denied_doers import denied
from flows.extract.roles.mentions import (
    Mention,
    mentions,
    relative_antecedent,
)
from flows.extract.roles.owner_doers import owner
from flows.extract.roles.reciprocal import other_sides
from flows.extract.roles.sentence_doers import suffered_by_owner, suffered_owners
from flows.extract.roles.when_clauses import timing_clauses


def by_agents(verb: Token) -> list[Token]:
    """X in a passive "... by X"."""
    return preposition_objects(verb, {"by"})


def verb_roles(verb: Token) -> tuple[list[Token], list[Token]]:
    """(perpetrator heads, target heads) of a verbal trigger."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    subjects = children_by_dep(verb, {"nsubj", "nsubjpass"})
    participle = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")
    controller = (
        children_by_dep(verb.head, {"dobj"})
        if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB"
        else []
    )
    if controller and not subjects:
        # "forced the Ethiopian troops to retreat": the object of the verb that the deed
        # completes does it (object control), not that verb's subject
        subjects = controller
    elif participle and not subjects and verb.head.dep_ == "relcl":
        # "bombs exploded at hotels where U.S. troops stopped, killing two": the parser hangs
        # the participle on the nearest verb, a relative clause's; its subject did not kill
        subjects = []
    elif (
        not subjects
        and (verb.dep_ in ("conj", "xcomp") or participle)
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        # "he managed ..., taking 32 tourists hostage"; "he was captured and imprisoned"
        subjects = children_by_dep(verb.head, {"nsubj", "nsubjpass"})
        passive = passive or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
        if participle and verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
            # "Imprisoned by the army in 2004, X founded a party": a bare past participle
            # is passive, its borrowed subject the one it was done to. Session 35: dev and
            # blind byte-identical; the seed text's man imprisoned by an intelligence service
            # had become his own jailer once his lone family name was read as a person
            # (flows/extract/nlp/surnames.py); synthetic perpetrators 43 -> 44
            passive = True
    if not subjects:
        subjects = _stranded_subject(verb)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and not subjects
        and children_by_dep(verb, {"dobj"})
    ):
        # "missiles fired by a drone killed five": a past tense with an object, which the
        # parser hung on the noun before it as a clause of its own, is that noun's verb (a
        # reduced relative is a participle, and takes no object). Without an object it is
        # a headline's passive: "Three soldiers killed in an IED explosion".
        subjects = [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not subjects:
        # A reduced relative is passive: "fishermen kidnapped by the group" → fishermen targets
        return preposition_objects(verb, {"by"}), [verb.head]
    objects = children_by_dep(verb, {"dobj"})
    if not objects:  # "captured or killed some 500 jihadists": the object is shared
        objects = [
            o for c in verb.children if c.dep_ == "conj" for o in children_by_dep(c, {"dobj"})
        ]
    if passive:
        return preposition_objects(verb, {"by"}), subjects
    return subjects, objects


# Tried and dropped (session 48): a gerund after a preposition taking the subject of the clause
# it hangs on as its doer ("Ethiopia declared victory by recapturing Badme", "he was killed
# after attacking a post"; an object's instead after other prepositions than "by"): dev
# perpetrators 461 -> 462, blind byte-identical, blind2 one event more predicted, one country
# and one count wrong more.
def _stranded_subject(verb: Token) -> list[Token]:
    """The subject the parser hung as an apposition on the object of a fronted phrase: "In
    May 2014, following talks in the town of X, the Northern Defence Forces launched an
    attack" (the forces read as the town's apposition, the main verb left with no subject).
    Only a finite main verb with no subject, and a name or noun ending right before it."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    while before is not None and before.dep_ in ("advmod", "neg") and before.head == verb:
        before = verb.doc[before.i - 1] if before.i > verb.sent.start else None
    if before is None or before.dep_ != "appos":
        return []
    return [before] if before.pos_ in ("NOUN", "PROPN") and before.head.dep_ == "pobj" else []


def may_name_doer(name: Token) -> bool:
    """A name qualifying a deed noun names its doer when it is an actor of the dictionary, a
    nationality or a state, or an acronym ("the Taliban attack", "a Kenyan raid", "the 4 January
    AA attack"); a site or a title the deed is named after does not ("the Abbey Gate attack",
    "the Marriott Hotel bombing", "the Charlie Hebdo shooting"). Dropped in session 45 (dev
    409 -> 407, blind unchanged, blind2 132 -> 134 on its first 65 documents); measured again
    in session 47 with twelve new dev documents naming such sites as doers: dev perpetrators
    458 -> 459 (one matched event fewer: "the Sunningdale Agreement" loses the name that
    anchored it), blind counts unchanged, blind2 perpetrators 173 -> 174: kept."""
    return name.ent_id_.startswith("actor:") or name.ent_type_ in ("NORP", "GPE") or acronym(name)


def noun_roles(noun: Token, cues: dict) -> tuple[list[Token], list[Token]]:
    """(perpetrator heads, target heads) of a nominal trigger."""
    owners = [c for c in noun.children if c.dep_ == "poss" and (c.ent_type_ or c.pos_ == "PRON")]
    suffered = suffered_owners(noun, owners, cues)
    perps = [c for c in owners if c not in suffered]
    if noun.ent_iob_ != "I":  # "the Good Friday Agreement": a name's own words are no doer
        perps += [
            c
            for c in noun.lefts
            if c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ and may_name_doer(c)
        ]
        perps += kind_modifiers(noun, cues)
    if noun.dep_ == "ROOT":
        # "The ZLF release two hostages": a headline's present-tense verb the tagger read as a
        # noun keeps its subject (session 52: dev perpetrators 476 -> 477; blind, blind2
        # byte-identical)
        perps += children_by_dep(noun, {"nsubj"})
    perps += responsible_for(noun, cues)
    if noun.dep_ == "appos" and noun.head.pos_ == "NOUN":
        # "responsible for the country's worst attack, the bombing of the ferry": the
        # deed restated is the one blamed
        perps += responsible_for(noun.head, cues)
    perps += blamed_on(noun, cues)
    perps += preposition_objects(noun, {"by"})
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in cues["support_verbs"] and not denied(head, cues):
        perps += children_by_dep(head, {"nsubj"}) or _stranded_subject(head)
    if noun.dep_ == "nsubjpass" and head.lemma_ in cues["support_verbs"]:
        perps += preposition_objects(head, {"by"})  # "the raid was carried out by X"
    for clause in (
        c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_ in cues["support_verbs"]
    ):
        perps += preposition_objects(
            clause, {"by"}
        )  # "the air raid, which was carried out by three Kenyan jets"
    if noun.lemma_.lower() in cues["appointment_nouns"]:
        perps += preposition_objects(noun, {"of"})  # "the election of X as President"
    if noun.lemma_.lower() in cues["agent_of_nouns"]:
        perps += preposition_objects(noun, {"of"})  # "the withdrawal of U.S. forces"
    targets = suffered + preposition_objects(noun, set(cues["target_prepositions"]))
    if noun.lemma_.lower() in cues["victim_nouns"]:
        targets += preposition_objects(noun, {"of"})  # "the assassination of Chokri Belaid"
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ in cues["victim_nouns"]:
        targets += children_by_dep(head.head, {"poss"})  # "Belmokhtar's death in an airstrike"
    return perps, targets


def roles(trigger: Token, cues: dict) -> tuple[list[Mention], list[Mention]]:
    """Perpetrator and target mentions of a trigger, coordination and appositions followed."""
    verbal = trigger.pos_ in ("VERB", "AUX")
    perps, targets = verb_roles(trigger) if verbal else noun_roles(trigger, cues)
    if verbal and trigger.lemma_.lower() in cues.get("appointment_verbs", ()):
        perps, targets = perps + targets, []  # "parliament elected X as President"
    elif verbal and _device_subject(trigger, cues):
        perps = [b for p in perps for b in behind(p, cues) if b is not p]  # "a bomb exploded"
    elif verbal and trigger.lemma_.lower() in cues.get("patient_subject_verbs", ()):
        targets, perps = perps + targets, by_agents(trigger)  # "the ambassador died"
    elif verbal and trigger.lemma_.lower() in cues.get("yielding_verbs", ()):
        targets, perps = perps + targets, _yielded_to(trigger)  # "the convoy came under fire"
    elif verbal and (causer := _causative_head(trigger, cues)) is not None:
        targets = targets + [p for p in perps if p.dep_ == "nsubj"]  # "had the envoy assassinated"
        perps = children_by_dep(causer, {"nsubj"})
    if verbal and trigger.dep_ == "pcomp" and trigger.head.lower_ in ("for", "of"):
        perps = accused_by(trigger.head.head, cues) or perps  # "accused the group of killing 12"
    if verbal:
        targets += preposition_objects(trigger, set(cues["target_prepositions"]))
        if not perps:  # "were killed when their truck was struck by a bomb planted by X"
            perps = [
                p
                for c in children_by_dep(trigger, {"advcl"})
                if is_passive(c)
                for p in preposition_objects(c, {"by"})
            ]
        suffered = trigger.lemma_.lower() in cues.get("patient_subject_verbs", ())
        if not perps and (is_passive(trigger) or suffered):  # "died when soldiers fired"
            perps = when_doers(trigger, cues)
    if not perps and not verbal:
        perps = governing_doer(trigger, cues)
    # "soldiers mounted an offensive that killed 20": who did the deed that killed
    perps = [d for p in perps for d in (deed_doers(p, cues) or [p])]
    # "its fighters killed 20": the group, by coreference (owner_doers.py)
    perps = [owner(p, trigger, cues) or p for p in perps]
    # a device is never the doer ("two bombs ripped through ..., leaving 202 dead")
    devices = set(cues["explosive_instruments"])
    doers = [b for p in perps for b in behind(p, cues)]
    doers = [d for d in doers if d.lemma_.lower() not in devices or agent_noun(d, cues)]
    # "X fighting alongside Y", "X backed by troops from Y": Y acted too
    doers += [b for c in co_doers(trigger, doers, cues) for b in behind(c, cues)]
    # "clashes between X and Y", "a deal between X and Y": every side did it
    sides = [b for c in other_sides(trigger, cues) for b in behind(c, cues)]
    doers += [s for s in sides if s not in doers]
    targets = [t for t in targets if t not in sides]
    return mentions(doers), mentions(targets)


def when_doers(verb: Token, cues: dict) -> list[Token]:
    """Who acted in the clause that times a passive deed with no agent: "ten people were
    arrested when police raided a camp", "six civilians were killed when the military opened
    fire" → police, the military. Only a name or an agent noun as the active subject of a
    "when" or "as" clause (no pronoun: "he was arrested when he returned" names no one new)."""
    doers = []
    for clause in timing_clauses(verb):
        if not is_passive(clause) and clause.lemma_ != "be":  # "... when X was president"
            doers += [
                s
                for s in children_by_dep(clause, {"nsubj"})
                if _named_or_agent(s, cues) or acronym(s)
            ]
    return doers


def _named_or_agent(token: Token, cues: dict) -> bool:
    """A name, an agent noun, or a short all-capital name the tagger took for a common noun
    ("when the XQZ searched two cars": kept only as a short name the document defines)."""
    upper = token.is_upper and token.is_alpha and len(token.text) >= 2
    return is_actor_word(token, cues) or (upper and token.pos_ in ("PROPN", "NOUN"))


def deed_doers(doer: Token, cues: dict) -> list[Token]:
    """Who did the deed a verb's subject names: "soldiers mounted an offensive that killed a
    dozen fighters", "Kenyan troops launched a raid which killed five" → the troops (the
    offensive did the killing only as their deed). Only "that" or "which", standing for a
    thing (a deed, a weapon), never "who": a person does their own deeds."""
    deed = relative_antecedent(doer)
    if deed is doer or doer.tag_ != "WDT" or deed.pos_ != "NOUN" or deed.ent_type_:
        return []
    return [] if agent_noun(deed, cues) else governing_doer(deed, cues)


def fought_with(setting: Token) -> list[Token]:
    """Whom a fight that frames a death was fought with: "killed in a shootout with the
    police", "killed during a gunfight with the Kenyan authorities" → the police, the
    authorities (the one killed fought them; they killed)."""
    return preposition_objects(setting, {"with"})


def _device_subject(verb: Token, cues: dict) -> bool:
    """Whether the verb's subject is a device ("bombs exploded"), its own or, for a participle
    or a conjunct without one, its head's ("bombs exploded at two hotels, killing two")."""
    devices = cues.get("device_verbs", ())
    if verb.lemma_.lower() in devices:
        return True
    return (
        verb.dep_ in ("advcl", "conj")
        and verb.head.lemma_.lower() in devices
        and not children_by_dep(verb, {"nsubj", "nsubjpass"})
    )


def _yielded_to(verb: Token) -> list[Token]:
    """Who the subject of a yielding verb yields to: "fell to X", "came under fire from X",
    "came under X's control", "came under the control of X", "fell under Taliban rule"."""
    doers = preposition_objects(verb, {"to"})
    for state in preposition_objects(verb, {"under"}):
        doers += preposition_objects(state, {"from", "of"})
        doers += [c for c in state.children if c.dep_ == "poss"]
        doers += [c for c in state.lefts if c.dep_ in ("compound", "amod") and c.ent_type_]
    return doers


def governing_doer(noun: Token, cues: dict) -> list[Token]:
    """The named doer of the clause an event noun sits in: "the RIRA continued its campaign
    with bombings in Moira" → the RIRA. Only through objects and prepositional phrases, never
    out of reported speech or a relative clause, and only a name, an agent noun or a pronoun
    (left to coreference) as the active subject of a verb that is no saying."""
    node = noun
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "conj"):
            return []
        node = node.head
        if suffered_by_owner(node, cues):
            return []  # "X led the front until his death in an airstrike": X suffered it
        if node.pos_ in ("VERB", "AUX"):
            lemma = node.lemma_.lower()
            if lemma in cues["attribution_verbs"] or lemma in cues["defence_verbs"]:
                return []  # "officials said ...", "soldiers repelled an attack"
            if lemma in cues["disapproval_verbs"]:
                return []  # "the minister censured the attack"
            if lemma in cues["patient_subject_verbs"]:
                return []  # "twelve villagers died in an attack": they suffered it
            if is_passive(node) or denied(node, cues):
                return []  # "X did not carry out the attack", "no evidence that X had a role"
            subjects = children_by_dep(node, {"nsubj"})
            return [s for s in subjects if is_actor_word(s, cues) or s.pos_ == "PRON"]
    return []


def _causative_head(verb: Token, cues: dict) -> Token | None:
    """The causative "have"/"get" whose complement the trigger is, with the victim as the
    trigger's subject: "X had Y killed" (the parser also reads it "X had [Y killed]" as a
    relative clause on the object)."""
    head = verb.head
    if verb.dep_ == "relcl" and head.dep_ == "dobj":
        head = head.head
    elif verb.dep_ not in ("ccomp", "xcomp", "oprd", "dep"):
        return None
    if (
        head.lemma_.lower() in cues.get("causative_verbs", ())
        and verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("dobj", "auxpass", "aux") for c in verb.children)
    ):
        return head
    return None
