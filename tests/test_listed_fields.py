"""Partner and funder headings over lists of names, one a line; stacked labels on pages that are no card; the kind
word "Projekt:" as the label of a card's name."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.fields import read_fields
from welfare_kg.extract.gazetteer import reference_gazetteer


def _facts(text: str) -> tuple[set[tuple[str, str, str]], dict]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID)) for f in out.facts}, out.entities


def _project(ents: dict) -> str:
    return next(i.removeprefix(ID) for i, e in ents.items() if e.type == "Project")


def test_a_partner_heading_over_plain_lines() -> None:
    text = ("Kylätalkoot-hanke\n\nKylätalkoot-hanke kehittää kylien palveluja vuosina 2020-2022.\n\n"
            "Yhteistyökumppanit\n\nOulun kaupunki\nKajaanin kaupunki\nRovaniemen kaupunki\n\n"
            "Lisätietoja antaa hankkeen väki.\n")
    (f,) = [f for f in read_fields(text) if f.kind == "participant"]
    assert f.listed and text[f.value_start:f.value_end].count("\n") == 2
    facts, ents = _facts(text)
    project = _project(ents)
    assert {s for s, p, o in facts if p == "participatesIn" and o == project} >= {
        "municipality/564", "municipality/205", "municipality/698"}


def test_a_listed_value_ends_at_a_line_naming_nothing() -> None:
    text = ("Projekt: Trygg Hemma\n\nFinansiär\nFamiljen Kamprads stiftelse\nTidsplan\n2019-2022\nÄmne\n"
            "Socialt arbete, Vasa stad\n")
    facts, ents = _facts(text)
    project = _project(ents)
    funders = {s for s, p, o in facts if p == "funds" and o == project}
    assert funders and "municipality/905" not in funders


def test_a_region_among_partners_takes_part() -> None:
    text = ("Projekt: Trygg Hemma\n\nProjektledare\nAnna Berg\nDeltagande organisationer\n"
            "Linnéuniversitetet, Region Kronoberg och åtta kommuner\nFinansiär\nFamiljen Kamprads stiftelse\n")
    assert [f.kind for f in read_fields(text)] == ["name", "person", "participant", "funder"]
    facts, ents = _facts(text)
    project = _project(ents)
    parts = {s for s, p, o in facts if p == "participatesIn" and o == project}
    assert any(s.startswith("region/") for s in parts)


def test_a_kind_line_is_no_name_label() -> None:
    text = "Hanke\nUtvecklingsprojekt - 141988\n\nLevande landsbygd\n\nHanke toteutetaan kylissä.\n"
    assert not any(f.kind == "name" for f in read_fields(text))


def test_a_partner_heading_over_one_line_of_names() -> None:
    text = ("Kylätalkoot-hanke\n\nKylätalkoot-hanke kehittää kylien palveluja vuosina 2020-2022. Kylätalkoot-hanke "
            "päättyy 2022.\n\nHankkeessa mukana\n\nOulun kaupunki, Kajaanin kaupunki, Rovaniemen kaupunki, Kemin "
            "kaupunki ja Suomen Punainen Risti\n\nLisätietoja antaa hankkeen väki.\n")
    facts, ents = _facts(text)
    project = _project(ents)
    assert {s for s, p, o in facts if p == "participatesIn" and o == project} >= {
        "municipality/564", "municipality/205", "municipality/698", "municipality/240"}


def test_a_role_after_a_listed_name() -> None:
    text = ("Kylätalkoot-hanke\n\nKylätalkoot-hanke kehittää kylien palveluja. Kylätalkoot-hanke alkoi 2020.\n\n"
            "Toteuttajat\n\n- Oulun kaupunki (päätoteuttaja)\n- Kajaanin kaupunki\n\n"
            "Hallinnoija: Rovaniemen kaupunki (hallinnoija), Kemin kaupunki (osatoteuttaja)\n")
    facts, ents = _facts(text)
    project = _project(ents)
    assert ("municipality/564", "coordinates", project) in facts  # named the lead in a list of partners
    assert ("municipality/205", "participatesIn", project) in facts
    assert ("municipality/698", "coordinates", project) in facts
    assert ("municipality/240", "participatesIn", project) in facts  # named a partner in the runner's field
    assert ("municipality/240", "coordinates", project) not in facts


def test_a_partner_heading_no_label_list_holds() -> None:
    text = ("Kylätalkoot-hanke\n\nKylätalkoot-hanke kehittää kylien palveluja. Kylätalkoot-hanke alkoi 2020.\n\n"
            "Mukana olevat järjestöt\n\n- Suomen Punainen Risti\n- Oulun Seudun Omaishoitajat ry\n\n"
            "Hankkeen toimijat\nOulun kaupunki (päätoteuttaja)\nKajaanin kaupunki\n")
    assert [f.kind for f in read_fields(text)] == ["partner-heading", "partner-heading"]
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    rules = {(out.entities[f.subject].label, f.predicate, f.rule) for f in out.facts if f.subject in out.entities}
    assert ("Suomen Punainen Risti", "participatesIn", "participatesIn:partner-heading") in rules
    assert ("Kajaani", "participatesIn", "participatesIn:partner-heading") in rules
    assert ("Oulu", "coordinates", "coordinates:partner-heading-role") in rules


def test_a_title_and_name_is_no_partner_heading() -> None:
    text = "Lisätietoja\n\nKumppanuuskehittäjä Elina Huerta\npuh: 050 511 8490\nsähköposti: elina@example.fi\n"
    assert not any(f.kind == "partner-heading" for f in read_fields(text))
