"""The model's entity recogniser, decoded in numpy: the same entities, less time.

spaCy's NER is a transition system (BILUO: begin, in, last, unit, out) whose greedy decoder
runs in compiled code; in the installed build every look at the state's next token takes and
releases the GIL, and about two thirds of the NER's time went to that loop rather than to the
network (evaluation/extraction_speed.md). Each move consumes one token, and a state outside
an entity reads no context but its token: its scores are computed for every token of a batch
in one product and its best valid move chosen beforehand; only a state inside an entity is
scored when met. Validity is spaCy's rules (flows/extract/nlp/ner_moves.py), the sums are in its
order, the products the same BLIS routine, the batches spaCy's, so the entities are the same;
`tests/unit/test_greedy_ner.py` compares them with spaCy's own decoder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from blis.py import gemm
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from flows.extract.nlp.ner_moves import Moves, ner_moves, valid_moves

BEGIN, IN, LAST, UNIT, OUT = 1, 2, 3, 4, 5


class GreedyNER:
    """A drop-in for the pipeline's `ner` component, decoding its model in numpy."""

    def __init__(self) -> None:
        self.ner = None  # spaCy's EntityRecognizer: its model, moves and labels
        self.moves: Moves | None = None

    def use(self, ner) -> None:
        self.ner = ner
        self.moves = ner_moves(ner)

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        # spaCy's Parser.pipe: sort each batch by length, decode quarters of it
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            by_length = sorted(batch, key=len)
            for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
                self._annotate(list(sub))
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        if not self._decodable(docs):  # spaCy's own decoder, which adds the labels it lacks
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        entities = self._decode(docs) if any(len(d) for d in docs) else [[] for _ in docs]
        for doc, ents in zip(docs, entities, strict=True):
            set_entities(doc, ents)

    def _decodable(self, docs: list[Doc]) -> bool:
        """Whether this decoder gives spaCy's result: greedy decoding, every class of the
        model seen in training, and every preset entity's label one the model knows."""
        attrs = self.ner.model.attrs
        if self.ner.cfg.get("beam_width", 1) != 1 or attrs.get("unseen_classes"):
            return False
        if not attrs.get("has_upper", True) or self.ner.model.get_ref("lower").get_dim("nF") != 3:
            return False  # the Scorer reads three context tokens and an output layer
        if self.moves.n != self.ner.moves.n_moves:
            self.moves = ner_moves(self.ner)
        preset = {int(t) for d in docs if len(d) for t in d.to_array(ENT_TYPE).tolist()}
        return preset <= self.moves.labels

    def _decode(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        """The entities (start, end, label) the greedy decoder finds in each doc."""
        tok2vec, lower, upper = self.ner.model.layers
        features = lower.predict(tok2vec.predict(docs))  # (tokens + 1, nF, nO, nP), row 0 pads
        scorer = Scorer(features, lower.get_param("b"), upper.get_param("W"), upper.get_param("b"))
        tokens = TokenTable(docs)
        at = numpy.arange(tokens.empty)
        remaining = tokens.remaining
        closed = valid_moves(self.moves, tokens, at, remaining, is_open=False, own=False)
        forced = valid_moves(self.moves, tokens, at, remaining, is_open=True, own=False)
        if_own = valid_moves(self.moves, tokens, at, remaining, is_open=True, own=True)
        closed_choice = best(scorer.closed(), closed).tolist()
        decoder = OpenEntity(scorer, forced, if_own, self.moves)
        return [
            self._walk(len(doc), int(offset), closed_choice, decoder)
            for doc, offset in zip(docs, tokens.offset, strict=True)
        ]

    def _walk(self, length, offset, closed_choice, decoder) -> list[tuple[int, int, int]]:
        """One doc's moves, token by token: a token outside an entity takes the move chosen
        for it beforehand; inside one, the move depends on where the entity began."""
        move, label = self.moves.move_list, self.moves.label_list
        found, is_open, start, open_label = [], False, 0, 0
        for t in range(length):
            g = offset + t
            c = decoder.choose(g, offset + start, open_label) if is_open else closed_choice[g]
            if c < 0:  # no valid move: spaCy ends the state where it is
                break
            m = move[c]
            if m == BEGIN:
                is_open, start, open_label = True, t, label[c]
            elif m == UNIT:
                found.append((t, t + 1, label[c]))
            elif m == LAST:
                found.append((start, t + 1, open_label))
                is_open = False
        return found


class Scorer:
    """The NER's scores for a state, from the features precomputed for every token.

    A state's hidden layer sums, for its three context tokens (the next token, the open
    entity's first, the token before the next), their precomputed rows (the padding row
    when there is none), then the bias, in spaCy's order so the float sums are the same.
    """

    def __init__(self, features, bias, weights, out_bias) -> None:
        n_rows, n_feats, self.n_hidden, self.n_pieces = features.shape
        self.features = features.reshape(n_rows, n_feats, self.n_hidden * self.n_pieces)
        self.bias, self.weights, self.out_bias = bias.reshape(-1), weights, out_bias

    def scores(self, unmaxed: numpy.ndarray) -> numpy.ndarray:
        unmaxed += self.bias
        pieces = unmaxed.reshape(len(unmaxed), self.n_hidden, self.n_pieces)
        # `max(axis=2)` is this maximum, piece after piece, but reduces each short row
        # apart: several times slower over a batch's tokens
        hidden = numpy.ascontiguousarray(pieces[:, :, 0])
        for piece in range(1, self.n_pieces):
            numpy.maximum(hidden, pieces[:, :, piece], out=hidden)
        scores = gemm(hidden, self.weights, trans2=True, beta=0.0)
        scores += self.out_bias
        return scores

    def closed(self) -> numpy.ndarray:
        """Scores of every token's state when no entity is open (two context tokens pad)."""
        pad = self.features[0]
        unmaxed = self.features[1:, 0] + pad[1]
        unmaxed += pad[2]
        return self.scores(unmaxed)

    def open(self, g: int, start: int) -> numpy.ndarray:
        """Scores of the state at flat token `g` inside an entity begun at flat token `start`."""
        unmaxed = self.features[g + 1, 0] + self.features[start + 1, 1]
        unmaxed += self.features[g, 2]
        return self.scores(unmaxed[None, :])


class OpenEntity:
    """The move of a state inside an entity: scored when met, valid as its label allows."""

    def __init__(self, scorer: Scorer, forced, if_own, moves: Moves) -> None:
        self.scorer, self.forced, self.if_own, self.moves = scorer, forced, if_own, moves
        self.same_label: dict[int, numpy.ndarray] = {}

    def choose(self, g: int, start: int, label: int) -> int:
        if label not in self.same_label:
            self.same_label[label] = self.moves.label == numpy.uint64(label)
        valid = self.forced[g] | (self.if_own[g] & self.same_label[label])
        return int(best(self.scorer.open(g, start), valid[None, :])[0])


def best(scores: numpy.ndarray, valid: numpy.ndarray) -> numpy.ndarray:
    """Per row, the first highest-scoring valid move (spaCy's arg_max_if_valid), -1 if none."""
    masked = numpy.where(valid, scores, -numpy.inf)
    return numpy.where(valid.any(axis=1), masked.argmax(axis=1), -1)


class TokenTable:
    """What the moves' rules read of each token of a batch, flat; one empty token at the end
    stands for "past the end of the doc" (spaCy's `_empty_token`)."""

    def __init__(self, docs: list[Doc]) -> None:
        arrays = [d.to_array([ENT_IOB, ENT_TYPE, SENT_START, IS_SPACE]) for d in docs if len(d)]
        table = numpy.concatenate([*arrays, numpy.zeros((1, 4), dtype=numpy.uint64)])
        self.iob = table[:, 0].astype(numpy.int64)
        self.type = table[:, 1]
        self.sent_start = table[:, 2].astype(numpy.int64)  # -1 stored as 2**64 - 1
        self.space = table[:, 3].astype(bool)
        self.empty = len(table) - 1
        lengths = numpy.array([len(d) for d in docs])
        self.offset = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]]).astype(numpy.int64)
        # tokens left in each token's doc from it on: a state's buffer length there
        self.remaining = numpy.concatenate([numpy.arange(n, 0, -1) for n in lengths if n])


def set_entities(doc: Doc, ents: list[tuple[int, int, int]]) -> None:
    """spaCy's BiluoPushDown.set_annotations: the found entities (keeping the knowledge-base
    ids of the tokens they start on), every other unannotated token outside."""
    spans = [Span(doc, s, e, label=lab, kb_id=doc[s].ent_kb_id) for s, e, lab in ents]
    doc.set_ents(spans, default="unmodified")
    iob = doc.to_array([ENT_IOB])
    missing = numpy.flatnonzero(iob == 0)
    if len(missing):
        doc.set_ents(
            [], outside=[Span(doc, i, i + 1) for i in missing.tolist()], default="unmodified"
        )


@Language.factory("greedy_ner")
def make_greedy_ner(nlp: Language, name: str) -> GreedyNER:
    return GreedyNER()
