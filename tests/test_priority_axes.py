"""Numbered parts of a structural-fund programme (extract/priority_axes.py); invented reports."""

from __future__ import annotations

from helpers import extract

REPORT = ("Kylätalot kuntoon -hankkeen loppuraportti\n\n"
          "Kylätalot kuntoon -hanke kuuluu Esimerkkisuomen tavoite-2 ohjelmaan, toimintalinjaan 3. "
          "Matkailun kehittäminen ja toimenpidekokonaisuuteen 3.4. Kylätalot kuntoon -hanke toteutettiin "
          "vuosina 2031-2032.\n")


def _parts(text: str) -> dict[str, str]:
    ex = extract(text)
    return {k: e.label for k, e in ex.entities.items() if e.type == "WorkPackage"}


def test_the_word_and_its_number_name_a_part_in_its_base_form() -> None:
    assert set(_parts(REPORT).values()) == {"toimintalinja 3", "toimenpidekokonaisuus 3.4"}


def test_the_project_is_part_of_the_parts_its_report_names() -> None:
    ex = extract(REPORT)
    labels = {k: e.label for k, e in ex.entities.items()}
    part_of = {(labels[f.subject], labels[f.object]) for f in ex.facts if f.predicate == "partOf"}
    assert ("Kylätalot kuntoon", "toimintalinja 3") in {(s.removesuffix(" -hanke"), o) for s, o in part_of}
    assert any(o == "toimenpidekokonaisuus 3.4" for _s, o in part_of)


def test_a_form_row_or_a_list_of_axes_names_no_part() -> None:
    text = ("Projektin nimi Testihanke Projektikoodi S0001 Tavoiteohjelma 3 Toimintalinja 2 "
            "Toimenpidekokonaisuus 2 Projektin suunnitelman mukainen kestoaika 2031-2032\n\n"
            "Ohjelman toimintalinjat ovat toimintalinja 1 ja toimintalinja 2.\n")
    assert not any(label.startswith("toimintalinja") for label in _parts(text).values())


def test_a_swedish_project_within_an_area_of_effort() -> None:
    text = "Förstudien Testbygden ingår i Leaderstrategin inom insatsområde 3. Projektet pågår 2031.\n"
    assert "insatsområde 3" in set(_parts(text).values())


def test_parts_of_two_programmes_are_not_one() -> None:
    one = extract(REPORT)
    other = extract("Toinen hanke kuuluu toimintalinjaan 3.\n")
    iris = {k for k, e in one.entities.items() if e.type == "WorkPackage"}
    assert not iris & {k for k, e in other.entities.items() if e.type == "WorkPackage"}
