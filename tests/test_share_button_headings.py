"""A page's share or print button printed over its heading ("DELA", "Jaa", "Tulosta") is page furniture: never the
name of the project the page is about (extract/topic_projects.py reads a page's first line as that name)."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _projects(text: str) -> set[str]:
    ex = extract_document(record(text), gazetteer=reference_gazetteer())
    return {e.label for e in ex.entities.values() if e.type == "Project"}


def test_a_swedish_share_button_over_the_heading_names_no_project() -> None:
    text = ("DELA\n\nPengar till Leader-projekt\n\nByföreningen i Korsholm förordas 5.000 euro för en ny bastu.\n"
            "Projektet skall vara baserat på samarbete mellan byarna i Österbotten.\n")
    assert "DELA" not in _projects(text)


def test_a_finnish_share_button_over_the_heading_names_no_project() -> None:
    text = ("Jaa\n\nKylien uusi Leader-hanke\n\nKyläyhdistys saa 5 000 euroa uuteen saunaan Kuopiossa.\n"
            "Hanke toteutetaan yhdessä kylien kanssa Pohjois-Savossa.\n")
    assert "Jaa" not in _projects(text)
