"""A copy site's list of other documents under a page's title carries no facts of the page (issue 12).

The texts are invented; they imitate the layout of a copy site's short page, not particular documents.
"""

from __future__ import annotations

from pathlib import Path

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.page_furniture import furniture_start
from welfare_kg.loaders import load_document

_PAGE = ("MALLILAN KUNTA PÖYTÄKIRJA 4/ Otsikko Sivu\n\nSamankaltaiset tiedostot\n"
         "MALLILAN KUNTA PÖYTÄKIRJA 15/ Otsikko Sivu\n\nTESTILÄN NUORISOVALTUUSTO 1 PÖYTÄKIRJA Osallistujat\n\n"
         "Testilän kaupunki Pöytäkirja 3/ (7) Kulttuuri- ja vapaa-aikalautakunta Asia/\n\n"
         "PÖYTÄKIRJA Kotona kaikki hyvin -hanke Ohjausryhmä To klo\n\n"
         "Mallilan kunta Pöytäkirja 2/2019 Kunnanhallitus hyväksyi Kotona kaikki hyvin -hankkeen hankesuunnitelman.\n")


def test_the_lists_heading_is_found_near_the_top() -> None:
    assert furniture_start(_PAGE) == _PAGE.index("Samankaltaiset")
    assert furniture_start("Kunnanhallitus 12.3.2024 § 45\nSopimus hyväksyttiin.\n") is None


def test_no_fact_rests_on_the_list(tmp_path: Path) -> None:
    path = tmp_path / "copy.txt"
    path.write_text(_PAGE, encoding="utf-8")
    ex = extract_document(load_document(path))
    cut = _PAGE.index("Samankaltaiset")
    assert all(f.evidence.start < cut for f in ex.facts)
