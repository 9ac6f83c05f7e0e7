"""A Gaelic surname written with a capital inside ("McAllister", "MacLeod") after a given name is a person's, not a
coined camel-case project name (extract/entities.py, the camel-case reading). Invented names."""
from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko


@needs_voikko
def test_mc_surname_after_a_given_name_is_a_person():
    text = "Hankkeesta kertoi Francis McAllister, hallituksen puheenjohtaja."
    assert "Francis McAllister" in entity_labels(text, "Person")
    assert not entity_labels(text, "Project")


@needs_voikko
def test_coined_camel_case_name_is_still_a_project():
    assert "KotiVäylä" in entity_labels("Kaupunki käynnisti KotiVäylä-hankkeen syksyllä. KotiVäylä päättyy 2026.",
                                        "Project")
