"""A name in brackets right after a doer's name is that doer's other name, not a second doer:
"a raid by Boko Haram (ISIS West Africa)", "Jamaat al-Nur (Light Movement)". The gold keeps
one actor; an acronym in brackets already resolves to the same key, so dropping it loses
nothing."""

from __future__ import annotations

from flows.extract.roles.mentions import Mention


def without_bracketed_aliases(doers: list[Mention], text: str, offset: int) -> list[Mention]:
    """`doers` less each named one that stands in brackets right after another named one;
    `text` is the sentence's Doc text, `offset` what the mentions' offsets add to it."""
    named = [m for m in doers if m.label in ("ORG", "PERSON", "GPE", "NORP")]

    def bracketed(m: Mention) -> bool:
        return any(
            o is not m
            and o.end <= m.start
            and text[o.end - offset : m.start - offset].strip() == "("
            for o in named
        )

    return [m for m in doers if m not in named or not bracketed(m)]
