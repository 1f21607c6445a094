"""Names of a state's bodies that put the country in an "of" phrase: "the Armed Forces of
Ruritania", "the Government of Ruritania", "the National Police of Ruritania". PETRARCH reads
an agent noun at the end of a name ("Ruritanian Army"); here the agent noun heads the name and
the country follows it, so the name is read by its head and that country.
"""

from __future__ import annotations

import re

from flows.extract.places.gazetteer import fold
from flows.extract.places.named import Gazetteer
from flows.knowledge.generic_agents import GenericAgents

FORCE_CODES = ("MIL", "COP")  # a state's armed forces and police, not its officials

# words of a name left in lower case ("Armed Forces of the Maldives")
LINKING_WORDS = frozenset({"of", "the", "and", "for"})
NATION_WORDS = 4  # the most words a country's name has ("Central African Republic")
OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
EDGE_MARKS = "()“”\"' "


def name_head(name: str) -> str:
    """A name's words before its first "of" phrase ("Armed Forces" of "Armed Forces of
    Ruritania"); the whole name where it has none."""
    return OF_PHRASE.split(name, maxsplit=1)[0]


def capitalised_name(name: str) -> bool:
    """Every word but linking words capitalised: a name ("Armed Forces of the Maldives"),
    not a description ("the army of the state")."""
    words = [w for w in name.split() if w.lower() not in LINKING_WORDS]
    return bool(words) and all(w.lstrip(EDGE_MARKS)[:1].isupper() for w in words)


def country_of_phrase(gazetteer: Gazetteer, name: str) -> str | None:
    """The country a name's "of" phrase names: the first ("Armed Forces of the Maldives"),
    else the last ("Ministry of Defence of Ruritania"); None where neither is a country."""
    parts = OF_PHRASE.split(name)
    for phrase in dict.fromkeys((parts[1], parts[-1])) if len(parts) > 1 else ():
        place = gazetteer.countries.get(fold(phrase.strip(EDGE_MARKS)))
        if place:
            return place.country
    return None


def force_words(generic: GenericAgents) -> frozenset[str]:
    """The words of PETRARCH's army and police agent nouns ("national", "security", "police",
    "armed", "forces"): what a state force's name is made of besides its country."""
    return frozenset(
        word for form, code in generic.codes.items() if code in FORCE_CODES for word in form.split()
    )


def made_of_force_words(name: str, words: frozenset[str], nation_word) -> bool:
    """Whether a name's head is only nation and force words ("Ruritanian National Police",
    "Armed Forces of Ruritania"), not an armed movement's name that holds a nationality and
    a force word beside words of its cause ("Ruritanian National Republican Army")."""
    tokens = re.findall(r"[\w’'-]+", name_head(name).casefold())
    i = 0
    while i < len(tokens):
        # a country's name of several words counts whole ("Burkina Faso Border Police")
        n = next(
            (
                n
                for n in range(min(NATION_WORDS, len(tokens) - i), 0, -1)
                if nation_word(" ".join(tokens[i : i + n]))
            ),
            0,
        )
        if n == 0 and tokens[i] not in words and tokens[i] not in LINKING_WORDS:
            return False
        i += max(n, 1)
    return True
