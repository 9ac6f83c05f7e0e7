"""An annual report's contents run into one line (a docplayer transcript): its chapter numbers close no project's
name (undertaking_names.py), and no body decides the projects its chapters name (document.py). The texts are
invented for these tests."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

REPORT = ("VERKSAMHETSBERÄTTELSE 2019 Verksamhetsledarens förslag Styrelsens beslut\n\n"
          "2 INNEHÅLLSFÖRTECKNING INLEDNING 1 MEDLEMSSERVICE 2 UNGDOMAR 3.1 Läger i skärgården 3.2 Samarbete med "
          "projektet Sommarteater i Nyland 4 PERSONAL OCH KANSLI 5 STYRELSEN OCH ANDRA ORGAN 6 EKONOMI\n\n"
          "3 INLEDNING Förbundet samlar ungdomsföreningar i Nyland.\n")


def test_a_chapter_number_before_a_capitals_heading_is_no_part_of_the_name() -> None:
    ex = extract_document(record(REPORT))
    assert {e.label for e in ex.entities.values() if e.type == "Project"} == {"Sommarteater i Nyland"}


def test_a_number_right_after_a_name_in_prose_still_closes_it() -> None:
    ex = extract_document(record("Föreningen deltar i projektet Bygd 2030 tillsammans med kommunen.\n"))
    assert "Bygd 2030" in {e.label for e in ex.entities.values() if e.type == "Project"}


def test_no_body_decides_what_a_report_s_contents_name() -> None:
    ex = extract_document(record(REPORT))
    assert not [f for f in ex.facts if f.predicate == "decides"]
