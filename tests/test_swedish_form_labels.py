"""A Swedish application form prints each value before its label, so "projektet" of one label runs into the next
label's word ("Namn på projektet Startdatum 2020-12-01"): a form label is no project's name
(extract/undertaking_names.py, the "projektet X" reading). Invented form."""
from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko


@needs_voikko
def test_form_label_after_projektet_is_no_project():
    text = ("Uppgifter om projektet\n\nBättre vardag\n\nNamn på projektet Startdatum 2021-01-01\n\n"
            "Anna Berg\n\nKontaktperson för projektet Slutdatum 2022-12-31")
    assert not entity_labels(text, "Project") & {"Startdatum 2021", "Slutdatum 2022", "Startdatum", "Slutdatum"}


@needs_voikko
def test_a_name_after_projektet_is_still_read():
    assert "Trygg hemma" in entity_labels("Kommunen deltar i projektet Trygg hemma i höst.", "Project")
