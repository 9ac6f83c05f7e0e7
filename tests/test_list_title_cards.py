"""A card page under a list's title ("X:n rahoittamat hankkeet 2014-2020"): the title names no project, the card's
own heading line over its fields does (extract/fields.py `card_mentions`). The page is invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import labels_of, needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko

_PAGE = """Kylärahaston tukemat hankkeet 2016-2019


Kotikulman kylätalo

Hakija: Kotikulman Kyläyhdistys ry; yhteyshenkilö testi@example.org

Toteutusaika: 1.3.2016 – 31.12.2017

Myönnetty tuki: 12 500 €

Hankkeessa kunnostetaan kylätaloa ja järjestetään talkoita.
"""


def test_the_cards_heading_names_its_project_not_the_list_title() -> None:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=_PAGE, checksum="x", fmt="txt", kind="news"))
    projects = labels_of(ex, "Project")
    assert not any("hankkeet" in p for p in projects)
    assert "Kotikulman kylätalo" in projects
    runs = {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "coordinates"}
    assert runs == {("Kotikulman Kyläyhdistys ry", "Kotikulman kylätalo")}


def _funds(page: str) -> set[tuple[str, str, float | None]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=page, checksum="x", fmt="txt", kind="news"))
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.amount) for f in ex.facts
            if f.predicate == "funds"}


def test_the_authority_of_a_funded_list_title_funds_the_card_with_its_granted_sum() -> None:
    page = _PAGE.replace("Kylärahaston tukemat hankkeet 2016-2019",
                         "Lapin ELY-keskuksen rahoittamat hankkeet 2016-2019")
    assert _funds(page) == {("Lapin elinkeino-, liikenne- ja ympäristökeskus", "Kotikulman kylätalo", 12500)}


def test_a_list_title_that_names_no_funding_funds_nothing() -> None:
    page = _PAGE.replace("Kylärahaston tukemat hankkeet 2016-2019", "Lapin ELY-keskuksen alueen hankkeet 2016-2019")
    assert _funds(page) == set()
