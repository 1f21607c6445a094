"""The spaCy pipeline: the English model plus entity rulers fed from the dictionaries.

The small model's NER alone tags Mali and Gao as PERSON; rulers placed before it label the
actors, places and nationalities the dictionaries know, with their dictionary ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from flows.extract.nlp import (  # noqa: F401  (register the repairs)
    adjacent_names,
    bracket_names,
    force_names,
    longer_names,
    place_homonyms,
)
from flows.extract.nlp.blas_kernel import use_fast_kernel
from flows.extract.nlp.faster import speed_up
from flows.extract.nlp.model import load_model
from flows.extract.nlp.ruler_tokens import add_tokenized_patterns
from flows.knowledge.petrarch.dictionary import load_agents

ACTOR_LABELS = {
    "person": "PERSON",
    "state": "GPE",
}
# Short or all-caps forms are matched case-sensitively ("US" is not "us", "AQIM" not "aqim").
_EXACT = re.compile(r"^[A-Z0-9.&'’\- ]+$")


APOSTROPHES = re.compile("['’‘`ʼ]")


# The particles that join the words of a transliterated name: "-e-", "-i-", "-ul-", "-ud-"
_PARTICLES = r"(e|i|ul|ud|ut|ur|us|o)"
PARTICLE_SPACED = re.compile(rf"(?<=[^\W\d]) {_PARTICLES} (?=[^\W\d])", re.IGNORECASE)
PARTICLE_HYPHENED = re.compile(rf"(?<=[^\W\d])-{_PARTICLES}-(?=[^\W\d])", re.IGNORECASE)


def ent_label(actor_type: str) -> str:
    """spaCy label for an actor type: people PERSON, states GPE, everything else ORG."""
    return ACTOR_LABELS.get(actor_type, "ORG")


def surface_variants(form: str) -> set[str]:
    """Spelling variants the tokenizer splits differently: al-X / al X, hyphen / space, and the
    apostrophes ’ ' ‘ ` written for the same letter.

    >>> sorted(surface_variants("al-Qaeda"))
    ['al Qaeda', 'al-Qaeda']
    """
    # Typeset text curls the apostrophes that dictionaries write straight ("Qa’ida" for "Qa'ida").
    variants = {form} | {re.sub(APOSTROPHES, mark, form) for mark in "'’"}
    variants |= {
        v.replace("-", " ") for v in variants if re.search(r"\b(al|el|Al|El|ad|as|ash|an)-", v)
    }
    variants |= {re.sub(r"\b(al|el|Al|El) (?=[A-Z])", r"\1-", v) for v in list(variants)}
    # Urdu, Persian and Arabic names join their words with a particle written with hyphens or
    # spaces, either way: "Lashkar-i-Jhangvi" / "LASHKAR I JHANGVI", "Hizb-ul-Mujahideen".
    # Session 45: PETRARCH's spaced forms had never matched the hyphened spelling; blind
    # actors gain names, blind and blind2 events byte-identical, dev scores unchanged
    variants |= {PARTICLE_SPACED.sub(r"-\1-", v) for v in list(variants)}
    variants |= {PARTICLE_HYPHENED.sub(r" \1 ", v) for v in list(variants)}
    return {v for v in variants if v.strip()}


def case_sensitive(form: str, ent_id: str) -> bool:
    """Places, acronyms and short names must match their case: "Nice", "US", "AQIM"."""
    return ent_id.startswith("place:") or bool(_EXACT.match(form)) or len(form) <= 4


class CaseCheck:
    """Drops dictionary entities whose name must match case but did not ("us" is not "US").

    The ruler matches every name on lower-case text (a phrase matcher: fast), and this
    component then releases the case-sensitive ones that matched in the wrong case, leaving
    those tokens to the statistical NER.
    """

    def __init__(self) -> None:
        self.exact: dict[str, set[str]] = {}  # id → forms that must match exactly
        self.loose: dict[str, set[str]] = {}  # id → lower-cased forms that match in any case

    def __call__(self, doc: Doc) -> Doc:
        wrong = [
            e
            for e in doc.ents
            if e.ent_id_ in self.exact
            and e.text not in self.exact[e.ent_id_]
            and e.text.lower() not in self.loose.get(e.ent_id_, ())
        ]
        if wrong:
            keep = [e for e in doc.ents if e not in wrong]
            doc.set_ents(keep, missing=wrong, default="unmodified")
        return doc


def repair_of_names(doc: Doc) -> Doc:
    """Join an organisation name the NER cut before its "of" phrase: "[the Armed Forces of]
    [the Philippines]" is one name, "the Armed Forces of the Philippines"."""
    ents, changed = list(doc.ents), False
    for i in range(len(ents) - 1):
        a, b = ents[i], ents[i + 1]
        cut = a.label_ == "ORG" and not a.ent_id_ and a[-1].lower_ == "of"
        # "[the Harbour Watch of] Upper [Ruritania]": capitalised words the ruler left between
        between = doc[a.end : b.start]
        joined = all(t.is_title and t.ent_type_ == "" and t.pos_ == "PROPN" for t in between)
        if cut and joined and b.label_ in ("GPE", "LOC", "ORG"):
            ents[i + 1] = Span(doc, a.start, b.end, label="ORG")
            ents[i] = None
            changed = True
    if changed:
        doc.set_ents([e for e in ents if e is not None])
    return doc


Language.component("org_of_repair", func=repair_of_names)


class PersonNameRepair:
    """Joins to a person's name the capitalised words the NER left off its front: in "elected
    [Sheikh Omar] [Sheikh Ali]" and "[Abdullahi] [Hassan Nur] was appointed" the parse
    hangs the first words on the name as compounds; left apart, one person becomes two actors
    ("Sheikh Ali" and, elsewhere, "Sheikh Omar Sheikh Ali").

    A title is not joined ("President", "Gen.", "Deputy Spokesman"): the words of PETRARCH's
    agent nouns (dictionaries/petrarch/agents.yaml), which name offices, not people.
    """

    def __init__(self) -> None:
        self.titles: frozenset[str] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        ents, changed = list(doc.ents), False
        for i, ent in enumerate(ents):
            if ent.label_ != "PERSON" or ent.ent_id_:
                continue
            start = ent.start
            while start > 0 and self.joins(doc[start - 1], start, ent.end):
                start -= 1
            if start < ent.start:
                ents[i] = Span(doc, start, ent.end, label="PERSON")
                changed = True
        if changed:
            doc.set_ents(ents)
        return doc

    def joins(self, word: Token, start: int, end: int) -> bool:
        """A capitalised proper noun outside any entity, compound of the name, not a title."""
        return (
            word.ent_type_ == ""
            and word.pos_ == "PROPN"
            and word.is_title
            and word.dep_ == "compound"
            and start <= word.head.i < end
            and word.lower_.rstrip(".") not in self.titles
            # "Succeeding Abu Omar is ...": a sentence's first word in -ing is a verb the
            # tagger took for a name
            and not (word.is_sent_start and word.lower_.endswith("ing"))
        )


@Language.factory("person_name_repair")
def make_person_name_repair(nlp: Language, name: str) -> PersonNameRepair:
    return PersonNameRepair()


def agent_title_words() -> frozenset[str]:
    """Every word of PETRARCH's agent phrases, lower-cased, without a final full stop."""
    return frozenset(
        word.rstrip(".") for phrase in load_agents() for word in phrase.split() if word
    )


@Language.factory("dictionary_case_check")
def make_case_check(nlp: Language, name: str) -> CaseCheck:
    return CaseCheck()


def ruler_patterns(
    entries: Iterable[tuple[str, str, str]], exact_ids: frozenset[str] = frozenset()
) -> tuple[list[dict], dict[str, set[str]], dict[str, set[str]]]:
    """(surface form, label, id) → phrase patterns (matched on lower case), plus per id the forms that
    must match exactly (all forms of `exact_ids`) and the (lower-cased) forms that may match in
    any case."""
    patterns, seen, exact, loose = [], set(), {}, {}
    for form, label, ent_id in entries:
        for variant in sorted(surface_variants(form)):
            if ent_id in exact_ids or case_sensitive(variant, ent_id):
                exact.setdefault(ent_id, set()).add(variant)
            else:
                loose.setdefault(ent_id, set()).add(variant.lower())
            key = (variant.lower(), label)
            if key not in seen:
                seen.add(key)
                # as written, so the tokenizer splits it as in text ("U.S." is one token, "u.s." is not)
                patterns.append({"label": label, "pattern": variant, "id": ent_id})
    return patterns, exact, loose


def build_pipeline(
    compiled: tuple[list[dict], dict[str, set[str]], dict[str, set[str]], list[tuple[int, ...]]],
) -> Language:
    """Load the English model and add one dictionary ruler before its NER, fed the patterns
    `ruler_patterns` compiled, with their tokens (flows/extract/nlp/ruler_tokens.py).

    One ruler, so that overlapping names resolve longest-first ("Al Qaeda in Iraq" beats
    "Iraq"); it matches lower-cased phrases and a case check then drops the names that must
    match case ("Nice", "US", "AQIM") where they did not.
    """
    use_fast_kernel()  # BLIS's generic kernel on CPUs it does not know (flows/extract/nlp/blas_kernel.py)
    nlp = load_model()
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="dictionary_ruler",
        before="ner",
        config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"},
    )
    patterns, exact, loose, tokens = compiled
    # tokenized when the dictionaries were compiled: the start-up cost falls from ~10 s
    # (add_patterns running the pipeline on each) to ~0.1 s, same matcher
    add_tokenized_patterns(ruler, patterns, tokens)
    # spaCy re-counts every pattern on every paragraph, only to warn when there are none.
    ruler._require_patterns = lambda: None
    check = nlp.add_pipe("dictionary_case_check", after="dictionary_ruler")
    check.exact, check.loose = exact, loose
    # a town's name that begins a person's or a group's, left to the NER (place_homonyms.py)
    nlp.add_pipe("place_homonym_release", after="dictionary_case_check")
    nlp.add_pipe("org_of_repair", after="ner")
    nlp.add_pipe("cut_name_repair", after="org_of_repair")
    nlp.add_pipe("group_name_label", after="cut_name_repair")
    nlp.add_pipe("bracket_name_repair", after="group_name_label")
    nlp.add_pipe("force_name_repair", after="bracket_name_repair")
    nlp.add_pipe("name_particle_repair", after="force_name_repair")
    nlp.add_pipe("name_link_repair", after="name_particle_repair")
    nlp.add_pipe("longer_name_repair", after="name_link_repair")
    repair = nlp.add_pipe("person_name_repair", after="org_of_repair")
    repair.titles = agent_title_words()
    speed_up(nlp)  # same annotations, less work (flows/extract/nlp/faster.py)
    return nlp
