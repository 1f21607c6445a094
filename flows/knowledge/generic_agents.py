"""Unnamed agents ("gunmen", "Somali militants", "the insurgents") composed into actors.

The agent nouns and codes are PETRARCH2's (dictionaries/petrarch/agents.yaml); which codes
make an actor of their own is in dictionaries/generic_agents.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from flows.knowledge.petrarch.dictionary import load_agents

# Keys of composed actors start so; their actor_ids with "act-" before it.
GENERIC_PREFIX = "gen-"
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class CoalitionWords:
    """The words of a multinational force named as a coalition (generic_agents.yaml)."""

    heads: frozenset[str]  # "coalition"
    force_words: frozenset[str]  # what may follow the head: "forces", "aircraft"
    other_kinds: frozenset[str]  # before the head, a coalition of no states: "rebel"
    label: str  # the name of a coalition no leader is named for


@dataclass(frozen=True)
class GenericAgents:
    codes: dict[str, str]  # agent form (lower case) -> agent code
    nonstate: dict[str, str]  # code -> label of the composed actor
    state: frozenset[str] = frozenset()  # codes of a state's own forces and officials
    army_name_words: tuple[str, ...] = ()  # a country's main armed force's name words, best first
    # nouns that are a country's armed forces only after a nationality word ("Somali forces")
    national_force_nouns: frozenset[str] = frozenset()
    coalitions: CoalitionWords | None = None  # "the Kenyan-led coalition", "coalition aircraft"

    def code_of(self, text: str) -> str | None:
        """Agent code of a noun phrase's head ("three heavily armed terrorists" → UAF)."""
        agent = self._agent_of(text)
        return agent[:3] if agent else None

    def _agent_of(self, text: str) -> str | None:
        words = [w.lower() for w in _WORD.findall(text)]
        for n in (3, 2, 1):
            if len(words) >= n:
                agent = self.codes.get(" ".join(words[-n:]))
                if agent:
                    return agent
        return None

    def national_code_of(self, text: str) -> str | None:
        """Agent code of a phrase whose nationality word is already known: as `code_of`, and
        MIL for a national force noun ("Somali forces"), which alone names no one."""
        code = self.code_of(text)
        words = _WORD.findall(text)
        if code is None and words and words[-1].casefold() in self.national_force_nouns:
            return "MIL"
        return code

    def forms_of(self, code: str) -> list[str]:
        """The one-word agent nouns of a code: "troops", "army", "soldiers" for MIL."""
        return sorted(form for form, c in self.codes.items() if c == code and " " not in form)

    def nouns(self) -> list[str]:
        """Every one-word agent noun, whatever its code: "troops", "gunmen", "rebels", and a
        coalition's head word ("a coalition airstrike" names its doer as "a militant attack")."""
        heads = self.coalitions.heads if self.coalitions else frozenset()
        return sorted({form for form in self.codes if " " not in form} | heads)

    def nonstate_code(self, text: str) -> str | None:
        """The unnamed armed role of a phrase's agent code: its own ("militants" UAF), or the
        role a religion or ethnicity prefix qualifies ("Islamic militants" MUSUAF → UAF)."""
        agent = self._agent_of(text) or ""
        parts = [agent[i : i + 3] for i in range(0, len(agent), 3)]
        return next((p for p in parts if p in self.nonstate), None)


def load_generic_agents(dictionaries_dir: Path) -> GenericAgents:
    data = yaml.safe_load((dictionaries_dir / "generic_agents.yaml").read_text(encoding="utf-8"))
    codes = {
        form: agent.code
        for form, agent in load_agents(dictionaries_dir / "petrarch" / "agents.yaml").items()
    }
    codes |= {form.lower(): code for form, code in (data.get("extra_forms") or {}).items()}
    return GenericAgents(
        codes,
        dict(data["nonstate"]),
        frozenset(data["state"]),
        tuple(w.casefold() for w in data["army_name_words"]),
        frozenset(w.casefold() for w in data.get("national_force_nouns") or ()),
        _coalitions(data.get("coalitions")),
    )


def _coalitions(data: dict | None) -> CoalitionWords | None:
    if not data:
        return None
    words = lambda name: frozenset(w.casefold() for w in data.get(name) or ())  # noqa: E731
    return CoalitionWords(
        words("head_words"), words("force_words"), words("other_kinds"), data["label"]
    )


def generic_key(code: str, country: str | None) -> str:
    """`gen-uaf`, `gen-uaf-so`: one composed actor per agent code and country."""
    return f"{GENERIC_PREFIX}{code.lower()}" + (f"-{country.lower()}" if country else "")
