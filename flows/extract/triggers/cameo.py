"""Triggers from PETRARCH2's CAMEO verb dictionary, for verbs the hand-written lexicon lacks.

Each verb's CAMEO code maps onto a project event type through the reviewed table
`dictionaries/petrarch/cameo_event_types.yaml`. PETRARCH codes an event only when the verb joins
two actors, a source and a target; a verb taken from its dictionary keeps that discipline here:
it reports an event only with an actor as its subject (or passive agent) and a person, group or
base as its object — a place, for verbs that occupy one. That is what keeps "the dispute
overshadowed the talks" or "a fire damaged the market" out, while "the rebels clashed with
troops" and "gunmen stormed the camp" come in.
"""

from __future__ import annotations

from collections.abc import Iterable

from flows.knowledge.petrarch.dictionary import event_type_for_cameo
from flows.knowledge.petrarch.verb_dictionary import VerbDictionary

# Objects a violent verb acts on when it codes an actor-to-actor event.
ACTOR_OBJECTS = ["person", "group", "base", "facility"]
PLACE_TYPES = {"territory_seizure"}


def cameo_triggers(
    verbs: VerbDictionary, table: dict[str, str | None], known: Iterable[str]
) -> list[dict]:
    """Trigger entries, shaped as triggers.yaml's, for the dictionary's verbs whose code has a project type, one per verb and type,
    leaving out verbs the hand-written lexicon already has (its entries carry finer shapes).

    A phrase that is a verb and a particle ("gun down", "wipe out") needs the particle; one
    whose second word is no particle ("killed and", "shot and") is a TABARI parsing leftover,
    not a verb, and is skipped."""
    skip = set(known)
    out: dict[tuple[str, tuple[str, ...], str], dict] = {}
    for verb in verbs.verbs:
        event_type = event_type_for_cameo(verb.code, table)
        words = verb.verb.lower().split()
        if event_type is None or words[0] in skip or len(words) > 2:
            continue
        particle = tuple(words[1:])
        if particle and particle[0] in ("and", "or"):
            continue
        forms = tuple(f.lower().split()[0] for f in verb.forms or ())
        key = (words[0], particle, event_type)
        out.setdefault(
            key,
            {
                "lemma": words[0],
                "pos": ["VERB"],
                "type": event_type,
                "particle": list(particle),
                "object_required": ["place"] if event_type in PLACE_TYPES else ACTOR_OBJECTS,
                "subject_required": ["actor"],
                "forms": [f for f in forms if f != words[0]],
                "source": f"CAMEO {verb.code} ({verb.block}, CAMEO.2.0.txt line {verb.line})",
            },
        )
    return list(out.values())
