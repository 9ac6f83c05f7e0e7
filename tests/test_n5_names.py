"""Names in the shapes of the fifth development batch: minutes titles that grant money to a project, generic
phrases that only look like project names, and company names in capitals.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.helpers import typed_labels as entities


def projects(text: str) -> set[str]:
    return {label for typ, label in entities(text) if typ == "Project"}


@pytest.mark.parametrize(("text", "name"), [
    # the act on a project opens the title; the name starts at its own capital after it
    ("§ 5 Maakunnan kehittämisrahan myöntäminen Kivikon kylätalon korjaus -projektille", "Kivikon kylätalon korjaus"),
    ("§ 6 Rahoituspäätöksen muuttaminen ja käyttösuunnitelman hyväksyminen Järvialueen verkosto -projektille",
     "Järvialueen verkosto"),
    ("Hakemus valtion rahoituksen myöntämiseksi Lentoreitti Saariston kylille -hankkeelle",
     "Lentoreitti Saariston kylille"),
    # two heads in a row: the first names the project, the second repeats what it is
    ("§ 7 Rahoituksen myöntäminen Keep the shop -käynnistyshanke -projektille", "Keep the shop -käynnistyshanke"),
])
def test_procedural_title_opens_no_name(text: str, name: str) -> None:
    found = projects(text)
    assert any(label.removesuffix(" -projekti").removesuffix(" -hanke") == name for label in found), found
    assert not any("myöntä" in label or "hyväksy" in label for label in found), found


def test_aim_of_a_project_stays_in_its_name() -> None:
    # "kehittäminen" is what the project does, not an act on it
    found = projects("Kunta antaa sitoumuksen Lasten arjen kehittäminen Pohjois-Suomessa -hankkeeseen.")
    assert "Lasten arjen kehittäminen Pohjois-Suomessa" in found


@pytest.mark.parametrize("text", [
    "Kymsote toteuttaa ESR-rahoitteisen hankkeen vuosina 2020-2022.",
    "Socomin hankkeet päättyivät vuonna 2010.",
    "Hankkeen Kick off tilaisuudet ovat 15.11. Kotkassa.",
])
def test_generic_phrases_are_no_projects(text: str) -> None:
    assert projects(text) == set()


def test_layout_hyphen_break_joins_a_place_name() -> None:
    found = projects("§ 7 Rahoituksen myöntäminen Kanta- Hämeen verkko -projektille")
    assert any(label.startswith("Kanta-Hämeen verkko") for label in found), found


def test_company_name_in_capitals_keeps_its_brand_words() -> None:
    found = entities("ÄRENDEN: UPPDATERING AV VERKSAMHETSSTADGAR KP ROBAX INVEST OY:S LÅN FRÅN FÖRBUNDET")
    assert ("Company", "Kp robax invest Oy") in found or any(
        typ == "Company" and label.casefold() == "kp robax invest oy" for typ, label in found), found
    # a long word no dictionary knows is the title's, not the company's
    assert not any(typ == "Company" and "stadgar" in label.casefold() for typ, label in found)


def test_owner_genitive_opens_a_name_with_nothing_else_capitalised() -> None:
    found = projects("§ 5 Rahoituksen myöntäminen ABC:n tutkimuksen kärjet II -projektille")
    assert any(label.startswith("ABC:n tutkimuksen kärjet II") for label in found), found
    assert "II" not in found
