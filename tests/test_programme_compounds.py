"""A programme named by a capitalised word glued to "-ohjelma" or a compound of it, in any case
(extract/programme_compounds.py), on invented sentences: it is a Programme apart from a project sharing
its stem, and words that only say what kind of programme it is name none."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import Gazetteer


def _entities(gaz: Gazetteer, text: str) -> dict[str, tuple[str, str]]:
    out = extract_document(record(text), gazetteer=gaz)
    return {e.label: (e.type, iri) for iri, e in out.entities.items()}


def test_glued_programme_in_any_case(gaz: Gazetteer) -> None:
    for sentence in ("Virkeä-avustusohjelman tavoitteena on edistää toimintakykyä.",
                     "Virkeä-avustusohjelma käynnistyi keväällä.",
                     "Virkeä-avustusohjelmaan valittiin kaksitoista hanketta.",
                     "Virkeä-avustusohjelmassa on mukana kolme kuntaa."):
        found = _entities(gaz, sentence)
        assert found.get("Virkeä-avustusohjelma", ("",))[0] == "Programme", (sentence, found)
    assert _entities(gaz, "Kasvu-ohjelmassa on mukana kolme kuntaa.").get("Kasvu-ohjelma", ("",))[0] == "Programme"


def test_programme_stays_apart_from_a_project_of_the_same_stem(gaz: Gazetteer) -> None:
    found = _entities(gaz, "Vanhustyön keskusliitossa on käynnistynyt uusi Virkeä-koordinaatiohanke. "
                           "Virkeä-avustusohjelman tavoitteena on edistää toimintakykyä.")
    programme = found["Virkeä-avustusohjelma"]
    projects = [v for v in found.values() if v[0] == "Project"]
    assert programme[0] == "Programme" and projects, found
    assert all(iri != programme[1] for _t, iri in projects), found


def test_project_joins_the_glued_programme(gaz: Gazetteer) -> None:
    rows = run(gaz, "Arjen Tuki -hanke kuuluu Kasvu-ohjelmaan.")
    assert has(rows, "project/", "partOf", "programme/kasvu"), rows


def test_kind_words_pronouns_and_known_programmes_are_not_read(gaz: Gazetteer) -> None:
    for sentence in ("Sote-ohjelma alkoi.", "Tavoite on Kehittämis-ohjelmassa.", "Tämä-ohjelma on hyvä.",
                     "Hallitus-ohjelman linjaukset ovat selvät."):
        assert not [k for k, v in _entities(gaz, sentence).items() if v[0] == "Programme"], sentence
    # a programme of the reference data keeps its own name and identity
    found = _entities(gaz, "Kaste-ohjelman rahoitus jatkuu.")
    assert [k for k, v in found.items() if v[1].endswith("programme/kaste")], found
    assert "Kaste-ohjelma" not in found, found


def test_project_named_with_the_programme_word_is_part_of_it(gaz: Gazetteer) -> None:
    rows = run(gaz, "Vanhustyön keskusliitossa on käynnistynyt uusi Virkeä-koordinaatiohanke. "
                    "Virkeä-avustusohjelman tavoitteena on edistää toimintakykyä.")
    assert has(rows, "project/virkea", "partOf", "programme/virkea"), rows
    other = run(gaz, "Vanhustyön keskusliitossa on käynnistynyt uusi Alfa-koordinaatiohanke. "
                     "Virkeä-avustusohjelman tavoitteena on edistää toimintakykyä.")
    assert not [r for r in other if r[4] == "partOf:programme-of-its-name"], other


def test_an_adverb_glued_to_the_head_names_the_programme(gaz: Gazetteer) -> None:
    # the recogniser leaves adverbs out before a dash; glued to "-ohjelma" one is the programme's name
    for sentence in ("Kaupunki jatkaa Yhdessä-ohjelman toimenpiteitä.", "Eteenpäin-ohjelma on kaupungin hanke."):
        found = _entities(gaz, sentence)
        assert any(v[0] == "Programme" and k.startswith(("Yhdessä-", "Eteenpäin-")) for k, v in found.items()), found
    # a pronoun or a conjunction glued to the head is still no name
    for sentence in ("Tämä-ohjelma on hyvä.", "Kunta on mukana Sekä-ohjelmassa."):
        assert not [k for k, v in _entities(gaz, sentence).items() if v[0] == "Programme"], sentence
