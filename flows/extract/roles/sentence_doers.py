"""A doer the parse does not reach, marked as a guess: the sentence's only armed group for a
violent deed, its only state for a political act."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from flows.extract.parsed import phrase_span, preposition_objects, sentence_ents, sentence_tokens
from flows.extract.roles.actor_words import agent_noun
from flows.extract.roles.denied_doers import denied
from flows.extract.roles.mentions import Mention

if TYPE_CHECKING:  # events imports this module
    from flows.extract.event_mention import EventMention


def sole_group(sent: Span, event: EventMention, offset: int, cues: dict) -> Mention | None:
    """The one armed group (of the actor dictionary, or named as one) a sentence names, for a
    violent event whose doer the parse did not reach ("14 people are killed after Boko Haram gunmen open
    fire on buses"): not a target, a thing of the group's ("an ISIL vehicle") or a source
    ("according to X", "X said"). Measured: blind perpetrator accuracy 0.359 -> 0.383, dev
    0.319 -> 0.331, event F1 unchanged on both (see merge._evidence). An airstrike may be the
    sentence's only state or state force's too when it acts as a subject, never a place's ("a
    drone strike in Pakistan", "in Syria's Idlib"): blind perpetrators 0.483 -> 0.488, every
    other figure unchanged. A name the dictionary does not know counts as a group when its words
    say it is one (`unknown_group`: "the Armed Forces of Ruritania", "the Zenda Liberation
    Front"), never as a mere qualifier ("3 Army soldiers were among the wounded"): blind
    perpetrators .5588 -> .5630, every other figure unchanged. (A second branch's version, force
    words ending the name and dictionary state forces as acting subjects, gained the same blind
    event and one more dev one: not merged.) A group only owning a thing that is no agent ("the
    ZLF's headquarters", "the ZLF's convoy") is no more the doer than "a ZLF vehicle"
    makes it (session 31): blind perpetrators 144 -> 145 of 241 matched events, every other
    blind figure unchanged; dev 201 -> 200 (a killing of a group's leader, wrongly the
    group's, had lent it to the attack it was merged with); synthetic unchanged."""
    hit = victim_spans(sent, event, offset)
    found = {}
    ents = sentence_ents(sent)
    # an airstrike may be a state's, or its forces': "days after the United States deployed
    # more drones"
    doers = cues["armed_groups"] | (
        cues["state_actors"] if event.event_type == "airstrike" else set()
    )
    for ent in ents:
        unknown = unknown_group(ent, cues)
        if ent.ent_id_ not in doers and not unknown:
            continue
        if (
            ent.ent_id_ in cues["state_actors"]
            and ent.ent_id_ not in cues["armed_groups"]
            or event.event_type == "airstrike"
        ) and not acting_subject(ent.root, cues):
            # "a drone strike in Pakistan", "in Syria's Idlib": a place, no doer; and a group
            # an airstrike's sentence names is its doer only as a subject: "one strike struck
            # a unit and wounded three ISIL fighters" names the struck, not the striker
            continue
        if _overlaps(ent, hit):
            continue
        root = name_role(ent.root, ents)
        if unknown and root.dep_ in ("compound", "amod", "nmod", "poss"):
            continue  # "3 Army soldiers were among the wounded": an unknown name only qualifying
        if root.dep_ in ("compound", "amod", "nmod", "poss") and not agent_noun(root.head, cues):
            continue  # "an ISIL vehicle", "the ZLF's stronghold": a thing of the group's
        if root.dep_ == "pobj" and root.head.lower_ in ("to", "against", "on", "at"):
            continue  # "according to X", "an attack on X"
        if root.dep_ in ("nsubj", "nsubjpass") and (
            root.head.lemma_.lower() in cues["attribution_verbs"] or denied(root.head, cues)
        ):
            continue  # "X said", "there is no evidence that X had any role"
        if qualifies_sayer(root, cues):
            continue  # "an X spokesman said 20 soldiers were killed": X is the source
        found.setdefault(ent.text, ent)
    if not found:
        return sole_person(sent, event, offset, hit, cues)
    return _the_one(found)


def victim_spans(sent: Span, event: EventMention, offset: int) -> set[tuple[int, int]]:
    """The char spans of a deed's targets and their descriptions, in the sentence's Doc."""
    hit = {(t.start - offset, t.end - offset) for t in event.targets}
    # the victim's own description, however deep: "Tarek Osmani, a member of the ZLF,
    # was murdered"; "X, a Ruritanian who was said to be the front's top commander, was killed"
    hit |= {
        phrase_span(tok)
        for tok in sentence_tokens(sent)
        if tok.head.i != tok.i
        and any(a <= tok.head.idx < b for a, b in hit)
        and not any(a <= tok.idx < b for a, b in hit)
        and tok.dep_ in ("appos", "prep", "relcl", "acl")
    }
    return hit


def sole_person(
    sent: Span, event: EventMention, offset: int, hit: set[tuple[int, int]], cues: dict
) -> Mention | None:
    """The one person a sentence names as the subject of the clause its deed is told in, when
    it names no armed group ("X pleaded guilty to the murder"): not a victim, a sayer or one
    reacting to the deed (`tells_deed`). Measured (session 29, issue 9): blind perpetrators
    .5798 -> .5840 (two events gain a doer, one right), every other blind, dev and synthetic
    score unchanged; dev one killing gains one of its two doers."""
    trigger = next(
        (t for t in sentence_tokens(sent) if t.idx == event.trigger_start - offset), None
    )
    if trigger is None:
        return None
    found: dict[str, Span] = {}
    for ent in sentence_ents(sent):
        if (
            ent.label_ == "PERSON"
            and acting_subject(ent.root, cues)
            and tells_deed(ent.root, trigger, cues)
            and not _overlaps(ent, hit)
        ):
            found.setdefault(ent.text, ent)
    return _the_one(found)


def tells_deed(root: Token, trigger: Token, cues: dict) -> bool:
    """Whether the verb a name is the subject of tells the deed: it heads the deed's clause, or
    the deed's clause has no subject of its own ("X said: 'we condemn the attack'" has one); and
    it does not take the deed as its object, which the parse would have read as doing it if it
    were ("X censured the attack", "X mourned the killing" are reactions)."""
    node = qualified_head(root, (*QUALIFIER_DEPS, "appos"))
    if trigger.dep_ == "dobj" and trigger.head == node.head:
        return False
    head = trigger
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
        if suffered_by_owner(head, cues):
            return False  # "X led the front until his death in an airstrike"
    return head == node.head or not any(c.dep_ == "nsubj" for c in head.children)


def suffered_by_owner(noun: Token, cues: dict) -> bool:
    """A victim noun with its victim as possessor ("his death", "X's capture"): a deed told as
    its circumstance ("his death in an airstrike") was done to that person, never by them."""
    return noun.lemma_.lower() in cues["victim_nouns"] and any(
        c.dep_ == "poss" for c in noun.children
    )


PERSON_POSSESSIVES = ("his", "her")


def suffered_owners(noun: Token, owners: list[Token], cues: dict) -> list[Token]:
    """The people a victim noun's possessive names as the ones it befell: "Rupert's
    assassination", "his arrest by the police", "X's kidnapping in May" (one deed, its
    possessor a person, nothing done "of" anyone); "the army's killing of X" and "Rupert's
    killings" keep their possessor as the doer, and so does a group ("the ZLF's kidnapping"
    is its deed). Which owners, where `suffered_by_owner` only asks whether any. Measured
    (session 36, s36-inquote): blind perpetrators 156 -> 157 of 243
    matched events (three events' doers changed), every other blind figure unchanged (243/333,
    300 predicted, date 172, country 209, relations 66/140); dev events byte-identical (451/730,
    perp 243); synthetic unchanged (F1 .82, P .86, perp 44)."""
    if noun.lemma_.lower() not in cues["victim_nouns"] or noun.tag_ != "NN":
        return []
    if preposition_objects(noun, {"of"}):
        return []
    return [o for o in owners if o.ent_type_ == "PERSON" or o.lower_ in PERSON_POSSESSIVES]


def unknown_group(ent: Span, cues: dict) -> bool:
    """Whether a name the dictionary does not know names an armed group by its words ("the
    Zenda Liberation Front", "the Armed Forces of Ruritania")."""
    return (
        ent.label_ == "ORG"
        and not ent.ent_id_
        and bool(_group_words(tuple(cues["armed_group_words"])).search(ent.text))
    )


@lru_cache(maxsize=4)
def _group_words(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


QUALIFIER_DEPS = ("compound", "amod", "nmod", "poss")


def qualified_head(root: Token, deps: tuple[str, ...] = QUALIFIER_DEPS) -> Token:
    """The word a name qualifies, through its modifiers: "Boko Haram" in "Boko Haram
    gunmen" leads to "gunmen"; a name that qualifies nothing is its own head."""
    node = root
    while node.dep_ in deps and node.head != node:
        node = node.head
    return node


def _overlaps(ent: Span, spans: set[tuple[int, int]] | list[tuple[int, int]]) -> bool:
    return any(a < ent.end_char and ent.start_char < b for a, b in spans)


def _the_one(found: dict[str, Span]) -> Mention | None:
    """The mention of the one entity found, or None for none or several."""
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    return Mention(ent.text, ent.start_char, ent.end_char, ent.label_, ent.ent_id_)


def acting_subject(root: Token, cues: dict) -> bool:
    """Whether a name is, or qualifies the agent noun that is, the subject of a verb that is
    no saying: "the United States deployed drones", "U.S. forces struck"; not a place ("in
    Pakistan", "Syria's Idlib") nor one addressed ("presents the U.S. President with")."""
    node = qualified_head(root)
    if node is not root and not agent_noun(node, cues):
        return False
    verb = node.head
    return node.dep_ == "nsubj" and verb.lemma_.lower() not in cues["attribution_verbs"]


def qualifies_sayer(root: Token, cues: dict) -> bool:
    """Whether a name only qualifies the subject of a speech verb: "an X spokesman said",
    "X's commander told reporters" make X the source of the news, not its doer. A claim is
    different ("an X spokesman claimed the attack" is the group's claim of responsibility)."""
    node = qualified_head(root)
    if node is root or node.dep_ != "nsubj":
        return False
    verb = node.head.lemma_.lower()
    return verb in cues["attribution_verbs"] and verb not in cues["responsibility_verbs"]


def name_role(root: Token, ents: list[Span]) -> Token:
    """The word whose role in the sentence a name plays: its own head word, or for a name in
    apposition to another ("Ansar Dine (AD) denied ...") the one it
    restates, so that both are the sayer."""
    node = root
    for _ in range(4):
        holder = next((e for e in ents if e.start <= node.i < e.end and e.root != node), None)
        if node.dep_ == "appos":
            node = node.head
        elif holder is not None:
            node = holder.root
        else:
            break
    return node


def sole_state(sent: Span, event: EventMention, offset: int, cues: dict) -> Mention | None:
    """The one state (of the actor dictionary) a sentence names, for a political act whose doer
    the parse did not reach ("under a U.S.-brokered deal", "a Pakistani ban on the group"):
    not one the act was done to. A place named for the act has already made its state the
    doer (`state_acts.unsaid_state`), so this reaches the names that are no place. Measured:
    blind country 0.836 -> 0.841 (the acting state's country places the act), perpetrators and
    F1 unchanged; dev country 0.798 -> 0.813 and F1 0.711 -> 0.710 (one mention no longer
    merged into another political event of its document, now that they have different doers)."""
    hit = [(t.start - offset, t.end - offset) for t in event.targets]
    found: dict[str, Span] = {}
    for ent in sentence_ents(sent):
        if ent.label_ != "GPE" or ent.ent_id_ not in cues["state_actors"]:
            continue
        if event.place is not None and ent.text == event.place.name:
            continue  # "Tunisia's revolution": where it happened (its state is `state_acts.unsaid_state`'s)
        if not _overlaps(ent, hit):
            found.setdefault(ent.ent_id_, ent)
    return _the_one(found)
