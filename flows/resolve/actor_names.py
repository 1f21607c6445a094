"""Actor names as names: without a possessive or leading article, the key a discovered
actor gets, and tests of what a name is (a proper name; one name qualifying another)."""

from __future__ import annotations

from flows.ids import name_slug


def without_possessive(text: str) -> str:
    """ "Belmokhtar’s" → "Belmokhtar": the name, as an alias and a slug; also without a comma
    or colon the tagger took into the name ("Tarwadi," before an apposition).

    >>> without_possessive("Al-Qaeda’s ")
    'Al-Qaeda'
    >>> without_possessive("Tarwadi,")
    'Tarwadi'
    """
    return text.strip().rstrip(",;:").rstrip().removesuffix("’s").removesuffix("'s").strip()


def bare_name(text: str) -> str:
    """A discovered name as a name: no possessive, no leading article ("the People's
    Liberation Front's" → "People's Liberation Front", 'an "Islamic Council of Zenda"' →
    "Islamic Council of Zenda"). Only a lower-case "a"/"an": "A" may be an initial. Quotation
    marks around the name go, also the opening one alone where the tagger stopped before the
    closing one.

    >>> bare_name('the "Ruritanian National Army')
    'Ruritanian National Army'
    """
    name = without_possessive(text)
    first, _, rest = name.partition(" ")
    article = first.lower() == "the" or first in ("a", "an")
    name = rest if article and rest else name
    return name.strip(QUOTES).strip() or name


QUOTES = '"“”„«»'


def new_key(name: str) -> str | None:
    """Key of a discovered actor: `new-` and its name's slug; None for a name with no letters."""
    slug = name_slug(name)
    return f"new-{slug}" if slug else None


def one_word_new_key(key: str | None) -> bool:
    """Whether `key` is a discovered actor's (`new_key`) named by one word only ("Warsame")."""
    return key is not None and key.startswith("new-") and "_" not in key[len("new-") :]


def proper_name(text: str) -> bool:
    """A name the model did not tag ("ARSA claimed the ambush"): every word but a leading
    article capitalised."""
    words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
    return bool(words) and all(w[:1].isupper() for w in words)


SHORT_WORD = 4  # letters: a word this short spelt differently is another word


def _other_words(name: str, alias: str) -> list[tuple[str, str]]:
    """The word pairs two names of as many words spell differently, side by side; none when
    the names have different numbers of words."""
    a, b = name.split(), alias.split()
    if len(a) != len(b):
        return []
    return [(x, y) for x, y in zip(a, b, strict=True) if x != y]


def short_word_differs(name: str, alias: str) -> bool:
    """Whether two near names differ in a short word ("abu zend" and "abu zenda"): a misspelling
    lies in a long word ("qaida"/"qaeda"), while a short word spelt otherwise names another
    person or body."""
    return any(min(len(x), len(y)) <= SHORT_WORD for x, y in _other_words(name, alias))


def initial_differs(name: str, alias: str) -> bool:
    """Whether two near names of as many words differ in a word's first letter ("ahrar al
    zenda" and "tahrir al zenda"): a misspelling or another transliteration keeps a word's
    first sound ("qaida"/"qaeda", "hizballah"/"hezbollah"), so a word starting otherwise is
    another word and the names are two, however much else they share."""
    return any(x[:1] != y[:1] for x, y in _other_words(name, alias))


def qualified_name(name: str, alias: str) -> bool:
    """Whether one name is the other with words added ("national liberation army" in "irish
    national liberation army"): a qualified name is another actor, not a misspelling."""
    short, long = sorted((name, alias), key=len)
    return long.startswith(short + " ") or long.endswith(" " + short)
