"""Which dictionary names must match in their written case."""

import spacy
from spacy.tokens import Span

from flows.extract.nlp.pipeline import CaseCheck, ruler_patterns


def test_an_exact_case_actor_s_every_form_must_match_as_written():
    patterns, exact, loose = ruler_patterns(
        [
            ("Green Lantern", "ORG", "actor:pet_green_lantern"),
            ("Strelsau Front", "ORG", "actor:pet_strelsau_front"),
            ("ZLF", "ORG", "actor:zlf"),
        ],
        frozenset({"actor:pet_green_lantern"}),
    )
    assert exact["actor:pet_green_lantern"] == {"Green Lantern"}
    assert loose["actor:pet_strelsau_front"] == {"strelsau front"}
    assert exact["actor:zlf"] == {"ZLF"}  # an acronym, as before
    assert {p["pattern"] for p in patterns} == {"Green Lantern", "Strelsau Front", "ZLF"}


def test_the_case_check_releases_an_ordinary_phrase_the_ruler_took_for_a_name():
    nlp = spacy.blank("en")
    check = CaseCheck()
    _, check.exact, check.loose = ruler_patterns(
        [("Green Lantern", "ORG", "actor:pet_green_lantern")],
        frozenset({"actor:pet_green_lantern"}),
    )
    for text, kept in (
        ("The Green Lantern attacked Zenda.", 1),
        ("A green lantern hung there.", 0),
    ):
        doc = nlp(text)
        doc.ents = [Span(doc, 1, 3, label="ORG", span_id="actor:pet_green_lantern")]
        assert len(check(doc).ents) == kept


def test_a_transliterated_name_matches_with_its_particle_hyphened_or_spaced():
    from flows.extract.nlp.pipeline import surface_variants

    # the ruler matches lower-cased text, so the variant's case does not matter
    assert "lashkar-i-zenda" in {v.lower() for v in surface_variants("LASHKAR I ZENDA")}
    assert "Hizb ul Strelsau" in surface_variants("Hizb-ul-Strelsau")
    # a particle only between two words of letters: no variant of an ordinary name
    assert surface_variants("Zenda Front") == {"Zenda Front"}
    assert surface_variants("Unit 7 e 9") == {"Unit 7 e 9"}
