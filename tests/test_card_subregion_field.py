"""A project card's field of sub-regions names each by its town's genitive alone ("Seutukunnat: Rauman, Porin"):
each is the town's sub-region, the project's area (extract/entities.py, the town-area reading). Invented card."""
from __future__ import annotations

from tests.helpers import extract, needs_voikko

_CARD = ("Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus\n\n1. Projekti\n\n"
         "Projektin nimi: Kotiväylä - nuorten polku\n\n"
         "3. Projektin toteutusalue ja kohderyhmän kuvaus\n\n3.1 Maantieteellinen kohdealue\n\n"
         "Maakunnat: Satakunta\n\nSeutukunnat: Rauman, Porin\n\nKunnat: Pori, Rauma, Eura\n")


@needs_voikko
def test_elided_sub_regions_are_the_projects_areas():
    ex = extract(_CARD)
    labels = {iri: e.label for iri, e in ex.entities.items()}
    areas = {labels[f.object] for f in ex.facts if f.predicate == "coversArea"
             and ex.entities[f.object].type == "CooperationArea"}
    assert areas == {"Seutukunta Pori", "Seutukunta Rauma"}


@needs_voikko
def test_a_town_genitive_outside_the_field_stays_the_town():
    ex = extract("Porin kaupunki ja Rauman kaupunki aloittavat Kotiväylä-hankkeen.")
    assert not any(e.type == "CooperationArea" for e in ex.entities.values())
