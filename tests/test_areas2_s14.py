"""Area rules of the fourteenth session that read layout (areas2 branch): places one a line under a lead-in whose
paragraph opens with the organisation, and a town named in the main project's name that also takes part in it.
Texts written for these tests, in the shapes that perturbed copies of dev documents took (an inline town list put
one a line), and adversarial ones: the same layout where the places are venues, homes or only compared with."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document


def _facts(text: str, kind: str = "news") -> set[tuple[str, str, str, str]]:
    ex = extract_document(record(text, kind=kind))
    return {(f.rule, ex.entities[f.subject].label, f.predicate, ex.entities[f.object].label) for f in ex.facts
            if f.subject in ex.entities and f.object in ex.entities}


def _areas(text: str, rule: str = "coversArea:colon-place-list") -> set[tuple[str, str]]:
    return {(s, o) for r, s, p, o in _facts(text) if r == rule and p == "coversArea"}


@needs_voikko
@pytest.mark.parametrize(("text", "subject"), [
    ("Vuosikertomus\n\nPääkaupunkiseudun sosiaalialan osaamiskeskus Socca on osa osaamiskeskusten verkostoa. "
     "Se toteuttaa alueellaan lain mukaisia tehtäviä. Toiminta-alue on pääkaupunkiseutu eli:\nEspoo\nHelsinki\n"
     "Kauniainen\nVantaa\n\nTehtävänä on kehittää palveluja.", "Socca"),
    # the organisation on the line above the lead-in, bullets kept
    ("Vuosikertomus\n\nKehittämisyhdistys Kantri ry on Leader-ryhmä.\nYhdistyksen toiminta-alueen kunnat:\n"
     "• Kangasala\n• Orivesi\n• Pirkkala\n", "Kantri"),
    ("Val\n\nDet finns 79 platser i Västra Nylands välfärdsområdes fullmäktige. Kandidaterna kommer från "
     "kommunerna:\nHangö\nRaseborg\nIngå\n", None),
])
def test_places_under_a_lead_in_of_the_paragraphs_organisation(text: str, subject: str | None) -> None:
    got = _areas(text)
    assert got, got
    if subject is not None:
        assert all(subject in s for s, _ in got), got
    assert len(got) >= 3


@needs_voikko
@pytest.mark.parametrize("text", [
    # venues of events, homes of people, towns compared with, a contact block: no area of the organisation
    "Tiedote\n\nKehittämisyhdistys Kantri ry järjestää kevään aikana infoja. Tilaisuudet pidetään seuraavissa "
    "kunnissa:\nKangasala\nOrivesi\nPirkkala\n",
    "Tiedote\n\nKehittämisyhdistys Kantri ry valitsi hallituksen. Jäsenet asuvat seuraavissa kunnissa:\n"
    "Kangasala\nOrivesi\nPirkkala\n",
    "Raportti\n\nKehittämisyhdistys Kantri ry selvitti kylien palveluja. Vertailukohtana olivat seuraavien "
    "kuntien alueet:\nKuopio\nJoensuu\nMikkeli\n",
    "Tiedote\n\nKehittämisyhdistys Kantri ry muutti. Toimisto sijaitsee alueella:\nKangasala\n",
])
def test_lead_in_of_venues_homes_or_comparisons_gives_no_area(text: str) -> None:
    assert not _areas(text)


@needs_voikko
def test_lead_in_naming_a_project_keeps_the_main_project() -> None:
    """A lead-in that speaks of "hanke" is about the document's project, not the paragraph's organisation."""
    text = ("Seniorit-hanke\n\nKuopion Muistiyhdistys ry hallinnoi hanketta. Hanke toteutetaan seuraavien kuntien "
            "alueella:\n• Kuopio\n• Siilinjärvi\n")
    got = _areas(text)
    assert ("Seniorit", "Kuopio") in got, got
    assert not any(s == "Kuopion Muistiyhdistys ry" for s, _ in got), got


@needs_voikko
@pytest.mark.parametrize("text", [
    "Nyheter\n\nProjektet Ung Nyckel ordnar en kurs i Pargas den 4 maj. Kursen hålls på biblioteket.",
    "Nyheter\n\nProjektet Ung Nyckel ordnar ett evenemang i Kimitoön i juni.",
])
def test_swedish_event_organised_at_a_place_is_no_area(text: str) -> None:
    assert not _areas(text, "coversArea:area-phrase")


@needs_voikko
def test_swedish_services_organised_at_places_stay() -> None:
    text = "Nyheter\n\nVästra Nylands välfärdsområde ordnar social- och hälsovårdstjänster i Hangö och Raseborg."
    assert ("Länsi-Uudenmaan hyvinvointialue", "Hanko") in _areas(text, "coversArea:area-phrase")


@needs_voikko
@pytest.mark.parametrize(("text", "rule"), [
    ("Tiedote\n\nVoimaa vanhuuteen -hanke käynnistyi. Hankealueen kunnat ovat Kuopio, Siilinjärvi ja Tuusniemi.",
     "coversArea:target-places"),
    # the same towns as a heading over a list one a line, bullets lost
    ("Voimaa vanhuuteen -hanke\n\nHanke käynnistyi keväällä.\n\nHankealueen kunnat\nKuopio\nSiilinjärvi\n"
     "Tuusniemi\n\nHanke päättyy 2026.", "coversArea:field"),
])
def test_towns_of_the_project_area(text: str, rule: str) -> None:
    assert ("Voimaa vanhuuteen", "Tuusniemi") in _areas(text, rule)


@needs_voikko
@pytest.mark.parametrize("text", [
    # the area's towns named without places after the copula, or a person's home town field
    "Tiedote\n\nVoimaa vanhuuteen -hanke käynnistyi. Hankealueen kunnat ovat sitoutuneet rahoitukseen.",
    "Voimaa vanhuuteen -hanke\n\nProjektipäällikkö: Anna Kivi\nKotikunta: Kuopio\n",
])
def test_no_towns_of_the_project_area(text: str) -> None:
    got = {(s, o) for r, s, p, o in _facts(text) if p == "coversArea"}
    assert ("Voimaa vanhuuteen", "Kuopio") not in got, got


@needs_voikko
@pytest.mark.parametrize(("text", "town"), [
    ("Tiedote\n\nVoimaa vanhuuteen -hanke toteutetaan Ylä-Savon seutukunnassa (Iisalmi, Kiuruvesi, Sonkajärvi ja "
     "Vieremä).", "Vieremä"),
    ("Tiedote\n\nVoimaa vanhuuteen -hanke toteutetaan Ylä-Savon seutukunnassa (Iisalmi+Kiuruvesi).", "Kiuruvesi"),
])
def test_towns_bracketed_after_a_covered_area(text: str, town: str) -> None:
    assert ("Voimaa vanhuuteen", town) in _areas(text, "coversArea:bracketed-area-towns")


@needs_voikko
@pytest.mark.parametrize("text", [
    # an event's town with a bracket: no rule made it an area, so its brackets give nothing
    "Tiedote\n\nSeminaari pidetään Kuopiossa (Kuopio, Siilinjärvi). Voimaa vanhuuteen -hanke toimii Pohjois-Savossa.",
    # a bracket that says more than towns
    "Tiedote\n\nVoimaa vanhuuteen -hanke toteutetaan Ylä-Savon seutukunnassa (Iisalmi, Kiuruvesi, 2024-2026).",
])
def test_no_towns_from_other_brackets(text: str) -> None:
    assert not _areas(text, "coversArea:bracketed-area-towns")


@needs_voikko
def test_towns_bracketed_after_a_joint_authoritys_area() -> None:
    text = ("Tiedote\n\nVoimaa vanhuuteen -hanke toimii Ylä-Savon SOTE kuntayhtymän alueella (Iisalmi, Kiuruvesi, "
            "Sonkajärvi, Vieremä).")
    assert ("Voimaa vanhuuteen", "Sonkajärvi") in _areas(text, "coversArea:bracketed-area-towns")


@needs_voikko
def test_meeting_in_a_joint_authoritys_area_gives_no_towns() -> None:
    text = ("Tiedote\n\nKuopion Muistiyhdistys ry:n kokous pidettiin Ylä-Savon SOTE kuntayhtymän alueella (Iisalmi, "
            "Kiuruvesi).")
    assert not _areas(text, "coversArea:bracketed-area-towns")
