"""A town's name on a deed noun ("the Zenda siege") tells where the deed was, not who did it,
even where the parser took the name for an organisation or a person."""

from dataclasses import dataclass

import pytest

from flows.extract.places.gazetteer import Place
from flows.extract.roles.mentions import Mention
from flows.extract.roles.nationality_doers import town_qualifiers, without_place_adjectives


@dataclass
class OneTown:
    """A gazetteer knowing one place: Zenda, a town (or a region) of Ruritania ("RU" here)."""

    precision: str = "city"

    def lookup(self, name, context_countries=()):
        if name != "Zenda":
            return None
        return Place("Zenda", "RU", None, None, self.precision)

    def country_of_demonym(self, word):
        return None


@pytest.fixture(scope="module")
def siege(resources):
    doc = resources.nlp("After the Zenda siege, the ZLF captured additional hostages.")
    return next(t for t in doc if t.lower_ == "siege")


def _zenda(trigger) -> Mention:
    start = trigger.doc.text.index("Zenda")
    return Mention("Zenda", start, start + len("Zenda"), "ORG", "")


def test_a_town_on_a_deed_noun_is_no_doer(siege):
    assert siege.doc.text.index("Zenda") in town_qualifiers(siege, OneTown(), ("RU",))
    kept = without_place_adjectives([_zenda(siege)], siege, "attack", OneTown(), 0, ("RU",))
    assert kept == []


@pytest.mark.parametrize(
    ("gazetteer", "countries"),
    [
        (OneTown(), ()),  # a town of a country the document never names: maybe a name
        (OneTown("region"), ("RU",)),  # a region may be a polity ("Upper Zenda forces")
    ],
)
def test_a_name_stays_a_doer_unless_a_town_of_the_documents_countries(siege, gazetteer, countries):
    assert town_qualifiers(siege, gazetteer, countries) == []
    kept = without_place_adjectives([_zenda(siege)], siege, "attack", gazetteer, 0, countries)
    assert [m.text for m in kept] == ["Zenda"]
