"""Public institutions named by a place's genitive (extract/institutions.py): the institution is a Body, the place
only its first word. Texts are name-swapped copies of partner lists and adversarial sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def typed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt"))
    return {(e.type, e.label) for e in ex.entities.values()}


PARTNERS = ("Yhteistyökumppanit\nMetsähallitus\nPohjois-Pohjanmaan ympäristöntutkimuslaitos\nVaasan vankila\n"
            "Tiehallinto, Oulun tiepiiri\nOsarahoittajat\nRaahen kaupunki\n\nHankkeen verkostoon kuuluvat "
            "Taideyliopisto, Seinäjoen yliopistokeskus sekä Etelä-Pohjanmaan maakuntamuseo.")


@pytest.mark.parametrize("body", ["Pohjois-Pohjanmaan ympäristöntutkimuslaitos", "Vaasan vankila", "Oulun tiepiiri",
                                  "Seinäjoen yliopistokeskus", "Etelä-Pohjanmaan maakuntamuseo"])
def test_an_institution_named_by_its_place_is_a_body(body: str) -> None:
    assert ("Body", body) in typed(PARTNERS)


def test_the_place_inside_the_name_is_no_place_of_its_own() -> None:
    found = typed(PARTNERS)
    assert ("Municipality", "Oulu") not in found
    assert ("Municipality", "Seinäjoki") not in found
    assert ("Region", "Etelä-Pohjanmaa") not in found
    assert ("Municipality", "Raahe") in found  # a town named with its own head stays a town


def test_inflected_head_and_town_as_owner() -> None:
    found = typed("Tapahtuma järjestetään Lahden kaupunginkirjastossa. Kiitoksen esitti Porin kaupunginteatterin "
                  "johtaja. Aineiston kokosi Tampereen kaupungin tietokeskus.")
    assert {("Body", "Lahden kaupunginkirjasto"), ("Body", "Porin kaupunginteatteri"),
            ("Body", "Tampereen kaupungin tietokeskus")} <= found
    assert ("Municipality", "Tampere") in found  # "kaupungin": the town is named as the unit's owner


def test_swedish_genitive() -> None:
    assert ("Body", "Jakobstads museum") in typed("Projektet är ett samarbete mellan Stundars och Jakobstads museum.")


@pytest.mark.parametrize("text", [
    "Kuopion keskustassa avattiin uusi kahvila.",  # the town's centre: a place
    "Tampereen museot ovat kesällä auki.",  # a plural: museums of a kind, no one institution
    "Helsingin sairaaloissa on ruuhkaa.",
    "Turun seudun kunnat päättivät yhteistyöstä.",
])
def test_no_institution_where_the_place_is_spoken_of(text: str) -> None:
    assert not any(t == "Body" for t, _ in typed(text))


def test_a_meeting_place_is_a_building_not_an_actor() -> None:
    found = typed("Aika 21.04.2015 klo 15:00\nPaikka\nIisalmen terveyskeskus, kokoustila Virta, 2 krs.\n")
    assert not any(t == "Body" and "terveyskeskus" in label for t, label in found)


def test_a_name_going_on_after_the_head_is_another_name() -> None:
    found = typed("Avustuksen saivat Kouvolan kaupungin Nuorisokeskus Anjala ja Virtain kaupunki.")
    # no institution cut at the head; the whole, name and all, is the town's unit (extract/organisation_units.py)
    assert not any(label.endswith("Nuorisokeskus") and t == "Body" for t, label in found)


def test_a_towns_service_sector_keeps_the_town_as_its_owner() -> None:
    found = typed("Tilat vuokrataan Kouvolan seudun sosiaali- ja terveystoimelle. Sopimuksen teki Porvoon "
                  "sivistystoimi.")
    assert ("Body", "Kouvolan seudun sosiaali- ja terveystoimi") in found
    assert ("Body", "Porvoon sivistystoimi") in found
    assert ("Municipality", "Porvoo") in found


def test_coordinated_regions_before_a_unit_head_are_its_owners_words() -> None:
    found = typed("Tehtävästä vastaa saamelaisyksikkö yhteistyössä Kainuun ja Pohjois-Savon toimintayksikköjen kanssa.")
    assert ("Region", "Kainuu") not in found
    assert ("Region", "Pohjois-Savo") not in found
    assert ("Region", "Kainuu") in typed("Hanke toimii Kainuun ja Pohjois-Savon alueella.")


def test_a_town_opening_a_projects_name_stays_a_town_and_names_no_company() -> None:
    found = typed("Avustusta saivat Oulun kaupungin Kulttuuririentoja reuna-alueille -hanke 31 000 ja Kemin Aine "
                  "tulee kylään -hanke 22 000 euroa.")
    assert ("Municipality", "Kemi") in found
    assert not any(t == "Company" for t, _ in found)
