"""Resolve: every actor mention → one actor_id, however it is spelt, across documents.

Order of evidence: the dictionary id the entity ruler attached; the dictionary's aliases under a
normalised match key; acronyms the document itself defines ("... Maghreb (AQIM)"); fuzzy match
against aliases of the same kind; light coreference for pronouns and "the group"; nationality
words for states ("French forces" → France). What is left becomes a discovered actor.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz, process

from flows.extract.document import EntityMention
from flows.extract.places.gazetteer import fold
from flows.extract.places.named import Gazetteer
from flows.extract.roles.mentions import Mention
from flows.knowledge.actor_dictionary import ActorDictionary, match_key
from flows.knowledge.generic_agents import GenericAgents, generic_key
from flows.resolve.actor_names import (
    bare_name,
    initial_differs,
    new_key,
    proper_name,
    qualified_name,
    short_word_differs,
    without_possessive,
)
from flows.resolve.actor_records import ActorRecord, CorefCues
from flows.resolve.actor_sightings import ActorSightings
from flows.resolve.actor_tables import national_armies, network_affiliates
from flows.resolve.coalitions import Coalitions
from flows.resolve.coreference import Coreference
from flows.resolve.document_context import DocumentContext
from flows.resolve.foreign_branches import foreign_branch_name
from flows.resolve.given_names import link_pattern, spelt_pattern
from flows.resolve.named_forces import (
    force_words,
)
from flows.resolve.state_bodies import StateBodies

FUZZY_CUTOFF = (
    88  # rapidfuzz ratio on match keys; see tests/unit/test_resolve.py for the measured cases
)
FUZZY_MIN_LEN = 6
UNRESOLVED = ""  # lookup's answer for an ambiguous name the context does not settle


def _acronym(text: str) -> bool:
    """A name written as one word in capitals ("ZLFR"): an acronym is spelt letter by letter,
    never misspelt, so one a letter off a dictionary acronym ("ZLFR" and "ZLF") names another
    body and is matched exactly or not at all."""
    word = without_possessive(text)
    return " " not in word and word.isupper()


class ActorResolver(DocumentContext, Coreference, StateBodies, ActorSightings, Coalitions):
    """Maps mentions to actor keys and accumulates the actors table."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        gazetteer: Gazetteer,
        cues: CorefCues,
        generic: GenericAgents | None = None,
    ) -> None:
        self.dictionary = dictionary
        self.generic = generic
        self.gazetteer = gazetteer
        self.cues = cues
        # the phrases that give an actor another name ("also known as"), compiled once
        phrases, glosses = list(cues.alias_phrases), list(cues.gloss_words)
        self.given_link = link_pattern(phrases, glosses) if phrases else None
        self.given_spelt = spelt_pattern(phrases) if phrases else None
        self.alias_index: dict[str, str] = {}
        for form, key in dictionary.surface_forms():
            self.alias_index.setdefault(match_key(form), key)
        self.ambiguous: dict[str, tuple[str, ...]] = {}
        self.fuzzy: dict[str, str | None] = {}  # match key → the nearest alias's actor, or None
        for alias, keys in dictionary.ambiguous_aliases.items():
            self.alias_index.pop(match_key(alias), None)
            self.ambiguous[match_key(alias)] = tuple(keys)
        self.paragraph_countries: dict[int, set[str]] = {}
        self.paragraph_places: dict[int, set[str]] = {}
        self.countries: set[str] = set()
        self.nations: set[str] = set()
        self.paragraph_nations: dict[int, set[str]] = {}
        self.nation_counts: dict[str, int] = {}
        self.places: set[str] = set()
        self.state_of_country = {
            a.country: k
            for k, a in sorted(dictionary.actors.items())
            if a.actor_type == "state" and a.country
        }
        self.states = set(self.state_of_country.values())
        self.army_of_country = national_armies(
            dictionary, generic.army_name_words if generic else ()
        )
        self.affiliates = network_affiliates(dictionary)
        self.text = ""  # the document's normalised text (start_document)
        self.member_spans: set[tuple[int, int]] = set()
        # a force named by its own name the dictionary lacks: key → its name and country
        self.named_forces: dict[str, tuple[str, str]] = {}
        self.force_words = force_words(generic) if generic else frozenset()
        # key → name, country, names the text gave it (flows/resolve/coalitions.py)
        self.coalitions: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
        self.actors: dict[str, ActorRecord] = {}
        # doc_id → (actor key, start, end) of each named mention, offsets into normalised text
        self.sightings: dict[str, set[tuple[str, int, int]]] = {}
        self.local: dict[str, str] = {}  # match key → actor key, for the document being resolved
        self.given_for: dict[tuple[int, int], Mention] = {}  # a given name's span → the name
        # (start, end, actor key) of each long form the document spells an acronym out with
        self.spelt_spans: list[tuple[int, int, str]] = []
        self.doc = ""

    def lookup(self, text: str, label: str = "") -> str | None:
        """Dictionary key for a surface form: exact alias, then fuzzy; None if unknown."""
        mk = match_key(text)
        if not mk:
            return None
        if mk in self.local:
            return self.local[mk]
        if mk in self.alias_index:
            return self.alias_index[mk]
        if mk in self.ambiguous:
            return self.disambiguate(self.ambiguous[mk])
        if len(mk) < FUZZY_MIN_LEN or _acronym(text):
            return None
        if mk not in self.fuzzy:  # the same unknown names recur: each scored once a run
            best = process.extractOne(
                mk, self.alias_index.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            near = (
                best is not None
                and not qualified_name(mk, best[0])
                and not short_word_differs(mk, best[0])
                and not initial_differs(mk, best[0])
                and not self._placed_apart(mk, best[0])
            )
            self.fuzzy[mk] = self.alias_index[best[0]] if near else None
        key = self.fuzzy[mk]
        if key is None:
            return None
        kind = self.dictionary.actors[key].actor_type
        compatible = label in ("", "NOUN") or (label == "PERSON") == (kind == "person")
        return key if compatible else None

    def _placed_apart(self, name: str, alias: str) -> bool:
        """Whether two near names differ by a country ("training mission in ruritania" and
        "training mission in mali"): bodies named for two countries are two bodies, not one
        name misspelt."""
        a, b = set(name.split()), set(alias.split())
        return any(fold(word) in self.gazetteer.countries for word in a ^ b)

    def disambiguate(self, keys: tuple[str, ...]) -> str:
        """The one candidate based in a country the paragraph names, or whose name holds a
        place the paragraph names ("Ansar al-Sharia in Benghazi"); UNRESOLVED otherwise."""
        fitting = [k for k in keys if self.dictionary.actors[k].country in self.countries]
        if len(fitting) > 1:
            named = [
                k
                for k in fitting
                if any(p in self.dictionary.actors[k].name.casefold() for p in self.places)
            ]
            fitting = named
        return fitting[0] if len(fitting) == 1 else UNRESOLVED

    def key_for(self, mention: Mention) -> str | None:
        """Actor key of a named mention (not pronouns), or None if it names no actor."""
        key = self._key_for(mention)
        actor = self.dictionary.actors.get(key or "")
        if actor is not None and actor.actor_type == "armed_group" and key not in self.affiliates:
            whole = foreign_branch_name(self.text, mention, actor.country, self.gazetteer)
            if whole:  # "Ruritanian Hezbollah": not the Lebanese group
                # the dictionary may know the branch by its whole name; its fuzzy match to the
                # group itself is no such knowledge
                known = self.lookup(whole, "ORG")
                if known and known != key:
                    return known
                start = self.text.rfind(whole.split()[0], 0, mention.start)
                named = replace(mention, text=whole, start=start, ent_id="")
                branch = self.discovered_key(named)
                if branch and branch not in self.actors:  # named by its whole name
                    self.record(branch, named, self.doc, used=False)
                return branch
        if key in self.affiliates and (mention.start, mention.end) in self.member_spans:
            local = [k for k, c in self.affiliates[key] if c in self.countries]
            if len(local) == 1:  # "al-Qaeda militants" in Abyan: AQAP's
                return local[0]
        return key

    def _key_for(self, mention: Mention) -> str | None:
        spelt = self._inside_spelt_out(mention)
        if spelt:
            return spelt
        local = self.local.get(match_key(without_possessive(mention.text)))
        if local and (mention.label not in ("PRON", "NOUN") or proper_name(mention.text)):
            return local  # defined in this document: "the Armed Forces of the Philippines (AFP)"
        if mention.ent_id.startswith("actor:"):
            return mention.ent_id.removeprefix("actor:")
        if mention.label in ("NOUN", "ORG") and (coalition := self.coalition_key(mention)):
            return coalition
        country = (
            self.gazetteer.country_of_demonym(mention.text)
            if mention.label in ("NORP", "NOUN")
            else None
        )
        if country:
            return self.state_of_country.get(country)
        if mention.label in ("GPE", "NORP") and (led := self.led_by(mention)):
            return led  # "the Kenyan-led coalition": not Kenya
        if mention.label == "GPE" or mention.ent_id.startswith("place:"):
            place = self.gazetteer.lookup(mention.text)
            if place and place.geo_precision == "country":
                return self.state_of_country.get(place.country or "")
            return self.lookup(mention.text, mention.label) if not place else None
        if mention.label in ("PERSON", "ORG") or mention.ent_id.startswith("ambiguous:"):
            key = self.lookup(mention.text, mention.label)
            if key == UNRESOLVED:
                return None  # an ambiguous name the context does not settle: left unresolved
            if key or (key := self._state_body(mention)):
                return key
            # "the Army", "Police" with no country in reach: a state's agent word, no new actor;
            # nor a lone word for a group, nor a town of the story's country the tagger misread
            text = mention.text
            if (
                self._bare_state_agent(text)
                or self._bare_group_word(text)
                or self._local_place(text)
            ):
                return None
            return self.discovered_key(mention)
        if mention.label == "NORP" and self.generic and self.generic.nonstate_code(mention.text):
            # "Jihadists attacked", "a jihadist attack": the tagger reads the agent word as a
            # group of people, yet it names an unnamed armed group as "militants" does
            mention = replace(mention, label="NOUN")
        if mention.label == "NOUN":
            country = self._demonym_country(mention.text)
            code = self.generic.nonstate_code(mention.text) if self.generic else None
            if code:  # "gunmen", "Somali militants": an unnamed armed group, composed
                return generic_key(code, country)
            if country is None:
                return self._national_force(mention.text)
            return self._force_of(country, mention.text)
        return None

    def _bare_group_word(self, text: str) -> bool:
        """Whether a name is only a word for a group ("Front" cut from "the 1st Front", "the
        Brigade"): it names no one body, so no new actor (coreference may still resolve it)."""
        words = bare_name(text).casefold().split()
        return len(words) == 1 and words[0] in self.cues.group_nouns

    def _local_place(self, text: str) -> bool:
        """Whether a name the tagger took for a person or body is a town or region of a country
        the paragraph or the one before names ("Afmadow was reported captured" beside Somalia): the
        place, no new actor. A place of another country ("Aquino", a town in Italy, in a
        Philippine story) is left a name."""
        name = bare_name(text)
        if name.isupper():
            return False  # an acronym ("SAS") is a body's name, whatever town shares it
        place = self.gazetteer.lookup(name)
        if place is None or place.geo_precision == "country":
            return False
        return place.country in self.countries

    def _inside_spelt_out(self, mention: Mention) -> str | None:
        """The actor of a long form an acronym spells out when the tagger cut a shorter name
        out of it ("United Nations" in "United Nations Mission in Ruritania II (UNMR II)",
        "Ruritania" in "Ruritania Unity and Renewal Council (RURC)"): the part names
        the whole body, not the UN or the state."""
        if mention.label in ("PRON", "NOUN"):
            return None
        return next(
            (
                key
                for start, end, key in self.spelt_spans
                if start <= mention.start
                and mention.end <= end
                and (mention.start, mention.end) != (start, end)
            ),
            None,
        )

    def discovered_key(self, mention: Mention) -> str | None:
        """Key of an actor the dictionary does not know; surnames join an earlier full name."""
        words = bare_name(mention.text).split()
        if not words or mention.text.isupper() and len(mention.text) < 3:
            return None
        if (mention.label == "PERSON" or self._bare_org_word(mention)) and len(words) <= 2:
            known = self.person_by_surname(words[-1])
            if len(words) == 2 and mention.label == "PERSON":
                known = self.person_by_part(words) or known
            if len(words) == 1 and mention.label == "PERSON":
                # a given name alone ("Tarek" after "Tarek abu Selim Osmani"), where no
                # one's surname is that word
                known = known or self.person_by_part(words)
            if known:
                return known
        return new_key(" ".join(words))

    def _bare_org_word(self, mention: Mention) -> bool:
        """A one-word name the tagger read as an organisation ("Guled's new deputy" after
        "Hassan Adan Guled"): with no word of a body or an armed group in it, it may be a
        person named earlier by a full name, whose surname it is, and is one actor with them."""
        name = bare_name(mention.text).casefold()
        return (
            mention.label == "ORG"
            and len(name.split()) == 1
            and name not in self.cues.not_person_words
            and not any(w in name for w in self.cues.armed_group_words)
        )

    def resolve(
        self, mention: Mention, doc_id: str, context: list[EntityMention], para: int
    ) -> str | None:
        """Actor key of a role mention (pronouns and 'the group' through coreference)."""
        self.focus(para)
        target = mention
        # "the Colombian government" says whose it is: no antecedent to look for
        # "the coalition" after "the Kenyan-led coalition" is that one, not the nearest name
        if (
            mention.label in ("PRON", "NOUN")
            and not self._demonym_country(mention.text)
            and not (mention.label == "NOUN" and self.named_coalition(mention))
        ):
            target = self.antecedent(mention, context, para) or mention
        key = self.key_for(target)
        if key:
            self.record(key, target, doc_id, used=True)
        return key

    def observe(self, entity: EntityMention, doc_id: str) -> None:
        """Count a named mention (dictionary actors are published whenever they are named)."""
        self.focus(entity.paragraph_index)
        key = self.key_for(entity.mention)
        if key:
            self.record(key, entity.mention, doc_id, used=False)
