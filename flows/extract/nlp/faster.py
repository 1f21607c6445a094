"""The model's rule components, doing the same work for less: same attributes on every token.

spaCy's English pipelines end in two rule components that cost, on news text, about as much as
the parser: the attribute ruler (a matcher of ~180 token patterns run over every paragraph) and
the rule lemmatizer (look-ups in word lists). Both decide a token from the token alone (its
text, tag and dependency) with few exceptions, so a decision is made once per distinct token
and remembered; the exceptions (patterns of several tokens) still go through a matcher.
"""

from __future__ import annotations

from spacy.attrs import DEP, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, DependencyParser, EntityRecognizer, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

from flows.extract.nlp.greedy_ner import GreedyNER
from flows.extract.nlp.greedy_parser import GreedyParser

# What a one-token pattern of the attribute ruler may test: the token's own text, tag, dependency.
_TOKEN_KEYS = {"ORTH", "TEXT", "LOWER", "IS_SPACE", "TAG", "DEP"}


def speed_up(nlp: Language) -> None:
    """Replace the pipeline's attribute ruler and rule lemmatizer work by remembered
    decisions, and its parser's and NER's decoders by ones in numpy
    (flows/extract/nlp/greedy_parser.py, greedy_ner.py), when the pipeline has them."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        nlp.replace_pipe("attribute_ruler", "remembering_attribute_ruler")
        nlp.get_pipe("attribute_ruler").ruler = ruler
    if "lemmatizer" in nlp.pipe_names and nlp.get_pipe("lemmatizer").mode == "rule":
        remember_lemmas(nlp.get_pipe("lemmatizer"))
    if "parser" in nlp.pipe_names and isinstance(nlp.get_pipe("parser"), DependencyParser):
        parser = nlp.get_pipe("parser")
        nlp.replace_pipe("parser", "greedy_parser")
        greedy_parser: GreedyParser = nlp.get_pipe("parser")
        greedy_parser.use(parser)
    if "ner" in nlp.pipe_names and isinstance(nlp.get_pipe("ner"), EntityRecognizer):
        ner = nlp.get_pipe("ner")
        nlp.replace_pipe("ner", "greedy_ner")
        greedy: GreedyNER = nlp.get_pipe("ner")
        greedy.use(ner)


def remember_lemmas(lemmatizer: Lemmatizer) -> None:
    """The rule lemmatizer, with its word lists as sets and every decision remembered.

    spaCy's looks candidate forms up in lists of up to 57,000 words and remembers only
    inflected forms, re-deciding every base form ("attack", "Mali") token by token; here
    every (word, tag, morphology) is remembered, the key of spaCy's own cache.
    """
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, forms in list(index.items()):
        index[pos] = frozenset(forms)
    rule, forms_of = lemmatizer.rule_lemmatize, {}

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        if key not in forms_of:
            forms_of[key] = rule(token)
        return forms_of[key]

    lemmatizer.lemmatize = lemmatize


class RememberingAttributeRuler:
    """The model's attribute ruler, matching its one-token patterns once per distinct
    (text, tag, dependency) and only its longer patterns over the text. Where no longer
    pattern matches, each token gets what its one-token patterns set, merged once per
    distinct token; otherwise the ruler applies every match itself, in its order (later
    patterns win)."""

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self._ruler: AttributeRuler | None = None
        self.single = Matcher(nlp.vocab)
        self.longer = Matcher(nlp.vocab)
        self.starts = Matcher(nlp.vocab)  # the first token of each longer pattern
        self.starts_told = True  # whether a token's (text, tag, dependency) tells a start
        self.matched: dict[tuple[int, int, int], list[int]] = {}
        self.merged: dict[tuple[int, int, int], dict] = {}
        self.may_start: dict[tuple[int, int, int], bool] = {}

    @property
    def ruler(self) -> AttributeRuler | None:
        return self._ruler

    @ruler.setter
    def ruler(self, ruler: AttributeRuler) -> None:
        self._ruler = ruler
        for key in map(str, range(len(ruler.attrs))):
            patterns = ruler.matcher.get(key)[1]
            one = all(len(p) == 1 and set(p[0]) <= _TOKEN_KEYS for p in patterns)
            one = one and ruler.indices[int(key)] in (0, -1)  # else spaCy's error, below
            (self.single if one else self.longer).add(key, patterns)
            if not one:  # "OP" (an optional first token) is not one of _TOKEN_KEYS
                self.starts_told &= all(set(p[0]) <= _TOKEN_KEYS for p in patterns)
                self.starts.add(key, [p[:1] for p in patterns])

    def __call__(self, doc: Doc) -> Doc:
        if self._may_match_longer(doc):
            longer = self.longer(doc, allow_missing=True, as_spans=False)
            if longer:  # patterns of several tokens interleave with the others by pattern order
                self._in_pattern_order(doc, longer)
                return doc
        for token in doc:
            attrs = self._single_attrs(token)
            if attrs:
                set_token_attrs(token, attrs)
        return doc

    def _may_match_longer(self, doc: Doc) -> bool:
        """Whether a pattern of several tokens may match in `doc`: one of its tokens matches
        such a pattern's first token (told once per distinct text, tag and dependency), or
        the first tokens test more than these. Few paragraphs hold one ("gon na", "let 's")."""
        if not self.starts_told:
            return True
        may_start = self.may_start
        for key in map(tuple, doc.to_array([ORTH, TAG, DEP]).tolist()):
            if key not in may_start:
                may_start[key] = bool(self._alone_matches(self.starts, key))
            if may_start[key]:
                return True
        return False

    def _single_attrs(self, token: Token) -> dict:
        """What the one-token patterns matching `token` set, merged in pattern order (a
        later pattern's value wins, as when the ruler applies them one after the other)."""
        key = (token.orth, token.tag, token.dep)
        if key not in self.merged:
            merged = {}
            for index in sorted(int(self.vocab.strings[m]) for m in self._single_matches(token)):
                merged.update(self._ruler.attrs[index])
            self.merged[key] = merged
        return self.merged[key]

    def _in_pattern_order(self, doc: Doc, longer: list[tuple[int, int, int]]) -> None:
        """Every match applied by the ruler itself, one after the other in pattern order."""
        strings = self.vocab.strings
        found = [
            (int(strings[m_id]), m_id, i, i + 1)
            for i, token in enumerate(doc)
            for m_id in self._single_matches(token)
        ]
        found += [(int(strings[m_id]), m_id, s, e) for m_id, s, e in longer]
        found.sort()
        self._ruler.set_annotations(doc, found)

    def _single_matches(self, token: Token) -> list[int]:
        key = (token.orth, token.tag, token.dep)
        if key not in self.matched:
            self.matched[key] = self._alone_matches(self.single, key)
        return self.matched[key]

    def _alone_matches(self, matcher: Matcher, key: tuple[int, int, int]) -> list[int]:
        """The ids of `matcher`'s patterns that match a token of this (text, tag,
        dependency) standing alone."""
        orth, tag, dep = key
        alone = Doc(self.vocab, words=[self.vocab.strings[orth]], spaces=[False])
        alone[0].tag, alone[0].dep = tag, dep
        return [m_id for m_id, _, _ in matcher(alone, allow_missing=True, as_spans=False)]


@Language.factory("remembering_attribute_ruler")
def make_remembering_attribute_ruler(nlp: Language, name: str) -> RememberingAttributeRuler:
    return RememberingAttributeRuler(nlp)
