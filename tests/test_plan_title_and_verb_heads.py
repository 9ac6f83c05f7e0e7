"""A plan's title closed by a period before the document word (extract/heading_starts.py), and a finite verb
before a genitive project head that is no word of the project's name (extract/undertaking_names.py
`_finite_before_head`). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def test_plan_title_with_a_period_names_the_project() -> None:
    ex = _extract("Ikäihmisten liikunnan lisääminen kylätaloilla. Hankesuunnitelma\n\nHanke saa rahoitusta "
                  "Euroopan aluekehitysrahastosta. Myös Pohjolan Kylät ry osallistuu hankkeen rahoitukseen.")
    projects = {e.label for e in ex.entities.values() if e.type == "Project"}
    assert "Ikäihmisten liikunnan lisääminen kylätaloilla" in projects


def test_finite_verb_is_no_word_of_the_project_name() -> None:
    ex = _extract("Hanke alkaa. Myös Turun kaupunki ja Järve Noorte keskus osallistuvat hankkeen rahoitukseen.")
    assert not any(e.type == "Project" and "osallistuvat" in e.label for e in ex.entities.values())


def test_genitive_that_is_also_a_verb_form_stays_in_the_name() -> None:
    ex = _extract("STM:n erillisrahoittama Kotien tuen kehittämishanke jatkuu.")
    assert any(e.type == "Project" and "tuen" in e.label.lower() for e in ex.entities.values())
