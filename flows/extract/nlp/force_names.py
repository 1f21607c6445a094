"""A state's force named after its country's name: "the Ruritania Police Force", "the Ruritania
Army". The dictionary ruler tags the country as the state, and the force words after it are
left untagged, so the deed's doer is read as the state. The codebook makes a force with a name
of its own its own actor: the country and the force words are one organisation's name.

The force words are those of PETRARCH's agent nouns for a state's military and police (MIL,
COP in dictionaries/petrarch/agents.yaml); the name must end in one of those nouns
("Police Force", "Army", "Armed Forces")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from flows.knowledge.petrarch.dictionary import load_agents

FORCE_CODES = ("MIL", "COP")
LONGEST_AGENT = 3  # words in PETRARCH's longest force noun read at a name's end


class ForceNameRepair:
    """Joins a country the ruler tagged to the capitalised force words right after it."""

    def __init__(self) -> None:
        self.agents: dict[str, str] = {}  # force noun (lower case) → MIL or COP
        self.words: frozenset[str] = frozenset()

    def load(self) -> ForceNameRepair:
        self.agents = {
            form: agent.code for form, agent in load_agents().items() if agent.code in FORCE_CODES
        }
        self.words = frozenset(word for form in self.agents for word in form.split())
        return self

    def __call__(self, doc: Doc) -> Doc:
        ents, changed = list(doc.ents), False
        for i, ent in enumerate(ents):
            end = self.force_end(doc, ent)
            if end is not None:
                ents[i] = Span(doc, ent.start, end, label="ORG")
                changed = True
        if changed:
            doc.set_ents(ents)
        return doc

    def force_end(self, doc: Doc, ent: Span) -> int | None:
        """Where a country's force name ends after the country `ent`; None for no such name."""
        if ent.label_ != "GPE" or not ent.ent_id_.startswith("actor:"):  # a state, not a town
            return None
        end = ent.end
        while (
            end < len(doc)
            and doc[end].ent_type_ == ""
            and doc[end].is_title
            and doc[end].lower_ in self.words
        ):
            end += 1
        words = [t.lower_ for t in doc[ent.end : end]]
        ends_in_agent = any(
            " ".join(words[-n:]) in self.agents
            for n in range(1, min(LONGEST_AGENT, len(words)) + 1)
        )
        return end if words and ends_in_agent else None


@Language.factory("force_name_repair")
def make_force_name_repair(nlp: Language, name: str) -> ForceNameRepair:
    return ForceNameRepair().load()
