"""A research project named by a coined acronym joined to "tutkimus" ("KOTIMAA-tutkimusta johtaa ..."), and its
consortium's members ("Konsortioon kuuluvat A:n lisäksi B ja C"): extract/undertaking_names.py, extract/lists.py.
Invented names."""
from __future__ import annotations

from tests.helpers import entity_labels, labelled_facts, needs_voikko


@needs_voikko
def test_acronym_study_is_a_project():
    assert "KOTIMAA" in entity_labels("KOTIMAA-tutkimusta johtaa professori Anna Virta.", "Project")


@needs_voikko
def test_three_letter_study_and_research_group_are_no_projects():
    assert not entity_labels("ATH-tutkimuksen mukaan nuoret voivat hyvin.", "Project")
    assert not entity_labels("Tutkija kuuluu KOTIMAA-tutkimusryhmään.", "Project")


@needs_voikko
def test_consortium_members_take_part():
    text = ("KOTIMAA-tutkimusta johtaa Turun yliopisto. Konsortioon kuuluvat Turun yliopiston lisäksi "
            "Lapin yliopisto ja Tampereen yliopisto.")
    facts = labelled_facts(text)
    assert {("Lapin yliopisto", "participatesIn", "KOTIMAA"),
            ("Tampereen yliopisto", "participatesIn", "KOTIMAA")} <= facts
