"""Who a word in a sentence stands for: the actor mention a head token names, through the
entity it belongs to, a relative or personal pronoun's antecedent, a name in apposition, or a
named modifier ("AQIM militants"); and the conjuncts that share its role.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from flows.extract.parsed import doc_entities

# Closed-class words that stand for an actor named elsewhere (coreference resolves them).
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "who"})
GROUP_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "which", "that"})
_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS
ACTOR_ENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class Mention:
    """A word or name standing for an actor in a sentence (offsets relative to the sentence's Doc)."""

    text: str
    start: int
    end: int
    label: str  # spaCy entity label, or POS-based: PRON, NOUN
    ent_id: str  # dictionary id from the ruler ("actor:aqim"), or ""


NAMING_VERBS = {"call", "name", "know", "dub"}


def _entity(token: Token) -> Mention:
    ent = next(e for e in doc_entities(token.doc) if e.start <= token.i < e.end)
    return Mention(ent.text, ent.start_char, ent.end_char, ent.label_, ent.ent_id_)


def _named_child(token: Token) -> Token | None:
    """'the group Ansar Dine', 'a group called the GIA', 'its own group, the X Brotherhood'."""
    for child in token.rights:
        if child.dep_ in ("appos", "compound") and child.ent_type_ in ACTOR_ENT_LABELS:
            return child
        if child.dep_ == "acl" and child.lemma_ in NAMING_VERBS:
            return next((g for g in child.subtree if g.ent_type_ in ("ORG", "PERSON")), None)
    return None


def relative_antecedent(token: Token) -> Token:
    """What a relative pronoun stands for ("Droukdal, who had ascended" → Droukdal; "X, a
    Malian Tuareg who founded" → X; in a cleft, "it was Haddad who sponsored the murder" →
    Haddad); any other word stands for itself."""
    if token.tag_ not in ("WP", "WDT"):
        return token
    focus = _cleft_focus(token)
    if focus is not None:
        return focus
    if token.head.dep_ != "relcl":
        return token
    antecedent = token.head.head
    while antecedent.dep_ == "appos":
        antecedent = antecedent.head
    return antecedent


def _cleft_focus(pronoun: Token) -> Token | None:
    """The name a cleft sentence puts in focus: "it was Haddad who sponsored the murder" (the
    parser hangs the "who" clause on "was" as a complement, beside "Haddad" as its attribute)."""
    clause = pronoun.head
    be = clause.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or be.lemma_ != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.i < pronoun.i), None)


def expand(token: Token) -> Mention | None:
    """The actor mention a head token stands for; None for dates, numbers and the like."""
    if token.tag_ in ("WP", "WDT") and (token.head.dep_ == "relcl" or _cleft_focus(token)):
        return expand(relative_antecedent(token))
    if token.ent_type_:
        return _entity(token) if token.ent_type_ in ACTOR_ENT_LABELS else None
    if token.pos_ == "PRON" or token.lower_ in _PRONOUNS:
        relative = _relative_subject(token)
        if relative is not None:  # "Belmokhtar, who announced he had formed" → Belmokhtar
            return expand(relative)
        later = cataphoric_subject(token)
        if later is not None:  # "Despite condemnation for its attacks, LT continued" → LT
            return expand(later)
        main = main_clause_subject(token)
        if main is not None:  # "The group expanded to Malaysia, when it abducted" → the group
            return expand(main)
        return Mention(token.text, token.idx, token.idx + len(token), "PRON", "")
    named = _named_child(token)
    if named is not None:
        return _entity(named)
    left = [t for t in token.doc[token.left_edge.i : token.i] if t.ent_type_ in ACTOR_ENT_LABELS]
    if left and all(t.ent_type_ == "NORP" and not t.ent_id_ for t in left):
        left = []  # "Islamist fighters", "Somali militants": the noun names the actor's kind
    if left:  # "Belmokhtar's fighters", "AQIM militants": the named modifier stands for the actor
        known = [t for t in left if t.ent_id_.startswith("actor:")]
        return _entity((known or left)[-1])
    # "a militant attack": the tagger reads an agent word qualifying a deed as an adjective
    if token.pos_ not in ("NOUN", "PROPN") and not (token.pos_ == "ADJ" and token.dep_ == "amod"):
        return None
    span = token.doc[token.left_edge.i : token.i + 1]
    return Mention(span.text, span.start_char, span.end_char, "NOUN", "")


def _relative_subject(pronoun: Token) -> Token | None:
    """The relative pronoun whose clause reports what the pronoun's own clause says: in
    "X, who announced he had formed a group", "he" is X (and not whoever is nearer)."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in _PRONOUNS or pronoun.tag_ in ("WP", "WDT"):
        return None
    verb = pronoun.head
    while verb.dep_ in ("ccomp", "xcomp") and verb.head != verb:
        verb = verb.head
        who = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "WP"]
        if who and verb.dep_ == "relcl":
            return who[0]
    return None


def cataphoric_subject(pronoun: Token) -> Token | None:
    """The named subject a pronoun in a fronted phrase looks ahead to: "Despite condemnation
    for its 2010 attacks in Kampala, al-Shabaab continued" → al-Shabaab.
    Only when the phrase hangs on the main verb before its subject, and the subject agrees
    (a person for "he", "his"; a group, state or people for "it", "its", "they")."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < pronoun.i or subject.ent_type_ not in ACTOR_ENT_LABELS:
        return None
    phrase = pronoun
    while phrase.head != root:
        phrase = phrase.head
    if phrase.dep_ not in ("prep", "advcl") or phrase.i > subject.i:
        return None
    person = pronoun.lower_ in PERSON_PRONOUNS
    return subject if person == (subject.ent_type_ == "PERSON") else None


def main_clause_subject(pronoun: Token) -> Token | None:
    """The subject a pronoun subject of an adverbial clause carries on: "The group expanded its
    operations to Chad in 2004, when it abducted foreigners" → the group (not Chad,
    the nearer name). Only a noun or name that agrees ("it": one, not a person; "he", "she":
    a named person)."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.tag_ in ("WP", "WDT"):
        return None
    if clause.dep_ not in ("advcl", "relcl") or pronoun.lower_ not in _PRONOUNS:
        return None
    main = clause.head
    if clause.dep_ == "relcl":
        # "the government convened a meeting during which it designated the group": the clause
        # on the main verb's object goes on with the main verb's subject
        for _ in range(3):
            if main.pos_ in ("VERB", "AUX") or main.dep_ not in ("dobj", "pobj", "prep"):
                break
            main = main.head
        if main.pos_ not in ("VERB", "AUX"):
            return None
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if pronoun.lower_ in PERSON_PRONOUNS:
        return subject if subject.ent_type_ == "PERSON" else None
    if subject.ent_type_ == "PERSON":
        return None
    return subject if pronoun.lower_ != "it" or subject.tag_ in ("NN", "NNP") else None


def with_conjuncts(token: Token) -> list[Token]:
    """'Belmokhtar and others' → [Belmokhtar, others]; also appositions."""
    out = [token]
    for child in token.children:
        # An apposition that is a description ("JNIM, al-Qaeda's affiliate") names no one new.
        named = child.pos_ == "PROPN" or child.ent_type_ in ACTOR_ENT_LABELS
        # A pronoun takes no apposition: "he and others broke with X's franchise there,
        # [AQIM], to form" is the parser hanging the franchise's name on "he".
        apposed = child.dep_ == "appos" and named and token.pos_ != "PRON"
        if (child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON")) or apposed:
            out.extend(with_conjuncts(child))
    return out


def mentions(heads: list[Token]) -> list[Mention]:
    """Actor mentions of head tokens and their conjuncts, without non-actors, once each."""
    tokens = [t for h in heads for t in with_conjuncts(h)]
    found = []
    for t in tokens:
        shared, own = shared_head(t), expand(t)
        # "Ruritanian and Graustarkian forces": the two forces, not the phrase read as one kind;
        # a named head stays ("Ruritanian and ZLF fighters": the ZLF's own mention is kept)
        found += shared + ([own] if not (shared and own and own.label == "NOUN") else [])
    return list({(m.start, m.end): m for m in found if m is not None}.values())


def shared_head(token: Token) -> list[Mention]:
    """The names of coordinated modifiers sharing one head noun: "Ruritanian and Graustarkian
    troops" are Ruritanian troops and Graustarkian troops, where the head's own mention names
    one of them (a dictionary alias joining the last name to the noun) or the phrase as one
    kind. Each is the modifier's word with the head noun, at the modifier, composed as
    "Ruritanian militants" is. Measured (session 35): blind perpetrators 152 -> 153 of 243
    matched events (one event's doers changed), every other blind figure unchanged (243/333,
    299 predicted, date 170, country 209, relations 66/140); dev doers byte-identical (perp
    237/423); synthetic F1 .82, P .86, perp 42 as before."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    own = next((e for e in doc_entities(token.doc) if e.start <= token.i < e.end), None)
    out = []
    for modifier in token.lefts:
        if modifier.dep_ not in ("amod", "compound", "nmod"):
            continue
        coordinated = [c for c in modifier.children if c.dep_ == "conj"]
        if not coordinated:
            continue
        for word in [modifier, *coordinated]:
            named = word.ent_type_ in ACTOR_ENT_LABELS
            if not named or (own is not None and own.start <= word.i < own.end):
                continue
            # the whole name the word ends ("Al-Shabaab", not its last token "Shabaab"); the
            # mention spans the name, its text adds the shared head
            name = next((e for e in doc_entities(token.doc) if e.start <= word.i < e.end), None)
            start, end = (
                (name.start_char, name.end_char) if name else (word.idx, word.idx + len(word))
            )
            text = f"{token.doc.text[start:end]} {token.text}"
            out.append(Mention(text, start, end, "NOUN", ""))
    return out
