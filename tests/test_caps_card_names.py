"""An ESR card whose project name stands in capitals on its own name line ("Projektin nimi: ARJEN TUEN VERKOSTO"),
under a first line "Euroopan unioni": the capitals are the name, not a section heading of a form transcript, so the
card's first line is no project; and "Toteuttajaorganisaation nimi" is the card's runner. All names are invented."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.fields import read_fields
from welfare_kg.extract.gazetteer import reference_gazetteer

CARD = ("Euroopan unioni\n\nVipuvoimaa EU:lta\n\n"
        "Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus\n\n1. Projekti\n\n"
        "Projektikoodi: S19999\n\nProjektin nimi: ARJEN TUEN OPPIMISVERKOSTO\n\n"
        "Toimintalinja: 2: Syrjäytymisen ehkäiseminen\n\n"
        "2. Projektin toteuttaja\n\nToteuttajaorganisaation nimi: Savonia-ammattikorkeakoulu\n\n"
        "Organisaatiotyyppi: Ammattikorkeakoulu\n\n"
        "3. Projektin toteutusalue\n\nMaakunnat: Pohjois-Savo\n")


def test_capitals_alone_on_the_name_line_are_the_name() -> None:
    name = next(f for f in read_fields(CARD) if f.kind == "name")
    assert CARD[name.value_start:name.value_end] == "ARJEN TUEN OPPIMISVERKOSTO"


def test_capitals_after_a_value_still_end_it() -> None:
    text = ("HAKEMUS Projektin nimi Arjen tuki Ohjelma Manner-Suomen ESR-ohjelma "
            "Hakijaorganisaation nimi Lapin yliopisto")
    name = next(f for f in read_fields(text) if f.kind == "name")
    assert text[name.value_start:name.value_end] == "Arjen tuki"


def test_card_of_a_capitalised_name() -> None:
    out = extract_document(record(CARD), gazetteer=reference_gazetteer())
    projects = {iri: e.label for iri, e in out.entities.items() if e.type == "Project"}
    assert "Euroopan unioni" not in projects.values()
    assert len(projects) == 1
    (project,) = projects
    labels = {iri: e.label for iri, e in out.entities.items()}
    assert any(f.predicate == "coordinates" and f.object == project and "Savonia" in labels.get(f.subject, "")
               for f in out.facts)
    assert any(f.predicate == "coversArea" and f.subject == project for f in out.facts)
