"""What the actor resolver learns from the document it is resolving, before it reads any role:
the acronyms the document defines, the names it gives an actor in passing, and the countries and
places each paragraph names (the context an ambiguous name or a bare "the army" is read in)."""

from __future__ import annotations

from rapidfuzz import fuzz

from flows.extract.document import EntityMention
from flows.extract.nlp.recurring_names import initials
from flows.knowledge.actor_dictionary import match_key
from flows.resolve.actor_names import bare_name, new_key, without_possessive
from flows.resolve.actor_records import acronym_definitions
from flows.resolve.given_names import given_names, spelt_given_names

# rapidfuzz token-set ratio between a defined acronym's long form and its dictionary actor's
# names: spelling variants score 95-100 ("Jamaah Islamiya"), an unrelated body sharing an
# acronym under 40 (a reporting centre called PRC against China)
SPELT_OUT_CUTOFF = 90


class DocumentContext:
    """The document in hand and the paragraph in focus. Mixed into `ActorResolver`, whose state
    it fills: `doc`, `text`, `local` (names the document defines), `paragraph_countries`,
    `paragraph_nations`, `paragraph_places`, `nation_counts`, `member_spans`, `spelt_spans`,
    `given_for` and, for the paragraph in focus, `countries`, `nations` and `places`; it reads
    `dictionary`, `gazetteer`, `cues`, `alias_index`, `given_link`, `given_spelt` and its
    `lookup` and `key_for`."""

    def start_document(self, doc_id: str, text: str, entities: list[EntityMention]) -> None:
        """Learn the acronyms this document defines and the countries each paragraph names."""
        self.doc = doc_id
        self.text = text
        self.local = {}
        self.paragraph_countries = {}
        self.paragraph_nations: dict[int, set[str]] = {}  # countries named as such, not by a town
        self.paragraph_places: dict[int, set[str]] = {}
        self.nation_counts: dict[str, int] = {}
        for ent in entities:
            if ent.mention.label == "GPE":
                self.paragraph_places.setdefault(ent.paragraph_index, set()).add(
                    ent.mention.text.casefold()
                )
            place = self.gazetteer.lookup(ent.mention.text) if ent.mention.label == "GPE" else None
            demonym = (
                self.gazetteer.country_of_demonym(ent.mention.text)
                if ent.mention.label == "NORP"
                else None
            )
            country = (place.country if place else None) or demonym
            if country:
                self.paragraph_countries.setdefault(ent.paragraph_index, set()).add(country)
            if demonym or (place and place.geo_precision == "country"):
                self.paragraph_nations.setdefault(ent.paragraph_index, set()).add(country)
                self.nation_counts[country] = self.nation_counts.get(country, 0) + 1
        self.member_spans = {
            (e.mention.start, e.mention.end)
            for e in entities
            if e.modifies in self.cues.member_nouns
            and not {e.word_before, e.mention.text.split()[0].lower()} & self.cues.parent_markers
        }
        self.spelt_spans = []
        for short, long_form, start, end in acronym_definitions(text):
            # a long form cut out of a name the tagger read whole ("[Ruritanian Armed]
            # Forces of Liberation (RAFL)") does not own the names inside it
            whole = not any(e.mention.start < start < e.mention.end for e in entities)
            if match_key(short) in self.local:  # the first definition holds
                if whole:
                    self.spelt_spans.append((start, end, self.local[match_key(short)]))
                continue
            known = self.lookup(long_form)
            key = known or self._spelt_out(short, long_form) or new_key(long_form)
            if key:
                self.local[match_key(short)] = key
                if whole:
                    self.spelt_spans.append((start, end, key))
            if key and not known:  # the long form the dictionary lacks names the same actor
                self.local[match_key(long_form)] = key
        self._learn_initials(entities)
        self._learn_given_names(text, entities)

    def _learn_initials(self, entities: list[EntityMention]) -> None:
        """An organisation's initials name it in this document where the text never defines
        them ("New People's Army rebels ... The NPA, the armed wing"), as
        `recurring_organisations` tags them: the first organisation they spell, unless the
        document defines them or the dictionary knows them as a name."""
        for ent in entities:
            short = initials(ent.mention.text) if ent.mention.label == "ORG" else None
            spelt = match_key(short) if short else None
            if not spelt or spelt in self.local or spelt in self.alias_index:
                continue
            mention = ent.mention
            key = (
                mention.ent_id.removeprefix("actor:")
                if mention.ent_id.startswith("actor:")
                else self.lookup(mention.text) or new_key(bare_name(mention.text))
            )
            if key:
                self.local[spelt] = key

    def _learn_given_names(self, text: str, entities: list[EntityMention]) -> None:
        """A name the text gives an actor in passing ("X, also known as Y", "Y (meaning Z in
        English)") names that actor in this document, unless the dictionary knows it as
        another's. In text order, so a gloss of a given name reaches the first name."""
        self.given_for = {}
        if self.given_link is None or self.given_spelt is None:
            return
        for name, other in given_names(text, entities, self.given_link):
            # what "the group" after it points back to is the actor it is given to, even where
            # the dictionary knows the name as another's ("unofficially known as the Dawn
            # Front's Hill Province")
            first = self.given_for.get((name.mention.start, name.mention.end), name.mention)
            self.given_for[(other.mention.start, other.mention.end)] = first
            key = self.key_for(name.mention)
            own = self.lookup(other.mention.text, other.mention.label)
            if key and own in (None, key):
                self.local[match_key(without_possessive(other.mention.text))] = key
        # names the tagger missed or cut ("Tarek Osmani – also known as Abu Selim –"): the given
        # name is the first one's, the dictionary's actor where it knows the first
        for name, given in spelt_given_names(text, self.given_spelt):
            if match_key(given) in self.local:
                continue
            key = self.lookup(name) or new_key(bare_name(name))
            own = self.lookup(given)
            if key and own in (None, key):
                self.local[match_key(given)] = key

    def _spelt_out(self, short: str, long_form: str) -> str | None:
        """The dictionary actor an acronym names when the text spells its name another way
        ("Jamaah Islamiya (JI)", "AU Mission to Somalia (AMISOM)", a long form cut short
        as "Islamic Maghreb (AQIM)"): the acronym's own actor if one of its names holds
        nearly all the long form's words; None where the long form names another body ("Armed
        Forces of the Philippines (AFP)" is not the news agency)."""
        key = self.alias_index.get(match_key(short))
        if key is None:
            return None
        folded = match_key(long_form)
        near = max(
            fuzz.token_set_ratio(folded, match_key(name))
            for name in self.dictionary.actors[key].names()
        )
        return key if near >= SPELT_OUT_CUTOFF else None

    def focus(self, para: int) -> None:
        """Set the countries in context: those named in this paragraph and the one before."""
        self.countries = self.paragraph_countries.get(para, set()) | self.paragraph_countries.get(
            para - 1, set()
        )
        self.places = self.paragraph_places.get(para, set())
        self.nations = self.paragraph_nations.get(para, set()) | self.paragraph_nations.get(
            para - 1, set()
        )
