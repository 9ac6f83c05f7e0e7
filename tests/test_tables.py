"""Grant and project tables flattened into rows under a header that names the columns."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.tables import read_rows


def test_rows_under_a_column_header_give_applicant_coordinates_project() -> None:
    text = ("Saapuneet hakemukset\n\nHanke, hakija ja haettu summa:\n\n"
            "  • Vihreä Polku – luontoreitit kaikille, Lapin Latu ry, Suomen Latu rf, 12 000 €\n"
            "  • Digiosaaja 2.0, Kemin kaupunki, 80 500 €\n"
            "  • Kasvun Kipinä, Pohjoisen Osaajat Oy, 45 000 €\n"
            "  • Kylätalo 2.0, Osuuskunta B. Lindqvist, 10 000 €\n\n"
            "Päätökset tehdään kesäkuussa.")
    rows = read_rows(text)
    assert [text[a:b] for (a, b), _, _ in ((r.project, r.applicant, r.evidence) for r in rows)] == [
        "Vihreä Polku – luontoreitit kaikille", "Digiosaaja 2.0", "Kasvun Kipinä", "Kylätalo 2.0"]
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    facts = {(label[f.subject], f.predicate, label[f.object]) for f in out.facts if f.predicate == "coordinates"}
    assert ("Lapin Latu ry", "coordinates", "Vihreä Polku – luontoreitit kaikille") in facts
    assert ("Kemi", "coordinates", "Digiosaaja 2.0") in facts
    assert ("Pohjoisen Osaajat Oy", "coordinates", "Kasvun Kipinä") in facts
    assert ("Osuuskunta B. Lindqvist", "coordinates", "Kylätalo 2.0") in facts  # the whole cell, not "Osuuskunta B"
    assert not [f for f in out.facts if f.predicate == "funds"]  # applied for, not granted


def test_a_list_without_a_column_header_is_no_table() -> None:
    text = "Hankkeen tavoitteet:\n • Kehittää palveluja, Kemin kaupunki, 2024\n"
    assert read_rows(text) == []


def test_place_colon_project_lines_under_a_projects_heading() -> None:
    text = ("KASTE-ohjelmassa rahoitettavat alueelliset hankkeet\n\nRahoitetut hankkeet\n\n"
            "Kainuu: Kainuun Arjen Tuki\n\nHankkeen tavoitteena on tukea perheitä.\n\n"
            "Satakunta: Satakunnan Perhepolku\n")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    facts = {(label[f.subject], f.predicate, label[f.object]) for f in out.facts}
    assert ("Kainuun Arjen Tuki", "coversArea", "Kainuu") in facts
    assert ("Satakunnan Perhepolku", "coversArea", "Satakunta") in facts
    assert any(s == "Kainuun Arjen Tuki" and p == "partOf" for s, p, _ in facts)


def test_names_listed_under_an_owners_grant_programmes_heading() -> None:
    text = ("Nyheter\n\nUndervisnings- och kulturministeriets understödsprogram är:\n"
            "Programmet Läsande barn – för bättre läsfärdighet\nProgrammet Rörelse i vardagen\n\n"
            "Programmen pågår i tre år.")
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    programmes = {e.iri: e for e in out.entities.values() if e.type == "Programme"}
    assert len(programmes) == 2
    assert any("Läsande barn" in label for e in programmes.values() for label in e.labels)
    funded = {f.object for f in out.facts if f.predicate == "funds" and f.subject.endswith("ministry/okm")}
    assert funded == set(programmes)


def test_a_heading_list_of_goals_is_no_list_of_names() -> None:
    text = "Hankkeen tavoitteet ovat:\nParantaa palveluja.\nLisätä yhteistyötä.\n"
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    assert not [e for e in out.entities.values() if e.type in {"Project", "Programme"} and e.label.startswith(
        ("Parantaa", "Lisätä"))]
