"""Item titles that name an agreement in capitals or in Swedish (extract/item_titles.title_agreements), and
projects named after a slash, colon or procedural noun in a title in capitals (extract/caps_titles.py): the body
of the minutes decides each.

Written for these tests: minutes of invented towns, agreements and projects.
"""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document

FI_HEAD = "Koivulan kunta\nKunnanhallitus\nPÖYTÄKIRJA 4/2023\n"
SV_HEAD = "Närpes stad\nStadsstyrelsen\nPROTOKOLL 3/2020\n"


def _decided(head: str, title: str, decision: str) -> dict[str, str]:
    text = f"{head}\n§ 40 {title}\n\nDnro 1/2023\n\n{decision}\n"
    ex = extract_document(record(text, kind="minutes"))
    return {ex.entities[f.object].label.lower(): ex.entities[f.object].type for f in ex.facts
            if f.predicate == "decides" and f.object in ex.entities}


@pytest.mark.parametrize(("title", "label", "kind"), [
    ("ÖVERENSKOMMELSE OM SAMARBETE INOM SOCIALVÅRDEN", "överenskommelse om samarbete inom socialvården", "Agreement"),
    ("Godkännande av samarbetsavtal med Korsholm", "samarbetsavtal med korsholm", "Agreement"),
    ("Ändring av grundavtalet för Kustbygdens samkommun", "grundavtal för kustbygdens samkommun", "Agreement"),
    ("SAMARBETSAVTAL OM SOCIALJOUR", "samarbetsavtal om socialjour", "Agreement"),
    ("Förlängning av avtalet om socialjour", "avtal om socialjour", "Agreement"),
    ("Avtalet med Korsholm om hemvård", "avtal med korsholm om hemvård", "Agreement"),
])
def test_swedish_agreement_titles(title: str, label: str, kind: str) -> None:
    assert _decided(SV_HEAD, title, "Beslut:\nGodkändes.").get(label) == kind


@pytest.mark.parametrize(("title", "label"), [
    ("ESR-HANKKEESEEN OSALLISTUMINEN / TYÖLLÄ TERVEYTTÄ -HANKE", "työllä terveyttä"),
    ("KUNTAOSUUS KOTONA PARAS -HANKKEELLE", "kotona paras"),
    ("HANKEHAKEMUS: ARJEN TUKI", "arjen tuki"),
])
def test_a_project_after_the_procedure_in_capitals(title: str, label: str) -> None:
    assert _decided(FI_HEAD, title, "Päätös:\nHyväksyttiin.") == {label: "Project"}


def test_a_capital_sopimus_title_in_sentence_case() -> None:
    found = _decided(FI_HEAD, "SOPIMUS SOSIAALIPÄIVYSTYKSEN JÄRJESTÄMISESTÄ", "Päätös:\nHyväksyttiin.")
    assert "sopimus sosiaalipäivystyksen järjestämisestä" in found


def test_an_applicant_is_no_project() -> None:
    assert not _decided(FI_HEAD, "HANKEHAKEMUS: KOIVULAN KYLÄYHDISTYS RY", "Päätös:\nHyväksyttiin.")


@pytest.mark.parametrize(("title", "label"), [
    ("LAPIN HYVINVOINTIALUEELLE SIIRTYVÄN HENKILÖSTÖN SIIRTOSOPIMUS JA SIIRTOSUUNNITELMA",
     "lapin hyvinvointialueelle siirtyvän henkilöstön siirtosopimus"),
    ("KIINTEISTÖOSAKEYHTIÖ MÄNTYLÄN SAIRAALAN OSAKASSOPIMUKSEN HYVÄKSYMINEN",
     "kiinteistöosakeyhtiö mäntylän sairaalan osakassopimus"),
    ("STRATEGISEN YHTEISTYÖSOPIMUKSEN HYVÄKSYMINEN", "strateginen yhteistyösopimus"),
    ("TALOUSARVIO 2024 / VUOKRASOPIMUKSEN JATKAMINEN", "vuokrasopimus"),
    ("MAMMOGRAFIASOPIMUS", "mammografiasopimus"),
])
def test_an_agreement_by_its_modifiers_in_a_title_in_capitals(title: str, label: str) -> None:
    assert _decided(FI_HEAD, title, "Päätös:\nHyväksyttiin.") == {label: "Agreement"}


def test_a_bare_sopimus_in_capitals_names_none() -> None:
    assert not _decided(FI_HEAD, "SOPIMUKSEN HYVÄKSYMINEN", "Päätös:\nHyväksyttiin.")


@pytest.mark.parametrize(("title", "label"), [
    ("Koivulan Palvelut Oy:n siivouspalveluja koskevan sopimuksen jatkaminen",
     "koivulan palvelut oy:n siivouspalveluja koskeva sopimus"),
    ("Ruokapalveluja koskeva sopimus", "ruokapalveluja koskeva sopimus"),
    ("Ikäihmisten asumispalveluja koskevan puitesopimuksen hyväksyminen",
     "ikäihmisten asumispalveluja koskeva puitesopimus"),
    ("KOIVULAN PALVELUT OY:N OSAKASSOPIMUKSEN HYVÄKSYMINEN", "koivulan palvelut oy:n osakassopimus"),
    ("Harjulan kaupungin kanssa tehtävän yhteistyösopimuksen hyväksyminen",
     "harjulan kaupungin kanssa tehtävä yhteistyösopimus"),
    ("Koivulan Palvelut Oy:n kanssa solmitun vuokrasopimuksen irtisanominen",
     "koivulan palvelut oy:n kanssa solmittu vuokrasopimus"),
])
def test_an_agreement_named_by_a_clause_in_a_title_as_written(title: str, label: str) -> None:
    assert _decided(FI_HEAD, title, "Päätös:\nHyväksyttiin.").get(label) == "Agreement"


@pytest.mark.parametrize("title", [
    "Sopimusta koskeva lausunto",  # the clause is about an agreement, the head is a statement
    "Neuvottelut Harjulan kaupungin kanssa sopimuksen jatkamisesta",  # "kanssa" with no participle before the head
    "Ruokapalveluja koskevan sopimuksen hyväksyminen ja talousarvion muutos",  # another matter after the head
])
def test_a_clause_title_without_an_agreement_name_names_none(title: str) -> None:
    assert not any("koskeva" in label or "kanssa" in label
                   for label in _decided(FI_HEAD, title, "Päätös:\nHyväksyttiin."))


def test_a_definite_swedish_head_alone_names_none() -> None:
    assert not _decided(SV_HEAD, "Avtalet Korsholm", "Beslut:\nGodkändes.")


def test_a_list_of_genitive_topics_in_capitals_stays_in_the_agreements_name() -> None:
    """A comma and a verbal noun inside a list of genitives that "JA" closes ("ASUMISEN") part no matters."""
    found = _decided(FI_HEAD, "LAUSUNTO / VESIHUOLLON, ASUMISEN JA PYÖRÄILYN KEHITTÄMISSOPIMUS",
                     "Päätös:\nHyväksyttiin.")
    assert "vesihuollon, asumisen ja pyöräilyn kehittämissopimus" in found, found



def test_a_capitals_agreement_after_a_slash_is_read_where_it_is_written() -> None:
    """The words of a part after a cut are placed by their own offsets in the title (not the cut's twice over)."""
    from welfare_kg.extract.item_titles import title_agreements
    from welfare_kg.extract.morphology import get_morphology

    text = f"{FI_HEAD}\n§ 40 LAUSUNTO / VESIHUOLLON KEHITTÄMISSOPIMUS\n\nPäätös:\nHyväksyttiin.\n"
    found = title_agreements(record(text, kind="minutes"), get_morphology())
    assert [m.surface for m in found] == ["VESIHUOLLON KEHITTÄMISSOPIMUS"], found
