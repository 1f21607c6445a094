"""Which of the entity recogniser's moves are valid, for a whole batch of states at once.

The rules are spaCy's (spacy/pipeline/_parser_internals/ner.pyx, `is_valid` of Begin, In,
Last, Unit and Out), written over arrays. They read the state (is an entity open, with which
label, is this the doc's last token) and the preset entities the dictionary ruler left on
the current token and the next: a preset entity is kept whole and with its label, and a
token the case check released is left to the model.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy

MISSING, BEGIN, IN, LAST, UNIT, OUT = 0, 1, 2, 3, 4, 5
_CODES = {"B": BEGIN, "I": IN, "L": LAST, "U": UNIT}
# ent_iob: 0 no annotation, 1 inside, 2 outside, 3 begins an entity
I_TAG, O_TAG, B_TAG = 1, 2, 3


@dataclass(frozen=True)
class Moves:
    """The NER's moves in its class order: each one's kind and label (a string hash)."""

    move: numpy.ndarray
    label: numpy.ndarray

    @property
    def n(self) -> int:
        return len(self.move)

    @property
    def labels(self) -> set[int]:
        """The entity labels (hashes) the moves name, and 0 for none."""
        return set(self.label.tolist()) | {0}

    @property
    def move_list(self) -> list[int]:
        return self.move.tolist()

    @property
    def label_list(self) -> list[int]:
        return self.label.tolist()


def ner_moves(ner) -> Moves:
    """The moves of spaCy's EntityRecognizer `ner`, from their names ("B-ORG", "U-", "O")."""
    strings, kinds, labels = ner.vocab.strings, [], []
    for i in range(ner.moves.n_moves):
        name = ner.moves.get_class_name(i)
        if name == "O":
            kinds.append(OUT)
            labels.append(0)
        elif name == "M":
            kinds.append(MISSING)
            labels.append(0)
        else:
            code, text = name.split("-", 1)
            kinds.append(_CODES[code])
            labels.append(strings.add(text) if text else 0)
    return Moves(numpy.array(kinds), numpy.array(labels, dtype=numpy.uint64))


def valid_moves(moves: Moves, tokens, at, remaining, is_open: bool, own: bool) -> numpy.ndarray:
    """(states, moves) booleans: the moves spaCy allows a state at each token `at` (flat
    index into the batch's TokenTable) with `remaining` tokens left in its buffer, with an
    entity open or not, and when one is open, whether its label is each move's (`own`).
    """
    nxt = numpy.where(remaining > 1, at + 1, tokens.empty)
    iob0, type0, space0 = tokens.iob[at], tokens.type[at], tokens.space[at]
    iob1, starts1 = tokens.iob[nxt], tokens.sent_start[nxt] == 1
    last = remaining < 2
    closed = numpy.full(len(at), not is_open)
    is_open = ~closed
    kind, label = moves.move[None, :], moves.label[None, :]
    named = label != 0
    preset_label = label == type0[:, None]
    own_label = numpy.full(label.shape, own)

    begin_preset = closed & ~last & (iob0 == B_TAG) & (iob1 == I_TAG)
    begin_free = closed & ~last & (iob0 != I_TAG) & (iob0 != B_TAG) & (iob1 != B_TAG)
    begin_free &= ~starts1 & ~space0
    begin = named & (col(begin_free) | (col(begin_preset) & preset_label))

    inside = is_open & ~last & (iob0 != B_TAG) & (iob1 != B_TAG)
    in_preset = inside & (iob0 == I_TAG) & (iob1 != 0) & (iob1 != O_TAG)
    in_free = inside & (iob0 != I_TAG) & ~starts1
    in_ = named & own_label & (col(in_free) | (col(in_preset) & preset_label))

    last_preset = is_open & (iob0 == I_TAG) & (iob1 != I_TAG)
    last_free = is_open & ~last_preset & (iob1 != I_TAG)
    last_ = named & ((col(last_preset) & preset_label) | (col(last_free) & own_label))

    blocked = (type0 == 0) & (iob0 == B_TAG)  # a token preset as never an entity
    unit_base = closed & (iob1 != I_TAG)
    unit_preset = unit_base & (iob0 == B_TAG)
    unit_free = unit_base & (iob0 != B_TAG) & ~space0
    unit = (~named & col(blocked)) | (named & (col(unit_free) | (col(unit_preset) & preset_label)))

    out = closed & (iob0 != B_TAG) & (iob0 != I_TAG)
    return (
        ((kind == BEGIN) & begin)
        | ((kind == IN) & in_)
        | ((kind == LAST) & last_)
        | ((kind == UNIT) & unit)
        | ((kind == OUT) & col(out))
    )


def col(flags: numpy.ndarray) -> numpy.ndarray:
    """Per-state flags as a column, to combine with per-move rows."""
    return flags[:, None]
