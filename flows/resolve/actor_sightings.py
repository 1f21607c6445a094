"""The actors the resolver meets, for the actors table: one record per actor with its names,
documents and mention count, typed from the dictionary or from cues in a name, and which of them
are published."""

from __future__ import annotations

from flows.extract.roles.mentions import Mention
from flows.knowledge.generic_agents import GENERIC_PREFIX
from flows.knowledge.petrarch.actors import IMPORTED_PREFIX
from flows.resolve.actor_names import bare_name
from flows.resolve.actor_records import ActorRecord


class ActorSightings:
    """Records of the actors met so far. Mixed into `ActorResolver`, whose state it fills:
    `actors` (key → record) and `sightings` (where each named mention stands); it reads
    `dictionary`, `generic`, `named_forces` and `cues`."""

    def actor_type(self, key: str) -> str | None:
        """The type of a dictionary actor or one met in the text so far; None for neither."""
        actor = self.dictionary.actors.get(key) or self.actors.get(key)
        return actor.actor_type if actor is not None else None

    def all_of_type(self, keys: list[str], actor_type: str) -> bool:
        """Whether the dictionary gives every one of `keys` this actor type."""
        return all(
            (a := self.dictionary.actors.get(k)) is not None and a.actor_type == actor_type
            for k in keys
        )

    def type_of(self, key: str, mention: Mention) -> str:
        """Dictionary type, else typed from cues in the name."""
        if key in self.dictionary.actors:
            return self.dictionary.actors[key].actor_type
        if key in self.actors:
            return self.actors[key].actor_type
        if (
            mention.label == "PERSON"
            and not set(mention.text.lower().split()) & self.cues.not_person_words
        ):
            return "person"
        name = mention.text.lower()
        return (
            "armed_group" if any(w in name for w in self.cues.armed_group_words) else "organization"
        )

    def record(self, key: str, mention: Mention, doc_id: str, used: bool) -> None:
        """Add a sighting of actor `key` under the surface form of `mention`."""
        rec = self.actors.get(key)
        if rec is None:
            entry = self.dictionary.actors.get(key)
            if key.startswith(GENERIC_PREFIX):
                rec = self.generic_record(key)
            elif entry:
                rec = ActorRecord(
                    key,
                    entry.name,
                    entry.actor_type,
                    entry.country,
                    "imported" if key.startswith(IMPORTED_PREFIX) else "dictionary",
                    entry.wikidata_id,
                )
            elif key in self.coalitions:  # a multinational force (flows/resolve/coalitions.py)
                name, country, named = self.coalitions[key]
                rec = ActorRecord(key, name, "igo", country, "discovered")
                rec.aliases.update(named)  # "Kenyan-led coalition", as the text named it
            elif key in self.named_forces:  # a force's own name: a state force of its country
                name, country = self.named_forces[key]
                rec = ActorRecord(key, name, "state_force", country, "discovered")
            else:
                rec = ActorRecord(
                    key,
                    bare_name(mention.text),
                    self.type_of(key, mention),
                    None,
                    "discovered",
                )
            self.actors[key] = rec
        # a name as the text wrote it, without the article before it ("the Tigray People's
        # Liberation Front" is known as "Tigray People's Liberation Front")
        surface = bare_name(mention.text)
        if surface and (mention.label not in ("PRON", "NOUN") or key in self.coalitions):
            rec.aliases.add(surface)
            start = mention.start + mention.text.find(surface)  # "Droukdal's": "Droukdal"
            self.sightings.setdefault(doc_id, set()).add((key, start, start + len(surface)))
        rec.doc_ids.add(doc_id)
        if used:
            rec.used = True
        else:
            rec.n_mentions += 1

    def generic_record(self, key: str) -> ActorRecord:
        """The composed actor of an agent code and country ("unidentified armed group (SO)")."""
        _, code, *country = key.split("-")
        label = self.generic.nonstate[code.upper()] if self.generic else code
        cc = country[0].upper() if country else None
        return ActorRecord(key, f"{label} ({cc})" if cc else label, "armed_group", cc, "generic")

    def published_actors(self) -> list[ActorRecord]:
        """Dictionary actors that are named; discovered armed groups and state forces that are
        named (a brigade, a front or a national police is an actor by nature); other
        discovered actors only when they take part in an event or relation, so that
        commentators and outlets stay out."""
        return [
            a
            for a in self.actors.values()
            if a.origin in ("dictionary", "imported")
            or a.used
            # not "Army"; a force's own name is an actor by nature as a front is
            or (a.actor_type in ("armed_group", "state_force") and len(a.name.split()) > 1)
        ]
