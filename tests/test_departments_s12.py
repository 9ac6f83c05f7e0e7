"""Departments named by their field after the town's organ genitive or its chancellery, and an organisation's unit
with an adjective between its owner and its head (session 12).

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

ID = "https://w3id.org/welfare-kg/id/"


def _bodies(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    out = extract_document(record(text))
    labels = {e.label for e in out.entities.values() if e.type == "Body"}
    part_of = {(out.entities[f.subject].label, f.object.removeprefix(ID)) for f in out.facts
               if f.predicate == "partOf" and f.subject in out.entities}
    return labels, part_of


def test_a_department_named_by_its_field_after_the_towns_genitive() -> None:
    labels, part_of = _bodies("Lahden kaupungin strategiaosasto valmistelee asian. Vantaan kaupungin sosiaali- ja "
                              "terveydenhuollon toimialan johtaja kertoi. Kuopion kaupungin hyvinvoinnin edistämisen "
                              "palvelualueen hallinnoimat hallit.")
    assert {"Lahden kaupungin strategiaosasto", "Vantaan kaupungin sosiaali- ja terveydenhuollon toimiala",
            "Kuopion kaupungin hyvinvoinnin edistämisen palvelualue"} <= labels
    assert ("Lahden kaupungin strategiaosasto", "municipality/398") in part_of


def test_a_capitalised_chancellery_names_its_department() -> None:
    labels, _ = _bodies("Helsingin kaupunginkanslian strategiaosasto vastaa yhteistyöstä.")
    assert "Helsingin kaupunginkanslian strategiaosasto" in labels


def test_a_department_word_after_a_place_alone_is_no_department() -> None:
    labels, _ = _bodies("Lahden strategiaosasto on tärkeä. Kaupungin toimiala laajenee.")
    assert not any("strategiaosasto" in x or "toimiala" in x for x in labels)


def test_a_units_adjective_between_its_owner_and_head() -> None:
    labels, _ = _bodies("Säätiö lahjoitti Helsingin yliopiston lääketieteelliselle tiedekunnalle 400 000 euroa.")
    assert "lääketieteellinen tiedekunta" in {x.lower() for x in labels} or any(
        x.lower().endswith("lääketieteellinen tiedekunta") for x in labels)


def test_an_adjective_and_a_unit_without_a_known_owner_name_none() -> None:
    labels, _ = _bodies("Kunnan tekninen yksikkö vastaa kunnossapidosta.")
    assert not any("yksikkö" in x for x in labels)


def test_a_department_alone_on_a_header_line_of_a_decision() -> None:
    """"Kaupunginkanslia / Strategiaosasto / Strategiajohtaja / 6 §": the department whose official decides."""
    text = ("Helsingin kaupunki\n\nPöytäkirja\n\n1 (2)\n\nKaupunginkanslia\n\nStrategiaosasto\n\n02.03.2022\n\n"
            "Strategiajohtaja\n\n6 §\n\nMäärärahan myöntäminen\n\nPäätös\n\nStrategiajohtaja päätti myöntää "
            "määrärahan.\n")
    out = extract_document(record(text, kind="minutes"))
    assert any(e.type == "Body" and "Strategiaosasto" in e.labels for e in out.entities.values())


def test_a_department_word_in_running_text_is_no_header() -> None:
    text = "Pöytäkirja 3/2020\n\nKaupunki perusti uuden osaston. Strategiaosasto on kaupungin yksikkö.\n"
    out = extract_document(record(text, kind="minutes"))
    assert not any(m.rule == "body-header-department" for e in out.entities.values() for m in e.mentions)
