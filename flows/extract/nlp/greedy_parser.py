"""The model's dependency parser, decoded in numpy: the same trees, less time.

spaCy's parser is an arc-eager transition system whose greedy decoder runs in compiled code;
in the installed build its every look at a state's stack or buffer takes and releases the
GIL, about ten microseconds a move (evaluation/extraction_speed.md). Here every state of a
batch takes its step together: its eight context tokens gathered, their precomputed rows of
the first layer summed in spaCy's order, the maxout and the output layer the same BLIS
product, the best valid move by spaCy's rules (flows/extract/nlp/arc_eager.py) taken. The arcs
are written as spaCy's `set_annotations` writes them and its own post-processing (the
non-projective arcs' `deprojectivize`) runs after, so heads, labels and sentences are the
same; `tests/unit/test_greedy_parser.py` compares them with spaCy's own decoder. Where this
decoder cannot be sure of that (a beam, unseen classes, a preset parse, other moves), spaCy's
decoder runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from blis.py import gemm
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from flows.extract.nlp.arc_eager import BatchState, ParserMoves, Uncertain, parser_moves

# Below this many docs in a batch spaCy's decoder is the faster: this one's cost goes with
# the steps (twice the longest doc's tokens), spaCy's with the moves of all docs; measured
# on bench paragraphs: even at 32 docs, 2x at 96 (0.59 s against 1.19 s, six batches)
NUMPY_FROM_DOCS = 40


class GreedyParser:
    """A drop-in for the pipeline's `parser` component, decoding its model in numpy."""

    def __init__(self) -> None:
        self.parser = None  # spaCy's DependencyParser: its model, moves and labels
        self.moves: ParserMoves | None = None

    def use(self, parser) -> None:
        self.parser = parser
        self.moves = parser_moves(parser)

    def __call__(self, doc: Doc) -> Doc:
        self.parser.set_annotations([doc], self.parser.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            self._annotate(batch, max(batch_size // 4, 2))
            yield from batch

    def _annotate(self, docs: list[Doc], quarter: int) -> None:
        """Parse `docs` as spaCy's Parser.pipe does: sorted by length, the network run on
        quarters of the batch (the products' rounding can depend on how many rows they
        have); the decoding steps of the whole batch are taken together, a quarter as many."""
        by_length = [list(sub) for sub in minibatch(sorted(docs, key=len), size=quarter)]
        if len(docs) < NUMPY_FROM_DOCS or not self._decodable(docs):
            self._spacys(by_length)
            return
        try:
            heads, labels = self._decode(by_length)
        except Uncertain:
            self._spacys(by_length)
            return
        docs = [doc for sub in by_length for doc in sub]
        root_label = self.parser.moves.root_label
        start = 0
        for doc in docs:
            end = start + len(doc)
            if len(doc):
                set_parse(doc, heads[start:end] - start, labels[start:end], root_label)
                for hook in self.parser.postprocesses:
                    hook(doc)
            start = end

    def _spacys(self, by_length: list[list[Doc]]) -> None:
        for sub in by_length:
            self.parser.set_annotations(sub, self.parser.predict(sub))

    def _decodable(self, docs: list[Doc]) -> bool:
        """Whether this decoder gives spaCy's result: greedy decoding, plain arc-eager moves
        all seen in training, the model's usual layers, and docs not parsed already."""
        parser = self.parser
        attrs = parser.model.attrs
        if parser.cfg.get("beam_width", 1) != 1 or attrs.get("unseen_classes"):
            return False
        if self.moves is None or self.moves.n != parser.moves.n_moves:
            self.moves = parser_moves(parser)
        if self.moves is None or not attrs.get("has_upper", True):
            return False
        lower = parser.model.get_ref("lower")
        if lower.get_dim("nF") != 8 or lower.get_dim("nP") < 2:
            return False  # the context is eight tokens, the hidden layer a maxout
        # a parse already there, or a word marked as never starting a sentence (which can
        # leave a state with no valid move), is left to spaCy
        if any(len(doc) and doc.has_annotation("DEP") for doc in docs):  # True when empty
            return False
        return all(-1 not in doc.to_array([SENT_START]).astype(numpy.int64) for doc in docs)

    def _decode(self, by_length: list[list[Doc]]) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Each token's head (flat index, -1 for a root) and label over the batch, its docs
        in the order of `by_length`, whose groups the first layer is computed for."""
        docs = [doc for sub in by_length for doc in sub]
        parsed = [d for d in docs if len(d)]
        if not parsed:
            return numpy.zeros(0, dtype=numpy.int64), numpy.zeros(0, dtype=numpy.uint64)
        tok2vec, lower, upper = self.parser.model.layers
        groups = [[d for d in sub if len(d)] for sub in by_length]
        per_group = [lower.predict(tok2vec.predict(g)) for g in groups if g]
        # each group's rows after its own padding row (row 0), the same in every group
        features = numpy.concatenate([per_group[0][:1]] + [f[1:] for f in per_group])
        scorer = StateScorer(
            features,
            lower.get_param("b"),
            upper.get_param("W"),
            upper.get_param("b"),
            n_states=len(parsed),
        )
        sent_start = numpy.concatenate([d.to_array([SENT_START]) for d in parsed])
        state = BatchState([len(d) for d in docs], sent_start.astype(numpy.int64))
        kind_of, label_of = self.moves.move, self.moves.label
        while len(state):
            ids = state.context()
            choice = best(scorer.scores(ids), state.valid(ids)[:, kind_of])
            state.apply(ids, kind_of[choice], label_of[choice])
        return state.head[:-1], state.label[:-1]


class StateScorer:
    """The parser's scores for states, from the first layer precomputed for every token.

    A state's hidden layer sums its eight context tokens' precomputed rows (the padding
    row for none) from zero in the context's order, then the bias, as spaCy's
    `sum_state_features` and `predict_states` do, so the float sums are the same. The
    arrays of a step are allocated once for the batch: at a hundred states they are larger
    than what the allocator keeps, and were mapped and zeroed anew at every step.
    """

    def __init__(self, features, bias, weights, out_bias, n_states: int) -> None:
        n_rows, self.n_feats, self.n_hidden, self.n_pieces = features.shape
        # each row's pieces apart (all first pieces, then all second), so that the maxout
        # is an elementwise maximum of slices; sums are elementwise, so unchanged
        by_piece = features.transpose(0, 1, 3, 2).reshape(n_rows * self.n_feats, -1)
        self.rows = numpy.ascontiguousarray(by_piece)
        self.feature_of = numpy.arange(self.n_feats) + self.n_feats  # row 0 is the padding
        self.bias = numpy.ascontiguousarray(bias.transpose(1, 0)).reshape(-1)
        self.weights, self.out_bias = weights, out_bias
        width = self.rows.shape[1]
        self.picked = numpy.empty((n_states * self.n_feats, width), dtype=numpy.float32)
        self.unmaxed = numpy.empty((n_states, width), dtype=numpy.float32)
        self.hidden = numpy.empty((n_states, self.n_hidden), dtype=numpy.float32)
        self.out = numpy.empty((n_states, len(out_bias)), dtype=numpy.float32)

    def scores(self, ids: numpy.ndarray) -> numpy.ndarray:
        """(states, classes) scores of the states whose context tokens are `ids`."""
        n, feats, n_hidden = len(ids), self.n_feats, self.n_hidden
        picked = self.picked[: n * feats]
        # every index is a row ("clip" only spares numpy a buffer: with "raise" and `out`
        # it gathers into a new array, then copies)
        rows = (ids * feats + self.feature_of).reshape(-1)
        self.rows.take(rows, axis=0, out=picked, mode="clip")
        # numpy adds along the middle axis one row after the other, from zero: spaCy's order
        unmaxed = numpy.add.reduce(picked.reshape(n, feats, -1), axis=1, out=self.unmaxed[:n])
        unmaxed += self.bias
        hidden = numpy.maximum(
            unmaxed[:, :n_hidden], unmaxed[:, n_hidden : 2 * n_hidden], out=self.hidden[:n]
        )
        for piece in range(2, self.n_pieces):
            numpy.maximum(hidden, unmaxed[:, piece * n_hidden : (piece + 1) * n_hidden], out=hidden)
        scores = gemm(hidden, self.weights, out=self.out[:n], trans2=True, beta=0.0)
        scores += self.out_bias
        return scores


def best(scores: numpy.ndarray, valid: numpy.ndarray) -> numpy.ndarray:
    """Per row, the first highest-scoring valid move (spaCy's arg_max_if_valid); a state
    here always has one (Shift with an empty stack, Reduce otherwise)."""
    numpy.copyto(scores, -numpy.inf, where=~valid)
    return scores.argmax(axis=1)


def set_parse(doc: Doc, heads: numpy.ndarray, labels: numpy.ndarray, root_label: int) -> None:
    """spaCy's ArcEager.set_annotations: each token's head (its index in the doc, -1 for
    none) and label, a token without a head its own root with the root label, then the
    children and sentences from the heads."""
    relative = numpy.where(heads < 0, 0, heads - numpy.arange(len(heads)))
    deps = numpy.where(relative == 0, numpy.uint64(root_label), labels)
    doc.from_array([HEAD, DEP], numpy.stack([relative.view(numpy.uint64), deps], axis=1))


@Language.factory("greedy_parser")
def make_greedy_parser(nlp: Language, name: str) -> GreedyParser:
    return GreedyParser()
