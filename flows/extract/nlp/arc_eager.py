"""The dependency parser's transition system (arc-eager), stepped for a whole batch at once.

The rules are spaCy's (spacy/pipeline/_parser_internals/arc_eager.pyx: `is_valid` and
`transition` of Shift, Reduce, LeftArc, RightArc and Break; the state is `_state.pxd`'s
StateC), written over arrays so that one step of every state of a batch costs a few numpy
calls instead of a pass through spaCy's compiled loop, which in the installed build takes
the GIL at every look at the stack or the buffer (evaluation/extraction_speed.md).

Every token of the batch has one flat index; each array over tokens has one more entry, at
index -1, that stands for "no token" and is never written. A state's stack and buffer are
each a slice of one flat array, the buffer holding the doc's tokens in reverse so that its
front is its end: pushing onto the stack takes the buffer's last entry, and Reduce's
"unshift" puts a token back there, which is spaCy's rebuffer in front of the unread words.
Each slice starts with "no token" entries, so S(0..2) and B(0..1) are plain reads.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy

SHIFT, REDUCE, LEFT, RIGHT, BREAK = 0, 1, 2, 3, 4
_MOVE_CODES = {"S": SHIFT, "D": REDUCE, "L": LEFT, "R": RIGHT, "B": BREAK}
STACK_PAD, BUFFER_PAD = 3, 2  # the context reads S(0..2) and B(0..1)


@dataclass(frozen=True)
class ParserMoves:
    """The parser's moves in its class order: each one's kind and label (a string hash)."""

    move: numpy.ndarray
    label: numpy.ndarray

    @property
    def n(self) -> int:
        return len(self.move)


def parser_moves(parser) -> ParserMoves | None:
    """The moves of spaCy's DependencyParser from their names ("S", "L-nsubj", "B-ROOT"),
    or None when one is not plain arc-eager (the "subtok" label has rules of its own)."""
    strings, kinds, labels = parser.vocab.strings, [], []
    for i in range(parser.moves.n_moves):
        code, _, text = parser.moves.get_class_name(i).partition("-")
        if code not in _MOVE_CODES or text == "subtok":
            return None
        kinds.append(_MOVE_CODES[code])
        labels.append(strings.add(text) if text else 0)
    return ParserMoves(numpy.array(kinds), numpy.array(labels, dtype=numpy.uint64))


class Uncertain(Exception):
    """A state reached a case these arrays do not follow as spaCy does: let spaCy decode."""


class BatchState:
    """The arc-eager states of a batch of docs, one per doc, as flat arrays.

    `sent_start` is each token's SENT_START before parsing: 1 starts a sentence; none may
    be -1 (cannot start one), so that every state always has a valid move (Shift with an
    empty stack, Reduce otherwise) and Reduce needs no look at the buffer.
    """

    def __init__(self, lengths: list[int], sent_start: numpy.ndarray) -> None:
        n_tokens, n_docs = int(sum(lengths)), len(lengths)
        lengths_ = numpy.array(lengths, dtype=numpy.int64)
        offsets = numpy.concatenate([[0], numpy.cumsum(lengths_)[:-1]]).astype(numpy.int64)
        self.head = numpy.full(n_tokens + 1, -1, dtype=numpy.int64)
        self.label = numpy.zeros(n_tokens + 1, dtype=numpy.uint64)
        self.last_left = numpy.full(n_tokens + 1, -1, dtype=numpy.int64)
        self.last_right = numpy.full(n_tokens + 1, -1, dtype=numpy.int64)
        self.prev_right = numpy.full(n_tokens + 1, -1, dtype=numpy.int64)
        self.unshiftable = numpy.zeros(n_tokens + 1, dtype=bool)
        self.starts = numpy.append(sent_start == 1, False)  # is_sent_start; Break adds
        # each state's slice: its "no token" entries, room for every token, and one slot
        # past the top that a step may write whatever move the state takes
        stack_base = offsets + (STACK_PAD + 1) * numpy.arange(n_docs)
        self.stack = numpy.full(n_tokens + (STACK_PAD + 1) * n_docs, -1, dtype=numpy.int64)
        buffer_base = offsets + (BUFFER_PAD + 1) * numpy.arange(n_docs)
        self.buffer = numpy.full(n_tokens + (BUFFER_PAD + 1) * n_docs, -1, dtype=numpy.int64)
        for base, offset, length in zip(buffer_base, offsets, lengths_, strict=True):
            first = base + BUFFER_PAD
            self.buffer[first : first + length] = numpy.arange(offset + length - 1, offset - 1, -1)
        # per unfinished state: one past S(0) and past B(0), and where each is empty
        self.stack_floor = stack_base + STACK_PAD
        self.buffer_floor = buffer_base + BUFFER_PAD
        self.stack_top = self.stack_floor.copy()
        self.buffer_top = self.buffer_floor + lengths_
        self._keep(lengths_ > 0)

    def __len__(self) -> int:
        return len(self.stack_top)

    def _keep(self, unfinished: numpy.ndarray) -> None:
        self.stack_floor, self.buffer_floor = (
            self.stack_floor[unfinished],
            self.buffer_floor[unfinished],
        )
        self.stack_top, self.buffer_top = self.stack_top[unfinished], self.buffer_top[unfinished]

    def context(self) -> numpy.ndarray:
        """(states, 8) flat token indices, -1 for none: B0, B1, S0, S1, S2, the last left
        child given to B0 (spaCy's L(B0, 1)), to S0, and S0's last right child (R(S0, 1))."""
        ids = numpy.empty((len(self), 8), dtype=numpy.int64)
        b0 = ids[:, 0] = self.buffer[self.buffer_top - 1]
        ids[:, 1] = self.buffer[self.buffer_top - 2]
        s0 = ids[:, 2] = self.stack[self.stack_top - 1]
        ids[:, 3] = self.stack[self.stack_top - 2]
        ids[:, 4] = self.stack[self.stack_top - 3]
        ids[:, 5], ids[:, 6], ids[:, 7] = (
            self.last_left[b0],
            self.last_left[s0],
            self.last_right[s0],
        )
        return ids

    def valid(self, ids: numpy.ndarray) -> numpy.ndarray:
        """(states, 5) booleans: is each move kind valid (spaCy's `is_valid`)."""
        b0, b1, s0 = ids[:, 0], ids[:, 1], ids[:, 2]
        b0_free = ~self.starts[b0]
        kinds = numpy.empty((len(ids), 5), dtype=bool)
        kinds[:, SHIFT] = (s0 < 0) | ((b1 >= 0) & b0_free & ~self.unshiftable[b0])
        kinds[:, REDUCE] = s0 >= 0
        kinds[:, LEFT] = kinds[:, RIGHT] = (s0 >= 0) & (b0 >= 0) & b0_free
        kinds[:, BREAK] = (b1 >= 0) & (b1 == b0 + 1) & ~self.starts[b1]
        return kinds

    def apply(self, ids, kind, label) -> None:
        """Each state takes its move (`kind`, `label`), then the finished ones leave."""
        b0, b1, s0 = ids[:, 0], ids[:, 1], ids[:, 2]
        left, right, reduce = kind == LEFT, kind == RIGHT, kind == REDUCE
        arc = left | right
        self._add_arcs(numpy.where(left, b0, s0)[arc], numpy.where(left, s0, b0)[arc], label[arc])
        self.unshiftable[b0[left]] = False  # LeftArc's set_reshiftable(B0)
        # Reduce puts back on the buffer a word with no head, unless it is the last one
        unshift = reduce & (self.head[s0] < 0) & (self.stack_top - self.stack_floor != 1)
        self.unshiftable[s0[unshift]] = True
        self.buffer[self.buffer_top] = s0  # read only where the buffer grows: unshift
        push = (kind == SHIFT) | right
        self.stack[self.stack_top] = b0  # read only where the stack grows: push
        self.stack_top += push
        self.stack_top -= left | reduce
        self.buffer_top += unshift
        self.buffer_top -= push
        self.starts[b1[kind == BREAK]] = True
        final = (self.stack_top == self.stack_floor) & (self.buffer_top == self.buffer_floor)
        if numpy.count_nonzero(final):
            self._keep(~final)

    def _add_arcs(self, head, child, label) -> None:
        """StateC.add_arc for each (head, child): a child's earlier arc is deleted first.

        Only LeftArc re-heads a token, one pushed by RightArc, whose arc is then its head's
        last right arc (nothing is pushed under it), and StateC pops that one off. Any other
        case would meet StateC's deletion of an arc in the middle of a list, not followed.
        """
        old = self.head[child]
        had = old >= 0
        if numpy.count_nonzero(had):
            old, kid = old[had], child[had]
            if numpy.count_nonzero((old > kid) | (self.last_right[old] != kid)):
                raise Uncertain("an arc deleted from the middle of its head's list")
            self.last_right[old] = self.prev_right[kid]
        is_left = head > child
        self.last_left[head[is_left]] = child[is_left]
        to_right, kid = head[~is_left], child[~is_left]
        self.prev_right[kid] = self.last_right[to_right]
        self.last_right[to_right] = kid
        self.head[child] = head
        self.label[child] = label
