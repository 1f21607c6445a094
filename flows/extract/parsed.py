"""What the rules read from a paragraph's parse again and again, computed once per paragraph.

spaCy rebuilds `Doc.text` by joining every token's text, and `Span.ents` by making a Span of
every entity of the paragraph, on each access: read for every sentence (and several times in
some), they cost a third of the rules' time on the bench corpus. The parse is not changed
after the pipeline, so what is read from it can be kept with it (`Doc.user_data`). The same
holds for a sentence's tokens: `for token in sent` makes a new Token object per token per
loop, and half a dozen rules loop over every sentence.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def keep_text(doc: Doc, text: str) -> Doc:
    """Keep `text`, the string `doc` was parsed from, as its `doc_text`: spaCy's tokenizer
    loses no character, so the two are the same, and joining the tokens again costs a
    Token object per token. A doc whose tokens do not end where `text` does is left to join.

    >>> from spacy.lang.en import English
    >>> doc = keep_text(English()("Gao fell. "), "Gao fell. ")
    >>> doc_text(doc) == doc.text == "Gao fell. "
    True
    """
    last = doc[-1] if len(doc) else None
    if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
        doc.user_data["text"] = text
    return doc


def sentence_text(sent: Span) -> str:
    """`sent.text`, cut from the paragraph's text joined once instead of joined anew from
    the sentence's tokens on each access (a sentence's text is read once per date pattern).

    >>> from spacy.lang.en import English
    >>> doc = English()("Gao fell.  Mopti held . ")
    >>> doc[3].is_sent_start = True
    >>> [(sentence_text(s), s.text) for s in doc.sents][1]
    (' Mopti held .', ' Mopti held .')
    """
    return doc_text(sent.doc)[sent.start_char : sent.end_char]


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once (spaCy makes a Span of every entity on each access)."""
    return _entities(doc)[0]


def sentence_tokens(sent: Span | Doc) -> list[Token]:
    """`list(sent)`, cut from the paragraph's tokens made once.

    >>> from spacy.lang.en import English
    >>> doc = English()("Gao fell . Mopti held .")
    >>> doc[3].is_sent_start = True
    >>> [[t.text for t in sentence_tokens(s)] for s in doc.sents]
    [['Gao', 'fell', '.'], ['Mopti', 'held', '.']]
    """
    if isinstance(sent, Doc):  # a whole paragraph
        sent = sent[:]
    doc = sent.doc
    if "tokens" not in doc.user_data:
        doc.user_data["tokens"] = list(doc)
    return doc.user_data["tokens"][sent.start : sent.end]


def sentence_ents(sent: Span) -> list[Span]:
    """`sent.ents`: the paragraph's entities that lie wholly inside the sentence, in order.

    >>> from spacy.lang.en import English
    >>> doc = English()("Gao fell . Mopti held .")
    >>> doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 3, 4, "GPE")]
    >>> doc[3].is_sent_start = True
    >>> [[e.text for e in sentence_ents(s)] for s in doc.sents]
    [['Gao'], ['Mopti']]
    """
    ents, starts = _entities(sent.doc)
    out = []
    for ent in ents[bisect_left(starts, sent.start) :]:
        if ent.end > sent.end:  # as spaCy's Span.ents: stop at the first one past the end
            break
        out.append(ent)
    return out


def _entities(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    if "ents" not in doc.user_data:
        ents = tuple(doc.ents)
        doc.user_data["ents"] = (ents, [e.start for e in ents])
    return doc.user_data["ents"]


def phrase_span(token: Token) -> tuple[int, int]:
    """The character span (Doc offsets) of the phrase a token heads."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def preposition_objects(token: Token, preps: set[str]) -> list[Token]:
    """X in "attacked by X", "alongside X": the objects of the token's prepositions in `preps`."""
    return [
        g
        for c in token.children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def opening_preposition(word: Token, prepositions) -> bool:
    """A capitalised preposition opening its sentence that the tagger took for part of the
    name after it ("Near Hit, two strikes struck ...": "Near" a proper noun)."""
    return word.is_sent_start and word.pos_ == "PROPN" and word.lower_ in prepositions


def children_by_dep(token: Token, deps: set[str]) -> list[Token]:
    """The token's children attached by one of these dependencies."""
    return [c for c in token.children if c.dep_ in deps]


def verb_above(token: Token) -> Token:
    """The token itself when it is a verb, else the first verb above it ("the raid" in "troops
    carried out the raid": "carried"); the root when none is."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def is_passive(verb: Token) -> bool:
    """Whether a verb is passive: a passive subject or auxiliary hangs on it."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
