"""Did it happen, and how surely? Negation, modality, genericity, hedges and attribution.

Works on the dependency parse around a trigger: the trigger's own dependents and the chain of
verbs that govern it within its sentence. Word lists come from dictionaries/cues.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from flows.extract.parsed import sentence_text
from flows.extract.triggers.lexicon import Lexicon

# Dependencies through which a governing verb's modality reaches the trigger.
_CLIMB = {
    "xcomp",
    "dobj",
    "nsubj",
    "nsubjpass",
    "pobj",
    "prep",
    "conj",
    "attr",
    "oprd",
    "acomp",
    "csubj",
    "ccomp",
    "advcl",
    "agent",
}
_STOP = {"relcl", "acl", "appos", "parataxis"}


@dataclass(frozen=True)
class Factuality:
    """Verdict on one trigger: certainty if it happened, else None with the reason."""

    certainty: str | None
    reason: str


def governors(token: Token, scene_setters: Iterable[str] = ()) -> list[Token]:
    """The trigger and the words governing it, up to its clause boundary or the root.

    A deed that dates the clause ("after the attack", "until his death in a clash")
    is taken as known: the chain stops at the time preposition (`scene_setters`), so the
    clause's plan, modal or negation ("was considered the leader", "would leave") is not
    the deed's."""
    chain = [token]
    current = token
    stops = set(scene_setters)
    while current.dep_ in _CLIMB and current.head != current:
        if current.dep_ == "prep" and current.lower_ in stops:
            break
        current = current.head
        chain.append(current)
        if current.dep_ in _STOP:
            break
    return chain


def _lower_children(token: Token) -> set[str]:
    return {c.lower_ for c in token.children}


def negated(token: Token, chain: list[Token], cues: dict) -> bool:
    """'did not attack', 'no such attacks', 'has yet to attack', 'never attacked', 'they lack
    an alliance'."""
    negs = set(cues["negations"])
    if any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in negs for c in token.children):
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in cues.get("privative_verbs", ()):
        return True
    # "did not claim any attacks": no attack is said to exist ("did not claim the attack" is
    # another matter: the attack happened, the claim did not).
    if any(
        c.dep_ == "det" and c.lower_ in cues["negative_polarity_determiners"]
        for c in token.children
    ):
        verb = token.head
        if any(c.dep_ == "neg" or c.lower_ in negs for c in verb.children):
            return True
    if token.dep_ == "xcomp" and token.head in chain:
        head_children = _lower_children(token.head)
        return bool(head_children & (negs | set(cues["negating_constructions"])))
    return False


def hypothetical(chain: list[Token], cues: dict) -> str | None:
    """A modal, conditional or plan governs the trigger: returns why, else None."""
    modals, hedging = set(cues["hypothetical_modals"]), set(cues["hedging_modals"])
    for mod in chain[0].children:  # "planned attacks", "threatening attacks"
        if mod.dep_ == "amod" and mod.lemma_.lower() in cues["non_factual_governors"]:
            return f"modified by '{mod.text}'"
    for tok in chain:
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        perfect = "have" in {a.lemma_ for a in auxes} and tok.tag_ == "VBN"
        if words & modals and not (perfect and words & hedging):
            return f"modal '{sorted(words & modals)[0]}' on '{tok.text}'"
        if tok is not chain[0] and tok.lemma_.lower() in cues["non_factual_governors"]:
            below = chain[chain.index(tok) - 1]
            if tok.lemma_.lower() in cues["call_verbs"] and below.lower_ not in ("for", "on"):
                continue  # "called a ceasefire", "called off the talks" happened; "called for" not
            return f"governed by '{tok.lemma_}'"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
            return f"conditional on '{tok.text}'"
    return None


def habitual(token: Token, cues: dict) -> bool:
    """'regularly mounts attacks': a habit adverb, or a present-simple verb reporting no one event.

    Only the trigger's own verb counts: for a nominal trigger, the support verb whose object
    it is ("mounts attacks"); the tense of a verb further up says nothing about the event.
    """
    verb = token if token.pos_ in ("VERB", "AUX") else None
    if verb is None and token.dep_ == "dobj" and token.head.lemma_.lower() in cues["support_verbs"]:
        verb = token.head
    if verb is None:
        return False
    habits = set(cues["habitual_adverbs"])
    if any(c.dep_ == "advmod" and c.lower_ in habits for c in verb.children):
        return True
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ in ("VBZ", "VBP") and not has_aux and not headline_present(verb)


def headline_present(verb: Token) -> bool:
    """'A suicide bomber kills six people', 'insurgents ambush a team, killing at least 69':
    the present of headlines and news digests tells one deed. A habit has no count of its
    victims nor one indefinite doer; 'the group attacks villages' stays a habit."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        subject is not None
        and subject.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
    ):
        return True
    deeds = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")]
    return any(
        o.dep_ == "dobj" and any(n.dep_ == "nummod" and n.like_num for n in o.subtree)
        for d in deeds
        for o in d.children
    )


def clause_text(chain: list[Token]) -> str:
    """Lowercased text of the trigger's clause: the first verb governing it, with its subtree."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), chain[-1])
    words = list(verb.subtree)
    return verb.doc[words[0].i : words[-1].i + 1].text.lower()


def hedged(token: Token, chain: list[Token], cues: dict) -> bool:
    """'reportedly', 'if confirmed', 'may have', 'believed to', 'alleged' in the trigger's clause.

    A hedge on who was responsible ("widely thought responsible for the assassination") or
    on someone's part in it ("may have helped in the assassination") leaves the event itself
    asserted: only hedges up to the first verb or responsibility word above a nominal count.
    """
    if token.pos_ in ("NOUN", "PROPN"):
        stop = next(
            (
                i
                for i, t in enumerate(chain[1:], 1)
                if t.lemma_.lower() in cues["responsibility_words"]
                or (t.pos_ in ("VERB", "AUX") and token.dep_ == "pobj")
            ),
            None,
        )
        if stop is not None and chain[stop].lemma_.lower() not in cues["support_verbs"]:
            chain = chain[:stop]
            words = {c.lower_ for t in chain for c in t.children} | {t.lower_ for t in chain}
            return bool(words & set(cues["hedges"]))
    clause = clause_text(chain)  # once, not once a phrase
    if any(p in clause for p in cues["hedge_phrases"]):
        return True
    hedges = set(cues["hedges"])
    # "France believed it had killed": a named believer reports; "is believed to" hedges.
    active = [t for t in chain if any(c.dep_ == "nsubj" for c in t.children)]
    return any(c.lower_ in hedges for tok in chain for c in tok.children) or any(
        t.lower_ in hedges for t in chain if t not in active
    )


def infinitive(token: Token, cues: dict) -> bool:
    """'to attack': a purpose or plan, unless attempted ("tried to set off explosives")."""
    auxes = [c for c in token.children if c.dep_ == "aux"]
    if not any(a.lower_ == "to" for a in auxes):
        return False
    if token.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return False  # "is believed to have abducted": a past event, hedged, not a purpose
    head = token.head
    if head.lemma_.lower() in cues["joining_verbs"] or any(
        c.lower_ == "together" for c in head.children
    ):
        return False  # "merged to form", "came together to form": what the joining made
    return head.lemma_.lower() not in cues["attempt_verbs"]


def attributed(chain: list[Token], sent: Span, cues: dict) -> bool:
    """'according to', 'officials said', 'claimed', 'the reported killing': a source's report."""
    verbs = set(cues["attribution_verbs"])
    modifiers = set(cues["attribution_modifiers"])
    if any(c.dep_ == "amod" and c.lower_ in modifiers for c in chain[0].children):
        return True
    clause, text = clause_text(chain), sentence_text(sent).lower()  # once, not once a phrase
    if any(p in clause or p in text for p in cues["attribution_phrases"]):
        return True
    if any(t.lemma_.lower() in cues["responsibility_words"] for t in chain):
        return (
            False  # "claimed responsibility for the bombing": the claim is about who, not whether
        )
    top = chain[-1]
    heads = [top, *top.ancestors]
    return any(t.lemma_.lower() in verbs for t in heads[1:] + chain[1:]) or any(
        c.lemma_.lower() in verbs and c.dep_ in ("parataxis", "advcl") for c in top.children
    )


def assess(token: Token, sent: Span, lexicon: Lexicon, known_past: bool = False) -> Factuality:
    """Verdict for the trigger `token` in sentence `sent`."""
    cues = lexicon.cues
    chain = governors(token, cues["scene_setting_prepositions"])
    if negated(token, chain, cues):
        return Factuality(None, "negated")
    why = hypothetical(chain, cues)
    if why:
        return Factuality(None, f"hypothetical: {why}")
    if any(
        c.dep_ == "nsubj" and c.lemma_.lower() in cues["verbal_subjects"] for c in token.children
    ):
        return Factuality(None, "verbal, not violent")
    if infinitive(token, cues):
        return Factuality(None, "infinitive: purpose or plan")
    # The tagger reads rare irregular pasts ("retook") as presents; the lexicon knows better.
    if not known_past and habitual(token, cues):
        return Factuality(None, "generic or habitual")
    if hedged(token, chain, cues):
        return Factuality("uncertain", "hedged")
    if attributed(chain, sent, cues):
        return Factuality("reported", "attributed")
    return Factuality("asserted", "stated")


def assess_relation(anchor: Token, sent: Span, lexicon: Lexicon) -> str | None:
    """Certainty of a stated relation; None when negated or hypothetical (states are not habits)."""
    cues = lexicon.cues
    chain = governors(anchor, cues["scene_setting_prepositions"])
    if negated(anchor, chain, cues) or hypothetical(chain, cues):
        return None
    if hedged(anchor, chain, cues):
        return "uncertain"
    if attributed(chain, sent, cues):
        return "reported"
    return "asserted"
