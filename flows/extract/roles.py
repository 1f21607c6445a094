"""Who did it to whom: perpetrators and targets from the dependency parse, not word order.

Active voice: subject = perpetrator, object = target. Passive: "by" agent = perpetrator,
subject = target. Nominal triggers: possessive or compound modifier or "by X" = perpetrator,
"on/against X" = target. Support verbs ("AQIM carried out bombings") lend their subject.
Coordination ("Belmokhtar and others") and appositions are followed.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

# Verbs whose object is the event itself: the subject of "carry out an attack" did it.
SUPPORT_VERBS = {"carry", "launch", "conduct", "mount", "perpetrate", "stage", "execute", "commit",
                 "claim", "plot", "orchestrate", "mastermind", "organize", "organise", "lead"}
TARGET_PREPS = {"on", "against", "at", "targeting"}
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "who", "which", "that"}


@dataclass(frozen=True)
class Mention:
    """A word or name standing for an actor in a sentence (offsets relative to the sentence's Doc)."""

    text: str
    start: int
    end: int
    label: str        # spaCy entity label, or POS-based: PRON, NOUN
    ent_id: str       # dictionary id from the ruler ("actor:aqim"), or ""

    @property
    def is_pronoun(self) -> bool:
        return self.text.lower() in _PRONOUNS


def expand(token: Token) -> Mention:
    """The entity (or noun phrase) a head token stands for."""
    if token.ent_type_:
        ent = next(e for e in token.doc.ents if e.start <= token.i < e.end)
        return Mention(ent.text, ent.start_char, ent.end_char, ent.label_, ent.ent_id_)
    if token.pos_ == "PRON" or token.lower_ in _PRONOUNS:
        return Mention(token.text, token.idx, token.idx + len(token), "PRON", "")
    left = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "det") and t.ent_type_]
    if left:  # "French forces", "Belmokhtar's fighters": the named modifier stands for the actor
        return expand(left[-1])
    span = token.doc[token.left_edge.i : token.i + 1]
    return Mention(span.text, span.start_char, span.end_char, "NOUN", "")


def with_conjuncts(token: Token) -> list[Token]:
    """'Belmokhtar and others' → [Belmokhtar, others]; also appositions."""
    out = [token]
    for child in token.children:
        if child.dep_ in ("conj", "appos") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            out.extend(with_conjuncts(child))
    return out


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _pobjs(token: Token, preps: set[str]) -> list[Token]:
    return [g for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def verb_roles(verb: Token) -> tuple[list[Token], list[Token]]:
    """(perpetrator heads, target heads) of a verbal trigger."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    subjects = _children(verb, {"nsubj", "nsubjpass"})
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ == "VERB":
        subjects = _children(verb.head, {"nsubj"}) if verb.dep_ != "advcl" else _children(verb.head, {"nsubj"})
    if passive:
        return _pobjs(verb, {"by"}), subjects
    return subjects, _children(verb, {"dobj"}) + _pobjs(verb, TARGET_PREPS)


def noun_roles(noun: Token) -> tuple[list[Token], list[Token]]:
    """(perpetrator heads, target heads) of a nominal trigger."""
    perps = _children(noun, {"poss"}) + [c for c in noun.lefts if c.dep_ == "compound" and c.ent_type_]
    perps += _pobjs(noun, {"by"})
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in SUPPORT_VERBS:
        perps += _children(head, {"nsubj"})
    if noun.dep_ == "pobj" and head.dep_ == "agent":
        perps = perps or []
    targets = _pobjs(noun, TARGET_PREPS)
    return perps, targets


def roles(trigger: Token, sent: Span) -> tuple[list[Mention], list[Mention]]:
    """Perpetrator and target mentions of a trigger, coordination and appositions followed."""
    perps, targets = verb_roles(trigger) if trigger.pos_ in ("VERB", "AUX") else noun_roles(trigger)
    return (
        [expand(t) for p in perps for t in with_conjuncts(p)],
        [expand(t) for p in targets for t in with_conjuncts(p)],
    )
