"""Tables the resolver derives once from the actor dictionary: each network's armed
affiliates by country, and each country's main armed force."""

from __future__ import annotations

from flows.knowledge.actor_dictionary import ActorDictionary


def network_affiliates(dictionary: ActorDictionary) -> dict[str, list[tuple[str, str]]]:
    """Top-level network → its armed affiliates and the country each is based in. Only
    networks that are no one's affiliate themselves: "AQIM fighters" in Mali stay AQIM's."""
    links = [
        (r.object, k, a)
        for k, a in sorted(dictionary.actors.items())
        for r in a.relations
        if r.relation == "affiliate_of"
    ]
    affiliated = {k for _, k, _ in links}
    out: dict[str, list[tuple[str, str]]] = {}
    for parent, key, actor in links:
        if parent not in affiliated and actor.country and actor.actor_type == "armed_group":
            out.setdefault(parent, []).append((key, actor.country))
    return out


def national_armies(dictionary: ActorDictionary, words: tuple[str, ...]) -> dict[str, str]:
    """Country → the dictionary's main state force of that country: the one whose name holds
    the earliest of `words` (generic_agents.yaml's army_name_words)."""
    best: dict[str, tuple[int, str]] = {}
    for key, actor in sorted(dictionary.actors.items()):
        if actor.actor_type != "state_force" or not actor.country:
            continue
        name = actor.name.casefold()
        rank = next((i for i, w in enumerate(words) if w in name), None)
        if rank is not None and (actor.country not in best or rank < best[actor.country][0]):
            best[actor.country] = (rank, key)
    return {country: key for country, (_, key) in best.items()}
